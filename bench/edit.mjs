// The figures of issue #34, editing in place: what a drag step costs the main thread while a
// reader drags an event along the plot (`editable`), at 10,000 and 100,000 events, against
// the zoom step's budget (6 ms at those sizes), and what the drop costs (the change made: a new
// `events` array read and laid out again).
//
// Side by side in one page: the same pointer moves over the plot with the button up (hovering)
// and with it held on an event (dragging), each traced as the zoom's steps are
// (measure-trace.mjs); the drag's figure is net of the hover's, so that it is what dragging
// adds. The drop is timed in the page, from the button's release to the second frame after the
// new array is laid out.
import { measureMount, openBenchPage } from './measure-mount.mjs';
import { traced } from './measure-trace.mjs';
import { RUNS, VIEWPORT } from './options.mjs';
import { fmt, median, round, warn } from './stats.mjs';

/** Issue #34's budget: a drag step within the zoom step's main-thread budget (options.mjs BUDGETS). */
export const EDIT_BUDGETS = [
  { n: 10_000, ms: 6 },
  { n: 100_000, ms: 6 },
];

/** How many pointer moves a gesture makes, and how far apart (px). */
const STEPS = 24;
const STEP_PX = 6;

const frames = (page, n = 2) => page.evaluate((k) => new Promise((resolve) => {
  let left = k;
  const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next));
  requestAnimationFrame(next);
}), n);

/** Moves the mouse STEPS times from `from`, a frame apart; the main thread's busy time a step. */
async function gesture(page, from) {
  const { busyMs } = await traced(page, async () => {
    for (let i = 1; i <= STEPS; i++) {
      await page.mouse.move(from.x + i * STEP_PX, from.y);
      await frames(page, 1);
    }
    await frames(page, 2);
  });
  return busyMs / STEPS;
}

async function onePage(lab, n, run) {
  const label = `edit ${n} #${run + 1}`;
  const page = await lab.newPage();
  await page.setViewport(VIEWPORT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const cdp = await page.createCDPSession().catch(() => undefined);
  try {
    await openBenchPage(page, 'edit', label, errors);
    if (!(await measureMount(page, cdp, 'sahel', n, label, {}))) return undefined;
    const ready = await page.waitForFunction(() => window.bench.editReady(), { timeout: 20_000 }).then(() => true, () => false);
    if (!ready) {
      warn(`${label}: the editor did not come${errors.length ? ` (${errors.slice(0, 3).join(' | ')})` : ''}`);
      return undefined;
    }
    const from = await page.evaluate(() => window.bench.dragFrom());
    if (!from) {
      warn(`${label}: no event drawn to drag`);
      return undefined;
    }
    // Hovering: the same moves, the button up, from beside the event.
    await page.mouse.move(from.x, from.y);
    await frames(page);
    const hoverMs = await gesture(page, from);
    await page.mouse.move(from.x, from.y);
    await frames(page);
    await page.mouse.down();
    const dragMs = await gesture(page, from);
    const ghost = await page.evaluate(() => window.bench.ghostShown());
    if (!ghost) warn(`${label}: no ghost was drawn while dragging`);
    await page.evaluate(() => window.bench.armDrop());
    await page.mouse.up();
    const dropMs = await page.waitForFunction(() => window.bench.dropMs(), { timeout: 20_000 }).then((h) => h.jsonValue(), () => undefined);
    if (dropMs === undefined) warn(`${label}: the drop made no change`);
    if (errors.length) warn(`${label}: errors in the page: ${errors.slice(0, 3).join(' | ')}`);
    return { hoverMs, dragMs, dropMs };
  } finally {
    await cdp?.detach().catch(() => undefined);
    await lab.closePage(page);
  }
}

/** The editing figures: each the median of `runs` fresh pages. */
export async function measureEdit(lab) {
  const runs = Math.min(RUNS, 3);
  const sizes = [];
  for (const { n, ms } of EDIT_BUDGETS) {
    const pages = [];
    for (let run = 0; run < runs; run++) {
      const r = await onePage(lab, n, run);
      if (r) pages.push(r);
    }
    const mid = (key) => median(pages.map((r) => r[key]).filter((x) => x !== undefined));
    const size = { n, budgetMs: ms, hoverMs: round(mid('hoverMs'), 2), dragMs: round(mid('dragMs'), 2), dropMs: round(mid('dropMs'), 1) };
    size.addedMs = round(size.dragMs - size.hoverMs, 2);
    if (size.dragMs > ms) warn(`a drag step costs ${fmt(size.dragMs)} ms of main-thread work at ${n.toLocaleString('en-US')} events, over the zoom step's ${ms} ms budget`);
    sizes.push(size);
  }
  return { runs, steps: STEPS, sizes };
}

function lines(r) {
  return r.sizes.flatMap((s) => [
    `| ${s.n.toLocaleString('en-US')} events: main-thread work a drag step | ${fmt(s.dragMs)} ms (hovering: ${fmt(s.hoverMs)}; added ${fmt(s.addedMs)}) | ≤ ${s.budgetMs} ms | ${s.dragMs === null ? 'no figure' : s.dragMs <= s.budgetMs ? 'met' : 'missed'} |`,
    `| ${s.n.toLocaleString('en-US')} events: the drop, to the second frame after the new array is laid out | ${fmt(s.dropMs)} ms | – | |`,
  ]);
}

export function printEdit(r) {
  console.log(`\nEditing (#34), median of ${r.runs} pages each:`);
  for (const line of lines(r)) console.log(`  ${line.replace(/^\| | \|$/g, '').split(' | ').filter(Boolean).join('  ')}`);
}

export function editMarkdown(r) {
  return `## Editing in place (#34)

<!-- Written by \`npm run bench\` or \`node bench/run.mjs --only=edit\` on ${r.date?.slice(0, 10) ?? ''}. -->

An \`editable\` timeline of the speed figures' events (1200 × 600, Chromium), each figure the median of ${r.runs} fresh pages. A real mouse moves ${r.steps} times along the plot, ${STEP_PX} px and a frame apart, first with its button up (hovering) and then holding an event drawn in the opening view (dragging it: a ghost and its date follow the pointer, snapped to the axis's unit), each traced as the zoom's steps are; the step's figure is the page's main-thread work divided by the moves. The drop is timed in the page, from the release to the second frame after the edited array (a new \`events\`, validated and laid out again) is drawn: it has no budget, but it is what a reader waits for once.

| Figure | Value | Budget | |
|---|---:|---|---|
${lines(r).join('\n')}
`;
}
