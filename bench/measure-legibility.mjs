// The legibility figures (#30): for each case of LEGIBILITY_CASES (or those --cases names), the share of the events in
// the window that <sahel-timeline> draws on their own with a label that can be read, at the
// opening view and after each notch of the reader's gesture in (each at rest), the height its
// plot took; then vis-timeline on the same events, at the same width, in each of those windows
// and heights. What counts as legible is bench/legible.mjs's, the same for both.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { compare, idsInWindow, MIN_CHARS } from './legible.mjs';
import { ctrlWheel } from './measure-zoom.mjs';
import { CASES, LEGIBILITY_GOAL, NOTCH_DELTA, NOTCHES, PORT, SHOTS } from './options.mjs';
import { pct, round, warn, withTimeout } from './stats.mjs';

const DAY_MS = 86_400_000;
/** A case's page that takes longer than this is given up, and said so. */
const PAGE_CAP_MS = 180_000;

/** With --shots, a screenshot of the page as a view was read: `<case>-<step>-<library>.png`. */
async function shot(page, c, step, lib) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${c.id}-${String(step).padStart(2, '0')}-${lib}.png`) });
}

/** Opens a legibility page; errors in it are kept for the report. */
async function openPage(lab, path, viewport, label, pageErrors) {
  const page = await lab.newPage();
  await page.setViewport(viewport);
  page.on('pageerror', (e) => pageErrors.push(`${label}: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${label}: ${m.text()}`);
  });
  await page.goto(`http://localhost:${PORT}/bench/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.legibility !== undefined, { timeout: 30_000 });
  return page;
}

/** The element's views: the opening one, then one at rest after each notch in. */
async function elementViews(lab, c, pageErrors) {
  const page = await openPage(lab, `legibility.html${c.query}`, c.viewport, `sahel-timeline, ${c.label}`, pageErrors);
  try {
    const setup = await page.evaluate(() => window.legibility.ready());
    const views = [];
    for (let step = 0; step <= NOTCHES; step++) {
      if (step > 0) {
        await ctrlWheel(page, await page.evaluate(() => window.legibility.target()), -NOTCH_DELTA);
        await page.evaluate(() => window.legibility.atRest());
      }
      // The mouse off the plot while the view is read: no mark hovered.
      const away = await page.evaluate(() => window.legibility.away());
      await page.mouse.move(away.x, away.y);
      await page.evaluate(() => window.legibility.atRest());
      views.push({ step, ...(await page.evaluate(() => window.legibility.view())) });
      await shot(page, c, step, 'sahel');
    }
    return { setup, views };
  } finally {
    await lab.closePage(page);
  }
}

/** vis-timeline in each of the element's views: its window, and its plot's height. */
async function visViews(lab, c, setup, views, pageErrors) {
  const page = await openPage(lab, 'legibility-vis.html', c.viewport, `vis-timeline, ${c.label}`, pageErrors);
  try {
    const first = views[0];
    await page.evaluate(
      (spans, options) => window.legibility.mount(spans, options),
      setup.spans,
      { width: setup.width, height: first.height, window: first.window, font: setup.font, groupBy: c.visOneStack ? null : (c.groupBy ?? null) },
    );
    const out = [];
    for (const v of views) {
      out.push(await page.evaluate((w, h) => window.legibility.view(w, h), v.window, v.height));
      await shot(page, c, v.step, 'vis');
    }
    return out;
  } finally {
    await lab.closePage(page);
  }
}

