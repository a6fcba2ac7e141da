// Mount figures of one page: the bench page loaded, its data generated from the seed in the
// page, then the time from handing it over to the second frame after the marks show (capped),
// the component's box, the JS heap after a forced GC and the DOM's node count.
import { ELEMENT } from './data.mjs';
import { MOUNT_CAP_MS, PAGES, PORT } from './options.mjs';
import { warn, withTimeout } from './stats.mjs';

/** Loads the bench page for `lib`; once more if its harness did not come up (e.g. a module failed to load). */
export async function openBenchPage(page, lib, label, pageErrors) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`http://localhost:${PORT}/${PAGES[lib]}`, { waitUntil: 'load' });
    const ready = await page.waitForFunction(() => window.bench !== undefined, { timeout: 20_000 }).then(() => true, () => false);
    if (ready) return;
    if (attempt === 2) throw new Error(`${label}: the bench page did not start (${pageErrors.slice(0, 3).join(' | ') || 'no error reported'})`);
    warn(`${label}: the bench page did not start; reloading it`);
    pageErrors.length = 0;
  }
}

/** Forces a full GC and reads the JS heap in use, in bytes. */
export async function heapUsed(page, cdp) {
  await page.evaluate(() => {
    window.gc?.();
    window.gc?.();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Generates `n` events in the page and mounts them, into `result` (`heapBeforeBytes`, `data`,
 * `mount`, `box`, `heapBytes`, `heapMB`, `dom`, `nodes`). False, with `result.ok` false and
 * `result.dnf` set, when the mount did not finish within MOUNT_CAP_MS.
 */
export async function measureMount(page, cdp, lib, n, label, result) {
  result.heapBeforeBytes = await heapUsed(page, cdp);
  // The page generates its data from the seed (bench/data.mjs): nothing large crosses CDP.
  result.data = await page.evaluate((k) => window.bench.generate(k), n);
  await heapUsed(page, cdp); // start the timed mount from a clean heap
  const mount = await withTimeout(
    page.evaluate(() => window.bench.mount()),
    MOUNT_CAP_MS,
    null,
  );
  if (!mount) {
    result.ok = false;
    result.dnf = `mount took over ${MOUNT_CAP_MS / 1000} s`;
    console.log(`  ${label}: mount did not finish within ${MOUNT_CAP_MS / 1000} s`);
    return false;
  }
  result.mount = mount;
  if (mount.rendered === 0 && lib !== 'empty') warn(`${label}: nothing drawn after mounting (no .event/.cluster or .vis-item)`);
  result.box = await page.evaluate(() => window.bench.fitBox());
  // The story view (#32) has its slide above the plot, the vertical layout its own height: only their width is the bench's.
  const tall = lib === 'story' || lib === 'vertical' ? Infinity : 2;
  if (Math.abs(result.box.width - ELEMENT.width) > 2 || Math.abs(result.box.height - ELEMENT.height) > tall) {
    warn(`${label}: the component is ${result.box.width}×${result.box.height}, not ${ELEMENT.width}×${ELEMENT.height}`);
  }
  result.heapBytes = await heapUsed(page, cdp);
  result.heapMB = result.heapBytes / 2 ** 20;
  result.dom = await page.evaluate(() => window.bench.countNodes());
  result.nodes = result.dom.nodes;
  return true;
}
