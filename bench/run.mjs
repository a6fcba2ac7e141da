// The benchmark: <sahel-timeline> against vis-timeline in the same headless Chromium, on the
// same seeded datasets of 1,000 to 1,000,000 point events, measured the way a reader zooms.
//
// Usage: npm run bench            (builds, then runs this)
//        node bench/run.mjs [--only=speed|legibility] [--sizes=1000,10000] [--runs=5] [--libs=sahel,vis]
//                           [--notches=15] [--alt-steps=20] [--port=8766] [--no-write]
//        node bench/run.mjs --help
//
// For each size and library it opens fresh pages (bench/page.html, bench/vis.html; the
// component 1200×600) and measures
//   - mount: from handing over the data to the second animation frame after the marks show;
//   - the JS heap after mounting (after a forced GC) and the DOM node count (shadow roots too);
//   - the headline, the reader's gesture: from the fit view, ctrl + wheel notches in, then as
//     many out, sent through the browser's input pipeline; main-thread busy time per step from
//     a `toplevel` trace, and the time from each wheel event to the second frame after it;
//   - the kind case, kept for comparison: steps alternating in and out around one year.
// Main-thread work is net of the same on an empty page (bench/empty.html: the harness's floor).
// Then legibility (#30, measure-legibility.mjs): the share of the events in the window each
// library labels so that it can be read, in the same width, windows and height, at the
// opening view and after each notch in, for the Sahel story and for events in 5 lanes. Then
// the three engines (#31, engines.mjs): the mount and the gesture in Chromium, Firefox and
// WebKit, timed inside the page the same way in each. Then the story view (#32, story.mjs): a
// slide change and the zoom steps on the plot under the slide, beside the timeline's. Then the
// map (#33, map.mjs): its repaint for each zoom step of the timeline it follows. Then editing
// (#34, edit.mjs): a drag step's main-thread work, and the drop. Then the server (#35,
// server.mjs): DuckDB through HTTP at 1,000,000 and 10,000,000 events, a zoom step's answer.
// It prints a table and the budgets of issue #13, and writes bench/results.json and
// bench/results.md (which the docs site's Performance page shows); `--only=legibility` (or
// `speed`, or `engines`) runs one part and keeps the others' figures as the last run wrote them.
// A missed budget or goal is reported, never an error: timings depend on the machine.
//
// This file is the command line and the order of the work; each kind of measurement has its
// module: measure-mount.mjs (mount, heap, DOM), measure-zoom.mjs (the gesture and the
// alternating steps, over measure-trace.mjs), measure-search.mjs (search keystrokes),
// measure-legibility.mjs (what each library labels, over legible.mjs). The
// settings are in options.mjs, the browser and server in browser.mjs, the figures, tables and
// files in report.mjs.
import os from 'node:os';
import { launchBrowser, snapshotBundle, startServer } from './browser.mjs';
import { ELEMENT, fingerprint, generateEvents, SPAN, ZOOM_WINDOW } from './data.mjs';
import { measureEngines, printEngines } from './engines.mjs';
import { measureEdit, printEdit } from './edit.mjs';
import { measureServers, printServers } from './server.mjs';
import { measureMap, printMap } from './map.mjs';
import { measureStory, printStory } from './story.mjs';
import { measureLegibility } from './measure-legibility.mjs';
import { measureMount, openBenchPage } from './measure-mount.mjs';
import { measureSearch } from './measure-search.mjs';
import { measureZoom } from './measure-zoom.mjs';
import {
  ALT_STEPS, HELP, LANE_SIZES, LIBS, MOUNT_CAP_MS, NAMES, NOTCHES, ONLY, RUN, RUNS, SIZES, STEP_GAP_MS, TRAILING_MS, USAGE, VIEWPORT, WARMUP_STEPS, WRITE,
} from './options.mjs';
import { checkBudgets, figures, methodLines, previousResults, printLegibility, printReport, summarise, writeResults } from './report.mjs';
import { fmt, fmtInt, fmtN, round, warn, warnings } from './stats.mjs';

if (HELP) {
  console.log(USAGE);
  process.exit(0);
}

const bundle = await snapshotBundle();
const server = await startServer(bundle.body);
const lab = await launchBrowser();

