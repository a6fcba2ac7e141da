// The zoom figures of one page: the reader's gesture (the headline: ctrl + wheel notches in
// from the fit view, then as many out) and the kind case (steps alternating in and out around
// one year), each sent through the browser's input pipeline and traced.
import { ZOOM_WINDOW } from './data.mjs';
import { traced } from './measure-trace.mjs';
import { ALT_STEPS, NOTCH_DELTA, NOTCHES, STEP_CAP_MS, STEP_GAP_MS, STEPS_CAP_MS, TRAILING_MS, WARMUP_STEPS } from './options.mjs';
import { median, percentile, round, sleep, warn, withTimeout } from './stats.mjs';

/** One step of the reader's gesture: a ctrl + wheel notch at `target`, through the browser's input pipeline. */
export async function ctrlWheel(page, target, deltaY) {
  await page.keyboard.down('Control');
  await page.mouse.move(target.x, target.y);
  await page.mouse.wheel({ deltaY });
  await page.keyboard.up('Control');
}

/**
 * Sends ctrl + wheel steps (one per entry of `deltas`) to the middle of the plot, each through
 * the browser's input pipeline, and collects what the page's probe recorded for each.
 */
async function zoomSteps(page, deltas, label) {
  const target = await page.evaluate(() => window.bench.target());
  const records = [];
  const started = Date.now();
  const first = await page.evaluate(() => window.bench.stepCount());
  for (const [i, deltaY] of deltas.entries()) {
    await ctrlWheel(page, target, deltaY);
    const rec = await withTimeout(
      page.evaluate((k) => window.bench.waitStep(k), first + i),
      STEP_CAP_MS,
      null,
    );
    if (!rec) {
      warn(`${label}: zoom step ${i + 1} did not finish within ${STEP_CAP_MS / 1000} s; stopping its steps`);
      break;
    }
    records.push(rec);
    if (Date.now() - started > STEPS_CAP_MS && i + 1 < deltas.length) {
      warn(`${label}: zoom steps stopped after ${i + 1} of ${deltas.length} (over ${STEPS_CAP_MS / 1000} s in all)`);
      break;
    }
    await sleep(STEP_GAP_MS);
  }
  await sleep(TRAILING_MS);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { target, records };
}

const HOUR = 3_600_000;
const spanOf = (w) => (w ? (w.end - w.start) / HOUR : null);

/** The figures of one traced gesture. */
export function gestureFigures({ value: { records }, busyMs, longestTaskMs, workerMs }) {
  const ms = records.map((r) => r.ms);
  return {
    steps: records.length,
    busyMs: round(busyMs, 2),
    workerMs: round(workerMs, 2),
    workerWork: records.length ? workerMs / records.length : null,
    longestTaskMs: round(longestTaskMs, 2),
    work: records.length ? busyMs / records.length : null,
    stepMedian: median(ms),
    stepP95: percentile(ms, 95),
    frame1Median: median(records.map((r) => r.frame1)),
    records: records.map((r) => ({
      deltaY: r.deltaY,
      ctrl: r.ctrl,
      ms: round(r.ms, 2),
      frame1: round(r.frame1, 2),
      spanHours: round(spanOf(r.after), 1),
      narrowed: r.before && r.after ? spanOf(r.after) < spanOf(r.before) : null,
      widened: r.before && r.after ? spanOf(r.after) > spanOf(r.before) : null,
    })),
  };
}

/**
 * The reader's gesture from the fit view the mount left, then the alternating steps, on a
 * page whose element is mounted: their figures go into `result` (`fitSpanHours`, `gesture`,
 * `narrowestSpanHours`, `zoomStart`, `alt`).
 */
export async function measureZoom(page, lib, label, result) {
  // The headline: the reader's gesture, from the fit view the mount left.
  result.fitSpanHours = round(spanOf(await page.evaluate(() => window.bench.readWindow())), 1);
  const target = await page.evaluate(() => window.bench.target());
  await page.mouse.move(target.x, target.y);
  await sleep(STEP_GAP_MS);
  const deltas = [...Array(NOTCHES).fill(-NOTCH_DELTA), ...Array(NOTCHES).fill(NOTCH_DELTA)];
  const gesture = gestureFigures(await traced(page, () => zoomSteps(page, deltas, `${label} (gesture)`)));
  result.gesture = gesture;
  const spans = gesture.records.map((r) => r.spanHours).filter((h) => h !== null);
  result.narrowestSpanHours = spans.length ? Math.min(...spans) : null;
  if (gesture.steps < deltas.length) warn(`${label}: only ${gesture.steps} of ${deltas.length} gesture steps were measured`);
  if (gesture.records.some((r) => !r.ctrl)) warn(`${label}: some wheel events arrived without ctrlKey`);
  if (lib !== 'empty') {
    const stuck = gesture.records.filter((r, i) => (i < NOTCHES ? !r.narrowed : !r.widened)).length;
    if (stuck > 0) warn(`${label}: ${stuck} of ${gesture.steps} gesture steps did not zoom the way they were sent`);
  }

  // The kind case (secondary): steps alternating in and out around about a year.
  result.zoomStart = await page.evaluate((w) => window.bench.zoomTo(w), ZOOM_WINDOW);
  const days = spanOf(result.zoomStart.window) / 24;
  if (lib !== 'empty' && (days < 300 || days > 430)) warn(`${label}: the alternating steps start from ${Math.round(days)} days, not about a year`);
  const alternate = (count) => Array.from({ length: count }, (_, i) => (i % 2 === 0 ? -NOTCH_DELTA : NOTCH_DELTA));
  await zoomSteps(page, alternate(WARMUP_STEPS), `${label} (alternating, warm-up)`);
  result.alt = gestureFigures(await traced(page, () => zoomSteps(page, alternate(ALT_STEPS), `${label} (alternating)`)));
  if (result.alt.steps < ALT_STEPS) warn(`${label}: only ${result.alt.steps} of ${ALT_STEPS} alternating steps were measured`);
}
