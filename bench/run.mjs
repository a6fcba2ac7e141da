// The benchmark: <sahel-timeline> against vis-timeline, in the same headless Chromium, at the
// same viewport, on the same seeded datasets of 1,000, 10,000 and 100,000 point events.
//
// Usage: npm run bench            (builds, then runs this)
//        node bench/run.mjs [--sizes=1000,10000] [--runs=3] [--steps=30] [--libs=sahel,vis] [--no-write]
//
// For each size and library it opens fresh pages (bench/page.html, bench/vis.html) and measures
//   - mount: from handing over the data to the second animation frame after it;
//   - zoom step: a ctrl + wheel step sent through the browser's input pipeline, from the
//     wheel event to the second animation frame after it, minus the same on an empty page
//     (bench/empty.html: the harness's floor);
//   - the JS heap after mounting (after a forced GC) and the DOM node count (shadow roots too).
// It prints a table and the budgets, and writes bench/results.json and bench/results.md.
// A missed budget is reported, never an error: timings depend on the machine.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { fingerprint, generateEvents, SPAN, ZOOM_WINDOW } from './data.mjs';

// ---- Settings ---------------------------------------------------------------------------

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const SIZES = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const LIBS = (args.libs ?? 'sahel,vis').split(',');
/** Fresh pages per library and size; each figure is the median over them. */
const RUNS = Number(args.runs ?? 3);
/** Fewer runs for vis-timeline at 100,000 events, where one run takes long. */
const VIS_RUNS_LARGE = Math.min(RUNS, 1);
const LARGE = 100_000;
/** Zoom steps measured per page, after a couple of unmeasured warm-up steps. */
const STEPS = Number(args.steps ?? 30);
const WARMUP_STEPS = 2;
/** A mount slower than this is recorded as "did not finish" and its zoom steps skipped. */
const MOUNT_CAP_MS = 60_000;
/** Zoom steps stop once they have taken this long in all (one page), or one step this long. */
const STEPS_CAP_MS = 60_000;
const STEP_CAP_MS = 15_000;
/** Zoom steps traced after the timed ones, for the main thread's work per step. */
const TRACED_STEPS = Number(args['traced-steps'] ?? 10);
/** Pause between zoom steps, so each starts from an idle page. */
const STEP_GAP_MS = 60;
const VIEWPORT = { width: 1280, height: 720 };
const PORT = 8766;
const WRITE = args['no-write'] === undefined;

const PAGES = { sahel: 'bench/page.html', vis: 'bench/vis.html', empty: 'bench/empty.html' };
const NAMES = { sahel: 'sahel-timeline', vis: 'vis-timeline' };

const BUDGETS = [
  { n: 10_000, what: 'mount', max: 150, label: 'mount < 150 ms' },
  { n: 10_000, what: 'stepMedian', max: 8, label: 'zoom-step median < 8 ms' },
  { n: 100_000, what: 'mount', max: 500, label: 'mount < 500 ms' },
  { n: 100_000, what: 'stepP95', max: 16, label: 'zoom-step p95 < 16 ms' },
  ...SIZES.map((n) => ({ n, what: 'nodes', max: 3000, label: 'DOM nodes < 3,000' })),
  { n: 100_000, what: 'heapMB', max: 100, label: 'heap after mounting < 100 MB' },
];
const MIN_ZOOM_RATIO = 20;

// ---- Helpers ----------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const warnings = [];
function warn(message) {
  warnings.push(message);
  console.warn(`  WARNING: ${message}`);
}