/** One fresh page: mount, heap, DOM, the reader's gesture, then the alternating steps (and, for the element, a search). */
async function runOnce(lib, n, run) {
  const label = `${NAMES[lib]} ${fmtN(n)} #${run + 1}`;
  const page = await lab.newPage();
  await page.setViewport(VIEWPORT);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const result = { lib, n, run, ok: true };
  let cdp;
  try {
    await openBenchPage(page, lib, label, pageErrors);
    cdp = await page.createCDPSession();
    if (!(await measureMount(page, cdp, lib, n, label, result))) return result;
    await measureZoom(page, lib, label, result);
    if (lib === 'sahel') await measureSearch(page, label, result);
    console.log(
      `  ${label}: mount ${fmt(result.mount.ms, 0)} ms; gesture ${fmt(result.gesture.work)} ms main thread a step (raw), ` +
        `step to 2nd frame ${fmt(result.gesture.stepMedian)} ms; alternating ${fmt(result.alt.work)} ms a step (raw); ` +
        `heap ${fmt(result.heapMB)} MB, ${fmtInt(result.nodes)} nodes, ${result.mount.rendered} marks drawn`,
    );
    return result;
  } finally {
    if (pageErrors.length) {
      result.pageErrors = pageErrors;
      warn(`${label}: errors in the page: ${pageErrors.slice(0, 3).join(' | ')}`);
    }
    await cdp?.detach().catch(() => undefined);
    await lab.closePage(page);
  }
}

// ---- Run ----------------------------------------------------------------------------------

const startedAt = new Date();
const loadBefore = os.loadavg().map((x) => round(x, 2));
const chromium = await lab.version();
if (RUN('speed')) {
  console.log(
    `Benchmark: ${LIBS.map((l) => NAMES[l]).join(' vs ')}, ${SIZES.map(fmtN).join(', ')} events, ${RUNS} runs, ` +
      `${NOTCHES} notches in then out (and ${ALT_STEPS} alternating), ${chromium}, load average ${loadBefore.join(' ')}`,
  );
} else {
  console.log(`Benchmark, ${ONLY} only: ${chromium}, load average ${loadBefore.join(' ')}`);
}

