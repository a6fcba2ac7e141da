// The figures of issue #33, the map that follows a timeline: what the map costs the main
// thread for each step of the reader's gesture on the timeline (ctrl + wheel notches in, then
// out, from the opening view), at 10,000 and 100,000 events, each at one of a pool of places a
// tenth as many (as an ACLED export repeats its towns; bench/page-sahel.mjs): 1,000 and 10,000
// places, both past the few hundred above which the map writes its points as pixels.
//
// Two measures, side by side in one run:
// - the map's own repaint, timed in the page around the one method the timeline's window
//   calls (its count of the window's events per place and its canvas painted), the median step;
// - the whole page's main-thread work per step with the map, net of the same gesture on the
//   same data without it (traced as the gesture is, measure-trace.mjs): what the map adds,
//   style, layout and paint included. Pages with and without alternate, so that the machine's
//   drift falls on both.
import { measureMount, openBenchPage } from './measure-mount.mjs';
import { measureZoom } from './measure-zoom.mjs';
import { RUNS, VIEWPORT } from './options.mjs';
import { fmt, median, round, warn } from './stats.mjs';

/** Issue #33's budgets: the map's repaint for a zoom step, by the events with places. */
export const MAP_BUDGETS = [
  { n: 10_000, ms: 4 },
  { n: 100_000, ms: 8 },
];

/** One fresh page of `lib` (`places` or `map`) at `n` events: its gesture's work a step, and the map's repaints. */
async function onePage(lab, lib, n, run) {
  const label = `${lib} ${n} #${run + 1}`;
  const page = await lab.newPage();
  await page.setViewport(VIEWPORT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const result = {};
  const cdp = await page.createCDPSession().catch(() => undefined);
  try {
    await openBenchPage(page, lib, label, errors);
    if (!(await measureMount(page, cdp, 'sahel', n, label, result))) return undefined;
    if (lib === 'map') {
      const ready = await page.waitForFunction(() => window.bench.mapReady(), { timeout: 20_000 }).then(() => true, () => false);
      if (!ready) warn(`${label}: the map drew no marks`);
      await page.evaluate(() => window.bench.mapSpent());
    }
    await measureZoom(page, 'sahel', label, result);
    const out = { stepMs: result.gesture.work };
    if (lib === 'map') {
      // The gesture's repaints only (the alternating steps after it are the kind case).
      const spent = await page.evaluate(() => window.bench.mapSpent());
      out.repaints = spent.length;
      out.repaintMs = median(spent.slice(0, result.gesture.steps));
    }
    if (errors.length) warn(`${label}: errors in the page: ${errors.slice(0, 3).join(' | ')}`);
    return out;
  } finally {
    await cdp?.detach().catch(() => undefined);
    await lab.closePage(page);
  }
}

/** The map's figures: each the median of `runs` fresh pages with and without it. */
export async function measureMap(lab) {
  const runs = Math.min(RUNS, 3);
  const sizes = [];
  for (const { n, ms } of MAP_BUDGETS) {
    const pages = { places: [], map: [] };
    for (let run = 0; run < runs; run++) {
      for (const lib of ['places', 'map']) {
        const r = await onePage(lab, lib, n, run);
        if (r) pages[lib].push(r);
      }
    }
    const mid = (lib, key) => median(pages[lib].map((r) => r[key]).filter((x) => x !== undefined));
    const size = {
      n,
      places: n / 10,
      budgetMs: ms,
      repaintMs: round(mid('map', 'repaintMs'), 2),
      repaints: mid('map', 'repaints'),
      pageStepMs: round(mid('map', 'stepMs'), 2),
      withoutStepMs: round(mid('places', 'stepMs'), 2),
    };
    size.addedMs = round(size.pageStepMs - size.withoutStepMs, 2);
    if (!(size.repaints > 0)) warn(`map ${n}: the map did not repaint during the gesture`);
    if (size.repaintMs > ms) warn(`the map's repaint costs ${fmt(size.repaintMs)} ms a zoom step at ${n.toLocaleString('en-US')} events, over its ${ms} ms budget`);
    if (size.addedMs > ms) warn(`the map adds ${fmt(size.addedMs)} ms of main-thread work a zoom step at ${n.toLocaleString('en-US')} events, over its ${ms} ms budget`);
    sizes.push(size);
  }
  return { runs, sizes };
}

function lines(r) {
  return r.sizes.flatMap((s) => [
    `| ${s.n.toLocaleString('en-US')} events at ${s.places.toLocaleString('en-US')} places: the map's repaint a step | ${fmt(s.repaintMs)} ms | ≤ ${s.budgetMs} ms | ${s.repaintMs <= s.budgetMs ? 'met' : 'missed'} |`,
    `| The page's work a step with the map, net of the same without it | ${fmt(s.addedMs)} ms (${fmt(s.pageStepMs)} against ${fmt(s.withoutStepMs)}) | ≤ ${s.budgetMs} ms | ${s.addedMs <= s.budgetMs ? 'met' : 'missed'} |`,
  ]);
}

export function printMap(r) {
  console.log(`\nThe map (#33), median of ${r.runs} pages each:`);
  for (const line of lines(r)) console.log(`  ${line.replace(/^\| | \|$/g, '').split(' | ').filter(Boolean).join('  ')}`);
}

export function mapMarkdown(r) {
  return `## The map (#33)

<!-- Written by \`npm run bench\` or \`node bench/run.mjs --only=map\` on ${r.date?.slice(0, 10) ?? ''}. -->

A \`<sahel-timeline-map>\` following the timeline (420 × 320 px at the page's top right), the generated events each at one of a pool of places a tenth as many (1,000 and 10,000 places, both past the 400 above which the map writes its points as blocks of pixels rather than circles), in Chromium, each figure the median of ${r.runs} fresh pages. The gesture is the speed figures' (ctrl + wheel notches in, then out, from the opening view) on the timeline. The repaint is the map's own work for each window the timeline shows it (its count of each place's events in the window, and its canvas painted), timed in the page, the median step; the page's figure is the whole main thread's work a step with the map, net of the same gesture on the same data without it, pages with and without alternating in one run.

| Figure | Value | Budget | |
|---|---:|---|---|
${lines(r).join('\n')}
`;
}