/** One case: the element's views, vis-timeline's in the same windows and heights, and the shares. */
async function measureCase(lab, c) {
  const pageErrors = [];
  const started = Date.now();
  const { setup, views } = await elementViews(lab, c, pageErrors);
  const vis = await visViews(lab, c, setup, views, pageErrors);
  const rows = views.map((v, i) => {
    const inWindow = idsInWindow(setup.spans, v.window);
    const count = (ids) => ids.filter((id) => inWindow.has(id)).length;
    const share = (k) => (inWindow.size ? k / inWindow.size : null);
    const w = vis[i];
    const drift = Math.max(Math.abs(w.window.start - v.window.start), Math.abs(w.window.end - v.window.end));
    if (drift > 60_000) warn(`legibility, ${c.label}, step ${v.step}: vis-timeline showed a window ${round(drift / DAY_MS, 2)} days off the element's`);
    const { legible, ...sahel } = v;
    const { legible: visLegible, ...visRest } = w;
    const ours = count(legible);
    const theirs = count(visLegible);
    return {
      step: v.step,
      spanDays: round((v.window.end - v.window.start) / DAY_MS, 2),
      inWindow: inWindow.size,
      sahel: { ...sahel, legible: ours, share: share(ours) },
      vis: { ...visRest, legible: theirs, share: share(theirs) },
    };
  });
  // What looked wrong in the element's views, a line a kind, with the views it was seen in.
  const seen = [
    ['pillsCrossed', 'cluster pills crossed by a mark drawn without a label'],
    ['pillsOfOne', 'cluster pills of one'],
    ['labelsOverlapping', 'labels overlapping another label or a pill'],
    ['labelsCutOff', 'labels cut off by the plot or the lanes\' scroller'],
  ];
  for (const [key, what] of seen) {
    const at = rows.filter((r) => r.sahel[key] > 0);
    if (at.length) warn(`legibility, ${c.label}: ${what}: ${at.map((r) => `${r.sahel[key]} at step ${r.step}`).join(', ')}`);
  }
  for (const e of pageErrors) warn(`legibility: an error in the page: ${e}`);
  const seconds = round((Date.now() - started) / 1000, 1);
  const opening = rows[0];
  console.log(
    `  ${c.label}: opening view ${pct(opening.sahel.share)} (vis-timeline ${pct(opening.vis.share)}) of ${opening.inWindow} events, ` +
      `${opening.sahel.height} px; after ${NOTCHES} notches ${pct(rows.at(-1).sahel.share)} (${pct(rows.at(-1).vis.share)}); ${seconds} s`,
  );
  return {
    id: c.id,
    label: c.label,
    viewport: c.viewport,
    groupBy: c.groupBy ?? null,
    visOneStack: c.visOneStack ?? null,
    events: setup.spans.length,
    font: setup.font,
    width: setup.width,
    seconds,
    rows,
  };
}

/** The legibility figures of every case, and #30's goals as met or not (never an error). */
export async function measureLegibility(lab) {
  console.log(`Legibility (#30): ${CASES.length} cases, the opening view and ${NOTCHES} notches in, sahel-timeline and vis-timeline`);
  const cases = [];
  for (const c of CASES) {
    const done = await withTimeout(measureCase(lab, c), PAGE_CAP_MS, null);
    if (done) cases.push(done);
    else warn(`legibility, ${c.label}: not measured within ${PAGE_CAP_MS / 1000} s`);
  }
  return { notches: NOTCHES, minChars: MIN_CHARS, goal: LEGIBILITY_GOAL, cases, goals: legibilityGoals(cases) };
}

/**
 * #30's goals: at least LEGIBILITY_GOAL at the Sahel story's opening view at 1280×800, and
 * more than vis-timeline in every view of every case (or all the events, where vis-timeline
 * shows all of them too); a view with no event in its window is passed over.
 */
export function legibilityGoals(cases) {
  const sahel = cases.find((c) => c.id === 'sahel-1280');
  const opening = sahel?.rows[0]?.sahel.share ?? null;
  const openingGoal = `at least ${LEGIBILITY_GOAL * 100}% labelled at the Sahel story's opening view at 1280×800`;
  const views = cases.flatMap((c) =>
    c.rows.filter((r) => r.inWindow > 0).map((r) => ({ label: c.label, step: r.step, ours: r.sahel.share, theirs: r.vis.share, is: compare(r) })),
  );
  const behind = views.filter((v) => v.is === 'fewer');
  const all = views.filter((v) => v.is === 'all').length;
  return [
    sahel ? { label: openingGoal, value: pct(opening), met: opening !== null && opening >= LEGIBILITY_GOAL } : { label: openingGoal, value: 'not measured', met: null },
    {
      label: 'more than vis-timeline shows in the same height, in every view (or every event, where vis-timeline shows every one too)',
      value: `more in ${views.length - behind.length - all} of ${views.length} views, every event in both in ${all}, as many or fewer in ${behind.length}`,
      met: views.length > 0 && behind.length === 0,
      behind: behind.map((v) => ({ label: v.label, step: v.step, ours: v.ours, theirs: v.theirs })),
    },
  ];
}