const raw = [];
const summary = {};
let legibility;
let engines;
let story;
let map;
let edit;
let servers;
/** The warnings of the timings, then of the legibility figures (those after are the engines'). */
let speedWarnings = 0;
let legibilityWarnings = 0;
try {
  if (RUN('speed')) await runSpeed();
  speedWarnings = warnings.length;
  if (RUN('legibility')) legibility = await measureLegibility(lab);
  legibilityWarnings = warnings.length;
  if (RUN('engines')) engines = { ...(await measureEngines()), date: startedAt.toISOString(), warnings: warnings.slice(legibilityWarnings) };
  const storyFrom = warnings.length;
  if (RUN('story')) story = { ...(await measureStory(lab)), date: startedAt.toISOString(), warnings: warnings.slice(storyFrom) };
  const mapFrom = warnings.length;
  if (RUN('map')) map = { ...(await measureMap(lab)), date: startedAt.toISOString(), warnings: warnings.slice(mapFrom) };
  const editFrom = warnings.length;
  if (RUN('edit')) edit = { ...(await measureEdit(lab)), date: startedAt.toISOString(), warnings: warnings.slice(editFrom) };
  if (RUN('server')) servers = { ...(await measureServers()), date: startedAt.toISOString() };
} catch (error) {
  // The dev server catches uncaught errors to stay up, so say so and set the exit code here.
  console.error(`\nThe benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await lab.close();
  await server.stop();
}
if (process.exitCode) process.exit();
const loadAfter = os.loadavg().map((x) => round(x, 2));

/** The timings: the floor, then each size and library, into `summary` and `raw`. */
async function runSpeed() {
  // The floor: the same probe, input and tracing on a page with no timeline, measured again
  // beside each size: this machine's speed drifts over a run (a floor of 4 ms at the start and
  // 9 ms later was seen), and work is net of the floor measured at the same time.
  const floorRuns = [];
  summary.floors = {};
  const measureFloor = async (n) => {
    console.log(`floor (empty page), beside ${n ? `${fmtN(n)} events` : 'the start'}`);
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await runOnce('empty', 0, run));
    raw.push(...runs);
    floorRuns.push(...runs);
    const f = summarise(runs);
    console.log(`  floor: ${fmt(f.workRaw)} ms main thread a step, step to 2nd frame ${fmt(f.stepMedian)} ms; alternating ${fmt(f.altWorkRaw)} ms`);
    return f;
  };

  /** The first size a library did not finish: larger ones are not run. */
  const gaveUp = {};
  for (const n of SIZES) {
    summary.floors[n] = await measureFloor(n);
    // Every page generates its own copy; check here that they are all the same data.
    const expected = fingerprint(generateEvents(n));
    summary[n] = {};
    for (const lib of LIBS) {
      if (lib === 'lanes' && !LANE_SIZES.includes(n)) continue;
      if (gaveUp[lib] !== undefined) {
        summary[n][lib] = { ...summarise([]), skipped: `not run: did not finish at ${fmtN(gaveUp[lib])}` };
        console.log(`${NAMES[lib]}, ${fmtN(n)} events: not run (did not finish at ${fmtN(gaveUp[lib])})`);
        continue;
      }
      console.log(`${NAMES[lib]}, ${fmtN(n)} events`);
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const r = await runOnce(lib, n, run);
        runs.push(r);
        if (r.data?.fingerprint !== expected) warn(`${NAMES[lib]} ${fmtN(n)}: the page generated different data`);
        if (!r.ok) break; // it did not finish once: do not spend another minute on it
      }
      raw.push(...runs);
      summary[n][lib] = summarise(runs);
      if (summary[n][lib].dnf) gaveUp[lib] = n;
    }
  }
  summary.floor = summarise(floorRuns);
}

// ---- Figures, budgets, report -------------------------------------------------------------

const machine = {
  os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: round(os.totalmem() / 2 ** 30, 1),
  node: process.version,
  chromium,
  date: startedAt.toISOString(),
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadAfter,
  bundle: bundle.info,
};

/** The timings' results, from this run or (with --only=legibility) the last one written. */
function speedResults() {
  if (!RUN('speed')) return previousResults();
  const floor = summary.floor;
  const { rows, workRatio } = figures(summary, SIZES, LIBS);
  const budgets = checkBudgets(summary, SIZES, LIBS, workRatio);
  const settings = {
    sizes: SIZES,
    libs: LIBS,
    runs: RUNS,
    notches: NOTCHES,
    altSteps: ALT_STEPS,
    warmupSteps: WARMUP_STEPS,
    stepGapMs: STEP_GAP_MS,
    mountCapMs: MOUNT_CAP_MS,
    trailingMs: TRAILING_MS,
    laneSizes: LANE_SIZES,
    viewport: VIEWPORT,
    element: ELEMENT,
    span: SPAN,
    zoomWindow: ZOOM_WINDOW,
  };
  const speedOnly = warnings.slice(0, speedWarnings);
  return { machine, settings, method: methodLines(settings, floor), floor, summary, table: rows, budgets, warnings: speedOnly, runs: raw };
}

const results = speedResults() ?? {};
if (WRITE && !results.summary) {
  console.error('\nNo bench/results.json to keep the timings of: run the whole benchmark once (npm run bench), or add --no-write.');
  process.exit(1);
}
if (legibility) results.legibility = { ...legibility, machine, warnings: warnings.slice(speedWarnings, legibilityWarnings) };
else if (previousResults()?.legibility) results.legibility = previousResults().legibility;
if (engines) results.engines = engines;
else if (previousResults()?.engines) results.engines = previousResults().engines;
if (story) results.story = story;
else if (previousResults()?.story) results.story = previousResults().story;
if (map) results.map = map;
else if (previousResults()?.map) results.map = previousResults().map;
if (edit) results.edit = edit;
else if (previousResults()?.edit) results.edit = previousResults().edit;
if (servers) results.server = servers;
else if (previousResults()?.server) results.server = previousResults().server;
if (RUN('speed')) printReport(results);
if (legibility) printLegibility(results.legibility);
if (engines) printEngines(engines);
if (story) printStory(story);
if (map) printMap(map);
if (edit) printEdit(edit);
if (servers) printServers(servers);

if (WRITE) {
  writeResults(results);
  const kept = ONLY ? ` (the ${ONLY} figures; the others as the last run left them)` : '';
  console.log(`\nWrote bench/results.json and bench/results.md${kept}.`);
}