/** Resolves like `promise`, or with `fallback` after `ms`. */
function withTimeout(promise, ms, fallback) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const fmt = (x, digits = 1) => (x === null || x === undefined ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const fmtInt = (x) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-US'));

// ---- Browser ------------------------------------------------------------------------------

const rootDir = new URL('..', import.meta.url).pathname;
const BUNDLE_PATH = '/dist/sahel-timeline.bundle.js';

/**
 * The bundle as built just before this run, read once and served from memory, so that every
 * page measures the same build even if dist/ is rebuilt (and emptied) while the bench runs.
 */
async function snapshotBundle() {
  const file = new URL(`..${BUNDLE_PATH}`, import.meta.url);
  for (let i = 0; i < 60; i++) {
    if (existsSync(file)) {
      const body = readFileSync(file, 'utf8');
      await sleep(500);
      if (existsSync(file) && readFileSync(file, 'utf8') === body && body.length > 0) return body;
    } else {
      await sleep(1000);
    }
  }
  throw new Error(`${BUNDLE_PATH} is missing: run \`npm run build\` first (or \`npm run bench\`).`);
}
const bundle = await snapshotBundle();
const bundleInfo = { bytes: Buffer.byteLength(bundle), sha256: createHash('sha256').update(bundle).digest('hex').slice(0, 16) };

const server = await startDevServer({
  config: {
    rootDir,
    port: PORT,
    nodeResolve: true,
    plugins: [
      {
        name: 'bench-bundle-snapshot',
        serve(context) {
          if (context.path === BUNDLE_PATH) return { body: bundle, type: 'js' };
          return undefined;
        },
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const launchOptions = {
  executablePath: findChrome(),
  args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
  headless: true,
  defaultViewport: VIEWPORT,
};
let browser = await puppeteer.launch(launchOptions);

/** Closes a page, relaunching the browser if the page's renderer will not let go (a hung mount). */
async function closePage(page) {
  const closed = await withTimeout(page.close().then(() => true, () => true), 10_000, false);
  if (!closed) {
    warn('a page would not close; restarting the browser');
    await withTimeout(browser.close(), 10_000, null);
    browser = await puppeteer.launch(launchOptions);
  }
}

/** Forces a full GC and reads the JS heap in use, in bytes. */
async function heapUsed(page, cdp) {
  await page.evaluate(() => {
    window.gc?.();
    window.gc?.();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Sends ctrl + wheel steps to the middle of the plot, alternating in and out so that the
 * view stays in range, and collects what the page's probe recorded for each.
 */
async function zoomSteps(page, count, label) {
  const target = await page.evaluate(() => window.bench.target());
  const records = [];
  const started = Date.now();
  const first = await page.evaluate(() => window.bench.stepCount());
  for (let i = 0; i < count; i++) {
    await page.keyboard.down('Control');
    await page.mouse.move(target.x, target.y);
    await page.mouse.wheel({ deltaY: i % 2 === 0 ? -100 : 100 });
    await page.keyboard.up('Control');
    const index = first + i;
    const rec = await withTimeout(
      page.evaluate((k) => window.bench.waitStep(k), index),
      STEP_CAP_MS,
      null,
    );
    if (!rec) {
      warn(`${label}: zoom step ${i + 1} did not finish within ${STEP_CAP_MS / 1000} s; stopping its steps`);
      break;
    }
    records.push(rec);
    if (Date.now() - started > STEPS_CAP_MS && i + 1 < count) {
      warn(`${label}: zoom steps stopped after ${i + 1} of ${count} (over ${STEPS_CAP_MS / 1000} s in all)`);
      break;
    }
    await sleep(STEP_GAP_MS);
  }
  return { target, records };
}

/**
 * The renderer main thread's busy time over `count` zoom steps, per step: every top-level
 * task it ran (input, script, style, layout, paint, and what a library defers to timers or
 * frames). Unlike the step time, which moves in whole frames, this resolves work well
 * inside one frame. Traced apart from the timed steps, since tracing costs a little.
 */
async function tracedStepWork(page, count, label) {
  await page.tracing.start({ categories: ['toplevel'] });
  let steps;
  let buffer;
  try {
    steps = (await zoomSteps(page, count, `${label} (traced)`)).records.length;
  } finally {
    buffer = await page.tracing.stop();
  }
  if (steps === 0) return null;
  const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The page's renderer is the busiest renderer main thread in the trace.
  const busy = new Map();
  for (const e of traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(key)) busy.set(key, (busy.get(key) ?? 0) + e.dur / 1000);
  }
  const ms = Math.max(0, ...busy.values());
  return ms / steps;
}

/** One fresh page: mount, heap, DOM, zoom steps. */
async function runOnce(lib, n, run) {
  const label = `${NAMES[lib] ?? lib} ${n.toLocaleString('en-US')} #${run + 1}`;
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const result = { lib, n, run, ok: true };
  let cdp;
  try {
    // Load the page; once more if its harness did not come up (e.g. a module failed to load).
    for (let attempt = 1; ; attempt++) {
      await page.goto(`http://localhost:${PORT}/${PAGES[lib]}`, { waitUntil: 'load' });
      const ready = await page.waitForFunction(() => window.bench !== undefined, { timeout: 20_000 }).then(() => true, () => false);
      if (ready) break;
      if (attempt === 2) throw new Error(`${label}: the bench page did not start (${pageErrors.slice(0, 3).join(' | ') || 'no error reported'})`);
      warn(`${label}: the bench page did not start; reloading it`);
      pageErrors.length = 0;
    }
    cdp = await page.createCDPSession();
    result.heapBeforeBytes = await heapUsed(page, cdp);
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
      return result;
    }
    result.mount = mount;
    if (mount.rendered === 0 && lib !== 'empty') warn(`${label}: nothing drawn after mounting (no .event/.cluster or .vis-item)`);
    result.heapBytes = await heapUsed(page, cdp);
    result.dom = await page.evaluate(() => window.bench.countNodes());

    // Zoom to about a year, so each wheel step re-renders a busy view.
    result.zoomStart = await page.evaluate((w) => window.bench.zoomTo(w), ZOOM_WINDOW);
    const w = result.zoomStart.window;
    const days = w ? (w.end - w.start) / 86_400_000 : null;
    if (days !== null && (days < 300 || days > 430)) warn(`${label}: the starting window is ${Math.round(days)} days, not about a year`);
    if (result.zoomStart.rendered === 0 && lib !== 'empty') warn(`${label}: nothing drawn at the one-year window`);

    await zoomSteps(page, WARMUP_STEPS, label);
    const { target, records } = await zoomSteps(page, STEPS, label);
    result.target = target;
    result.steps = records.map((r) => ({
      ms: round(r.ms, 2),
      frame1: round(r.frame1, 2),
      deltaY: r.deltaY,
      ctrl: r.ctrl,
      span: r.after ? Math.round((r.after.end - r.after.start) / 3_600_000) : null, // hours
      changed: r.before && r.after ? r.before.start !== r.after.start || r.before.end !== r.after.end : null,
    }));
    if (records.length < STEPS && lib !== 'empty') warn(`${label}: only ${records.length} of ${STEPS} zoom steps were measured`);
    if (records.some((r) => !r.ctrl)) warn(`${label}: some wheel events arrived without ctrlKey`);
    if (lib !== 'empty') {
      const unchanged = result.steps.filter((s) => !s.changed).length;
      if (unchanged > 0) warn(`${label}: ${unchanged} of ${result.steps.length} zoom steps did not change the visible window`);
    }
    const ms = result.steps.map((s) => s.ms);
    result.stepMedian = median(ms);
    result.stepP95 = percentile(ms, 95);
    result.stepFrame1Median = median(result.steps.map((s) => s.frame1));
    result.renderedAfterSteps = await page.evaluate(() => window.bench.renderedCount());
    if (records.length === STEPS && TRACED_STEPS > 0) result.stepWork = await tracedStepWork(page, TRACED_STEPS, label);
    result.heapMB = result.heapBytes / 2 ** 20;
    result.nodes = result.dom.nodes;
    console.log(
      `  ${label}: mount ${fmt(mount.ms)} ms, step median ${fmt(result.stepMedian)} ms p95 ${fmt(result.stepP95)} ms (raw), ` +
        `main thread ${fmt(result.stepWork)} ms a step, heap ${fmt(result.heapMB)} MB, ${fmtInt(result.nodes)} nodes, ${mount.rendered} marks drawn`,
    );
    return result;
  } finally {
    if (pageErrors.length) {
      result.pageErrors = pageErrors;
      warn(`${label}: errors in the page: ${pageErrors.slice(0, 3).join(' | ')}`);
    }
    await cdp?.detach().catch(() => undefined);
    await closePage(page);
  }
}

/** Median over runs of each figure (runs that did not finish are left out). */
function summarise(runs) {
  const done = runs.filter((r) => r.ok);
  const pick = (f) => median(done.map(f));
  return {
    runs: runs.length,
    finished: done.length,
    dnf: done.length === 0 && runs.length > 0,
    mount: pick((r) => r.mount.ms),
    mountFrame1: pick((r) => r.mount.frame1),
    stepMedianRaw: pick((r) => r.stepMedian),
    stepP95Raw: pick((r) => r.stepP95),
    stepFrame1Raw: pick((r) => r.stepFrame1Median),
    stepWorkRaw: pick((r) => r.stepWork),
    heapMB: pick((r) => r.heapMB),
    heapBeforeMB: pick((r) => r.heapBeforeBytes / 2 ** 20),
    nodes: pick((r) => r.nodes),
    elements: pick((r) => r.dom.elements),
    rendered: pick((r) => r.mount.rendered),
  };
}

// ---- Run ----------------------------------------------------------------------------------

const startedAt = new Date();
const chromium = await browser.version();
console.log(`Benchmark: ${LIBS.map((l) => NAMES[l]).join(' vs ')}, ${SIZES.join(', ')} events, ${RUNS} runs, ${STEPS} zoom steps, ${chromium}`);

const raw = [];
const summary = {};
try {
  // The floor: the same probe and input on a page with no timeline.
  console.log('floor (empty page)');
  const floorRuns = [];
  for (let run = 0; run < RUNS; run++) floorRuns.push(await runOnce('empty', 0, run));
  raw.push(...floorRuns);
  summary.floor = summarise(floorRuns);
  console.log(`  floor: median ${fmt(summary.floor.stepMedianRaw)} ms, p95 ${fmt(summary.floor.stepP95Raw)} ms`);

  for (const n of SIZES) {
    // Every page generates its own copy; check here that they are all the same data.
    const expected = fingerprint(generateEvents(n));
    summary[n] = {};
    for (const lib of LIBS) {
      console.log(`${NAMES[lib]}, ${n.toLocaleString('en-US')} events`);
      const runs = [];
      const count = lib === 'vis' && n >= LARGE ? VIS_RUNS_LARGE : RUNS;
      for (let run = 0; run < count; run++) {
        const r = await runOnce(lib, n, run);
        runs.push(r);
        if (r.data?.fingerprint !== expected) warn(`${NAMES[lib]} ${n}: the page generated different data`);
        if (!r.ok) break; // it did not finish once: do not spend another minute on it
      }
      raw.push(...runs);
      summary[n][lib] = summarise(runs);
    }
  }
} catch (error) {
  // The dev server catches uncaught errors to stay up, so say so and set the exit code here.
  console.error(`\nThe benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
if (process.exitCode) process.exit();

// ---- Figures ----------------------------------------------------------------------------

const floor = summary.floor;
/** Zoom-step figures net of the floor. */
for (const n of SIZES) {
  for (const lib of LIBS) {
    const s = summary[n][lib];
    s.stepMedian = s.stepMedianRaw === null ? null : s.stepMedianRaw - floor.stepMedianRaw;
    s.stepP95 = s.stepP95Raw === null ? null : s.stepP95Raw - floor.stepP95Raw;
    s.stepWork = s.stepWorkRaw === null || floor.stepWorkRaw === null ? null : Math.max(0, s.stepWorkRaw - floor.stepWorkRaw);
  }
}

/**
 * vis/sahel: how many times slower vis-timeline is. A net zoom step is floored at 1 ms
 * for the ratio, since a smaller difference is within the harness's noise.
 */
function ratio(n, what) {
  const a = summary[n].vis;
  const b = summary[n].sahel;
  if (!a || !b || a.dnf || b.dnf || a[what] === null || b[what] === null) return null;
  const floorAt = what === 'stepMedian' ? 1 : 0.1;
  // stepWork and mount resolve well under a millisecond: 0.1 ms keeps a ratio finite.
  return Math.max(a[what], floorAt) / Math.max(b[what], floorAt);
}

const rows = [];
for (const n of SIZES) {
  for (const lib of LIBS) {
    const s = summary[n][lib];
    rows.push({
      n,
      lib,
      dnf: s.dnf,
      mount: s.mount,
      stepMedian: s.stepMedian,
      stepP95: s.stepP95,
      heapMB: s.heapMB,
      nodes: s.nodes,
      runs: s.finished,
      mountRatio: lib === 'vis' ? ratio(n, 'mount') : null,
      stepRatio: lib === 'vis' ? ratio(n, 'stepMedian') : null,
      stepWork: s.stepWork,
      workRatio: lib === 'vis' ? ratio(n, 'stepWork') : null,
    });
  }
}

// ---- Budgets ----------------------------------------------------------------------------

const budgets = [];
if (LIBS.includes('sahel')) {
  for (const b of BUDGETS) {
    if (!SIZES.includes(b.n)) continue;
    const value = summary[b.n].sahel[b.what];
    budgets.push({ ...b, value, pass: value !== null && value < b.max });
  }
}
if (LIBS.includes('sahel') && LIBS.includes('vis')) {
  for (const n of SIZES) {
    const v = summary[n].vis;
    if (v.dnf) continue; // "wherever vis finishes"
    const r = ratio(n, 'stepMedian');
    budgets.push({ n, what: 'stepRatio', label: `zoom step ≥ ${MIN_ZOOM_RATIO}x faster than vis-timeline`, value: r, min: MIN_ZOOM_RATIO, pass: r !== null && r >= MIN_ZOOM_RATIO });
  }
}

// ---- Report -----------------------------------------------------------------------------

const machine = {
  os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: round(os.totalmem() / 2 ** 30, 1),
  node: process.version,
  chromium,
  date: startedAt.toISOString(),
  bundle: bundleInfo,
};

const header = ['Events', 'Library', 'Mount (ms)', 'Zoom step median (ms)', 'Zoom step p95 (ms)', 'Main thread per step (ms)', 'Heap (MB)', 'DOM nodes', 'vis/sahel mount', 'vis/sahel zoom step', 'vis/sahel main thread'];
const cells = (r) => [
  fmtInt(r.n),
  NAMES[r.lib],
  r.dnf ? `did not finish (> ${MOUNT_CAP_MS / 1000} s)` : fmt(r.mount, 0),
  r.dnf ? '–' : fmt(r.stepMedian),
  r.dnf ? '–' : fmt(r.stepP95),
  r.dnf ? '–' : fmt(r.stepWork),
  r.dnf ? '–' : fmt(r.heapMB),
  r.dnf ? '–' : fmtInt(r.nodes),
  r.mountRatio === null ? '' : `${fmt(r.mountRatio)}x`,
  r.stepRatio === null ? '' : `${fmt(r.stepRatio)}x`,
  r.workRatio === null ? '' : `${fmt(r.workRatio)}x`,
];
const table = [header, ...rows.map(cells)];

// Console table, columns padded.
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log('');
for (const [i, row] of table.entries()) {
  console.log(row.map((c, j) => (j < 2 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nZoom steps are net of the harness's floor (empty page): median ${fmt(floor.stepMedianRaw)} ms, p95 ${fmt(floor.stepP95Raw)} ms.`);

// Diagnostics: the raw figures behind the table. Chromium dispatches wheel events at the start
// of a frame, so "wheel to first frame" is about the script work of a step (handlers and
// re-render), before style, layout and paint; the second frame follows a vsync later.
console.log('\nDiagnostics (raw, floor not subtracted; medians over runs):');
const diag = [
  ['Events', 'Library', 'Runs', 'Mount to 1st frame', 'Step: wheel to 1st frame', 'Step median', 'Step p95', 'Main thread per step'],
  ['–', 'empty page', String(floor.finished), '–', fmt(floor.stepFrame1Raw), fmt(floor.stepMedianRaw), fmt(floor.stepP95Raw), fmt(floor.stepWorkRaw)],
  ...SIZES.flatMap((n) =>
    LIBS.map((lib) => {
      const s = summary[n][lib];
      return [fmtInt(n), NAMES[lib], `${s.finished}/${s.runs}`, fmt(s.mountFrame1, 0), fmt(s.stepFrame1Raw), fmt(s.stepMedianRaw), fmt(s.stepP95Raw), fmt(s.stepWorkRaw)];
    }),
  ),
];
const dw = diag[0].map((_, i) => Math.max(...diag.map((row) => String(row[i]).length)));
for (const row of diag) console.log(`  ${row.map((c, j) => (j < 2 ? String(c).padEnd(dw[j]) : String(c).padStart(dw[j]))).join('  ')}`);
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium}.`);
console.log(`Bundle: dist/sahel-timeline.bundle.js, ${bundleInfo.bytes.toLocaleString('en-US')} bytes, sha256 ${bundleInfo.sha256}… (served from a copy taken at the start).`);

console.log('\nBudgets (sahel-timeline):');
for (const b of budgets) {
  const value = b.what === 'stepRatio' ? (b.value === null ? '–' : `${fmt(b.value)}x`) : b.what === 'nodes' ? fmtInt(b.value) : fmt(b.value);
  console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${fmtInt(b.n).padStart(7)} events: ${b.label} (${value})`);
}
if (warnings.length) {
  console.log(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.log(`  - ${w}`);
}

const method = [
  `Datasets: ${SIZES.map((n) => n.toLocaleString('en-US')).join(', ')} point events with day-precision dates spread uniformly over ${SPAN.start} to ${SPAN.end} (seeded PRNG, bench/data.mjs); vis-timeline gets the same events as items \`{ id, content, start }\`.`,
  `Headless Chromium, viewport ${VIEWPORT.width}×${VIEWPORT.height}, one fresh page per run; each figure is the median of ${RUNS} runs (${VIS_RUNS_LARGE} for vis-timeline at ${LARGE.toLocaleString('en-US')} events).`,
  'Mount: from `el.events = data` (on an element already laid out, showing no events) or `new Timeline(container, items, options)` to the second animation frame after it.',
  `Zoom step: ctrl + wheel (deltaY ∓100, alternating) at the middle of the plot, sent through the browser's input pipeline, timed from the wheel event to the second animation frame after it; median and p95 of ${STEPS} steps (after ${WARMUP_STEPS} unmeasured), starting from the window ${ZOOM_WINDOW.start} to ${ZOOM_WINDOW.end} for both libraries, minus the same measured on an empty page (median ${fmt(floor.stepMedianRaw)} ms, p95 ${fmt(floor.stepP95Raw)} ms). A step's time moves in whole frames (16.7 ms), so any work that fits in the frame reads as about 0.`,
  `Main thread per step: ${TRACED_STEPS} more steps, traced (Chromium's \`toplevel\` category): the renderer main thread's busy time (every task it ran: input, script, style, layout, paint, and work a library defers to a timer or a later frame) divided by the steps, minus the same on the empty page (${fmt(floor.stepWorkRaw)} ms). It resolves work inside a frame, which the step time cannot.`,
  'vis-timeline options: its defaults plus `zoomKey: \'ctrlKey\'` and `height: \'420px\'`. The ratio for zoom steps counts a net step under 1 ms as 1 ms; the main-thread ratio counts under 0.1 ms as 0.1 ms.',
  'Heap: V8 heap in use after a forced GC (CDP `Runtime.getHeapUsage`), page included. DOM nodes: every node, inside shadow roots too.',
];

const mdTable = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
  ...rows.map((r) => `| ${cells(r).join(' | ')} |`),
].join('\n');
const markdown = `## Performance

<!-- Written by \`npm run bench\` (bench/run.mjs) on ${machine.date.slice(0, 10)}. -->

${mdTable}

Measured on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, Node ${machine.node}, ${machine.chromium}, on ${machine.date.slice(0, 10)}.

${method.map((m) => `- ${m}`).join('\n')}

Budgets for \`<sahel-timeline>\`:

${budgets.map((b) => `- ${b.pass ? 'PASS' : 'FAIL'}: ${fmtInt(b.n)} events, ${b.label} (${b.what === 'stepRatio' ? (b.value === null ? '–' : `${fmt(b.value)}x`) : b.what === 'nodes' ? fmtInt(b.value) : fmt(b.value)})`).join('\n')}
`;

if (WRITE) {
  const json = {
    machine,
    settings: { sizes: SIZES, runs: RUNS, visRunsLarge: VIS_RUNS_LARGE, steps: STEPS, warmupSteps: WARMUP_STEPS, mountCapMs: MOUNT_CAP_MS, viewport: VIEWPORT, span: SPAN, zoomWindow: ZOOM_WINDOW },
    method,
    floor,
    summary,
    table: rows,
    budgets,
    warnings,
    runs: raw,
  };
  writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(new URL('results.md', import.meta.url), markdown);
  console.log('\nWrote bench/results.json and bench/results.md.');
}
