// Where <sahel-timeline>'s time goes: a CPU profile and a trace of its mount and of ctrl +
// wheel zoom steps, on the unminified build (bench/page.html?unminified) so functions keep their names.
// Not part of `npm run bench`; run it after `npm run build`:
//   node bench/profile.mjs [--sizes=10000,100000] [--steps=30] [--alternate] [--search=text] [--lanes=20]
// CPU_OUT=file saves the steps' (or the search's) CPU profile, MOUNT_CPU_OUT=file the mount's, TRACE_OUT=file their trace, and TRACE_CATS=a,b
// traces other categories (toplevel,blink,cc,skia split the renderer's own work finer).
// By default it traces the reader's gesture (as `npm run bench` does): from the fit view, half
// the steps zooming in, then as many out. --alternate traces the kind case: steps in and out
// around one year, so the same marks stay on screen.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { ZOOM_WINDOW } from './data.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SIZES = (args.sizes ?? '10000,100000').split(',').map(Number);
const STEPS = Number(args.steps ?? 30);
const ALTERNATE = 'alternate' in args;
/** With --search=text, profiles that text typed into the search box instead of zoom steps. */
const SEARCH = args.search;
/** `sahel` (the unminified build) or `vis` (vis-timeline, for comparison). */
const LIB = args.lib ?? 'sahel';
/** With --lanes=20, the events in that many lanes (bench/page-sahel.mjs). */
const PAGE = LIB === 'vis' ? 'bench/vis.html' : `bench/page.html?unminified${args.lanes ? `&lanes=${args.lanes}` : ''}`;
const PORT = 8767;
/** Trace events of the renderer's main thread worth adding up (they may nest: read them apart). */
const TRACE_EVENTS = ['EventDispatch', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'ParseAuthorStyleSheet', 'MajorGC', 'MinorGC'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Self time per function (name and place) from a CDP CPU profile, the largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const file = f.url.replace(/^.*\/(node_modules\/[^/]+|dist)\//, '$1/');
    const key = `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const total = [...totals.values()].reduce((a, b) => a + b, 0);
  // Line-level hits inside the library's own files (dist/), from each node's positionTicks.
  const ms = total / Math.max(1, profile.samples.length);
  const lines = new Map();
  for (const node of profile.nodes) {
    const url = node.callFrame.url;
    if (!url.includes('/dist/')) continue;
    for (const { line, ticks } of node.positionTicks ?? []) {
      const key = `${url}#${line}`;
      lines.set(key, (lines.get(key) ?? 0) + ticks * ms);
    }
  }
  return { total, top: [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18), lines: [...lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10) };
}

const sources = new Map();
/** The text of line `line` (1-based) of a served file. */
async function sourceLine(url, line) {
  if (!sources.has(url)) sources.set(url, fetch(url).then((r) => r.text()).then((t) => t.split('\n')));
  return ((await sources.get(url))[line - 1] ?? '').trim().slice(0, 110);
}

/**
 * The page's renderer main thread: of the renderer main threads in a trace (an earlier page's
 * may linger), the one that ran the most trace events.
 */
function mainThread(traceEvents) {
  const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map();
  for (const e of traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!key) return undefined;
  const [pid, tid] = key.split(':').map(Number);
  return { pid, tid };
}

/** Total duration of selected trace events on the renderer's main thread, in ms. */
function traceTotals(buffer) {
  const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const main = mainThread(traceEvents);
  const totals = {};
  for (const e of traceEvents) {
    if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue;
    if (e.ph !== 'X' || !TRACE_EVENTS.includes(e.name)) continue;
    totals[e.name] = (totals[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  return totals;
}

/**
 * What the browser's style and layout passes touched per step: elements restyled and layout
 * objects laid out (dirty / in the tree), and how many of the layouts were forced by script.
 */
function layoutWork(buffer, steps) {
  const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const main = mainThread(traceEvents);
  const mine = traceEvents.filter((e) => !main || (e.pid === main.pid && e.tid === main.tid));
  let restyled = 0;
  let dirty = 0;
  let total = 0;
  let layouts = 0;
  let forced = 0;
  for (const e of mine) {
    if (e.name === 'UpdateLayoutTree' && e.ph === 'X') restyled += e.args?.elementCount ?? 0;
    if (e.name === 'Layout' && e.ph === 'X') {
      layouts++;
      dirty += e.args?.beginData?.dirtyObjects ?? 0;
      total = Math.max(total, e.args?.beginData?.totalObjects ?? 0);
      if (e.args?.beginData?.stackTrace?.length) forced++;
    }
  }
  return { restyled: restyled / steps, dirty: dirty / steps, total, layouts: layouts / steps, forced: forced / steps };
}

async function print(title, { total, top, lines }, divide = 1) {
  console.log(`\n${title}: ${(total / divide).toFixed(1)} ms of samples${divide > 1 ? ' per step' : ''}; self time by function:`);
  for (const [k, ms] of top) if (ms / divide >= 0.1) console.log(`  ${(ms / divide).toFixed(2).padStart(8)} ms  ${k}`);
  console.log('hottest lines of the library (self time):');
  for (const [key, ms] of lines) {
    const [url, line] = key.split('#');
    console.log(`  ${(ms / divide).toFixed(2).padStart(8)} ms  ${url.replace(/^.*\/dist\//, 'dist/')}:${line}  ${await sourceLine(url, Number(line))}`);
  }
}

const server = await startDevServer({
  config: { rootDir: new URL('..', import.meta.url).pathname, port: PORT, nodeResolve: { exportConditions: ['production'] } },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: findChrome(), args: [...CHROME_ARGS, '--js-flags=--expose-gc'], headless: true, defaultViewport: { width: 1280, height: 720 } });
try {
  for (const n of SIZES) {
    console.log(`\n==== ${LIB === 'vis' ? 'vis-timeline' : 'sahel-timeline'}, ${n.toLocaleString('en-US')} events ====`);
    const page = await browser.newPage();
    await page.goto(`http://localhost:${PORT}/${PAGE}`);
    await page.waitForFunction(() => window.bench !== undefined);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluate((k) => window.bench.generate(k), n);

    await cdp.send('Profiler.start');
    const mount = await page.evaluate(() => window.bench.mount());
    const { profile: mountProfile } = await cdp.send('Profiler.stop');
    console.log(`mount: ${mount.ms.toFixed(1)} ms to the second frame (synchronous set ${mount.sync.toFixed(1)} ms, first frame ${mount.frame1.toFixed(1)} ms)`);
    if (process.env.MOUNT_CPU_OUT) (await import('node:fs')).writeFileSync(process.env.MOUNT_CPU_OUT, JSON.stringify(mountProfile));
    await print('mount', selfTimes(mountProfile));

    if (SEARCH) {
      await page.evaluate(() => window.bench.focusSearch());
      await cdp.send('Profiler.start');
      for (const key of SEARCH) {
        await page.keyboard.type(key);
        await sleep(150);
      }
      const { profile } = await cdp.send('Profiler.stop');
      if (process.env.CPU_OUT) (await import('node:fs')).writeFileSync(process.env.CPU_OUT, JSON.stringify(profile));
      await print(`search, ${SEARCH.length} keys`, selfTimes(profile), SEARCH.length);
      await page.close();
      continue;
    }
    if (ALTERNATE) await page.evaluate((w) => window.bench.zoomTo(w), ZOOM_WINDOW);
    const target = await page.evaluate(() => window.bench.target());
    const wheel = async (i) => {
      await page.keyboard.down('Control');
      await page.mouse.move(target.x, target.y);
      const zoomIn = ALTERNATE ? i % 2 === 0 : i < STEPS / 2;
      await page.mouse.wheel({ deltaY: zoomIn ? -100 : 100 });
      await page.keyboard.up('Control');
      const index = (await page.evaluate(() => window.bench.stepCount())) - 1;
      const rec = await page.evaluate((k) => window.bench.waitStep(k), index);
      await sleep(60);
      return rec;
    };
    if (ALTERNATE) for (let i = 0; i < 2; i++) await wheel(i);
    // As the bench does: the pointer comes over the plot before the gesture (which fetches the painter).
    await page.mouse.move(target.x, target.y);
    await sleep(60);
    await page.tracing.start({ categories: process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    await cdp.send('Profiler.start');
    const recs = [];
    for (let i = 0; i < STEPS; i++) recs.push(await wheel(i));
    // As the bench does: the gesture's end (d3's, then the element's rest) and what follows it count too.
    await sleep(1000);
    const { profile: stepProfile } = await cdp.send('Profiler.stop'); if (process.env.CPU_OUT) (await import('node:fs')).writeFileSync(process.env.CPU_OUT, JSON.stringify(stepProfile));
    const trace = await page.tracing.stop();
    if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, trace);
    const f1 = recs.map((r) => r.frame1).sort((a, b) => a - b);
    const ms = recs.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`\nzoom steps: wheel to first frame median ${f1[f1.length >> 1].toFixed(1)} ms, to second frame median ${ms[ms.length >> 1].toFixed(1)} ms`);
    await print(`zoom steps (${STEPS})`, selfTimes(stepProfile), STEPS);
    console.log('\nmain-thread trace events per step (nested events overlap):');
    for (const [k, v] of Object.entries(traceTotals(trace)).sort((a, b) => b[1] - a[1])) console.log(`  ${(v / STEPS).toFixed(2).padStart(8)} ms  ${k}`);
    const work = layoutWork(trace, STEPS);
    console.log(
      `per step: ${work.restyled.toFixed(0)} elements restyled; ${work.layouts.toFixed(1)} layouts (${work.forced.toFixed(1)} forced by script) of ${work.dirty.toFixed(0)} dirty objects, ${work.total} in the tree`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
