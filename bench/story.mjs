// The figures of issue #32, the story view (`mode="story"`) and the vertical layout, in
// Chromium, traced as the gesture is (measure-trace.mjs): what a slide change costs the main
// thread at 1,000 events, and the navigator's zoom steps (the reader's gesture under the slide)
// beside the same gesture on the timeline, down the page and on an empty page, each page opened
// in turn in one run, so that the four are measured side by side.
//
// A slide change is the → key pressed on the slide's heading, as a keyboard reader turns it,
// under reduced motion: the slide's own work (its update, the heading's focus, style, layout and
// paint), without the navigator's glide to the event, whose frames are zoom steps and are held
// to their budget by the gesture. Each change is traced alone, up to the second frame after it;
// its main-thread work is net of the same for a key that does nothing (Shift) on the same page,
// so that the input and the harness are not counted, and the median of the changes is taken
// (a chunk the page fetches when first idle lands in one of them).
import { measureMount, openBenchPage } from './measure-mount.mjs';
import { traced } from './measure-trace.mjs';
import { measureZoom } from './measure-zoom.mjs';
import { BUDGETS, RUNS, STORY_SLIDES, VIEWPORT } from './options.mjs';
import { fmt, median, round, sleep, warn } from './stats.mjs';

/** The events the story is measured with. */
const N = 1_000;
/** Between two slides: longer than a slide's deferred work. */
const GAP_MS = 150;
/** A frame at 60 Hz: the most a slide change may cost. */
const FRAME_MS = 1000 / 60;
/** A phone's processor, as Chromium's DevTools' "mid-tier mobile" slows the page's. */
const PHONE_SLOWDOWN = 4;
/** Slides turned back on the slowed processor (fewer: each takes four times as long). */
const PHONE_SLIDES = 10;
/** #13's budget for a zoom step at this many events, net of the floor (options.mjs BUDGETS). */
const STEP_BUDGET_MS = BUDGETS.find((b) => b.n === N && b.what === 'work' && b.lib === undefined)?.max ?? NaN;

/** Presses `key` `count` times on the page, each traced alone up to the second frame after it, `GAP_MS` apart: their busy times and longest tasks. */
async function presses(page, key, count) {
  const each = [];
  for (let i = 0; i < count; i++) {
    each.push(
      await traced(page, async () => {
        await page.keyboard.press(key);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }),
    );
    await sleep(GAP_MS);
  }
  return { busyMs: median(each.map((t) => t.busyMs)), longestTaskMs: median(each.map((t) => t.longestTaskMs)) };
}

/** One fresh page of `lib` (its data mounted): the reader's gesture, and for the story its slide changes. */
async function onePage(lab, lib, run) {
  const label = `${lib} ${run + 1}`;
  const page = await lab.newPage();
  await page.setViewport(VIEWPORT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const result = {};
  const cdp = await page.createCDPSession().catch(() => undefined);
  try {
    await openBenchPage(page, lib, label, errors);
    if (!(await measureMount(page, cdp, lib, lib === 'empty' ? 0 : N, label, result))) return undefined;
    const out = {};
    if (lib === 'story') {
      // From the title card, the focus on its heading, as a reader who pressed Next has it.
      const focused = await page.evaluate(() => window.bench.focusSlide());
      if (!focused) warn(`${label}: no slide heading to focus`);
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const floor = await presses(page, 'Shift', STORY_SLIDES);
      const before = await page.evaluate(() => window.bench.slideTitle());
      const slides = await presses(page, 'ArrowRight', STORY_SLIDES);
      const after = await page.evaluate(() => window.bench.slideTitle());
      if (before === after) warn(`${label}: → did not turn the slide`);
      out.slideMs = slides.busyMs - floor.busyMs;
      out.slideLongestMs = slides.longestTaskMs;
      // The same on a phone's processor, as Chromium's DevTools emulate a mid-range one (4× slower),
      // going back the way it came.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_SLOWDOWN });
      const phoneFloor = await presses(page, 'Shift', PHONE_SLIDES);
      const phone = await presses(page, 'ArrowLeft', PHONE_SLIDES);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      out.phoneSlideMs = phone.busyMs - phoneFloor.busyMs;
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      // Back to the view the story opened on, so that the gesture starts where the timeline's does.
      const { start, end } = result.mount.window;
      await page.evaluate((w) => window.bench.zoomTo(w), { start: new Date(start).toISOString(), end: new Date(end).toISOString() });
    }
    await measureZoom(page, lib === 'story' || lib === 'vertical' ? 'sahel' : lib, label, result);
    out.stepMs = result.gesture.work;
    if (errors.length) warn(`${label}: errors in the page: ${errors.slice(0, 3).join(' | ')}`);
    return out;
  } finally {
    await cdp?.detach().catch(() => undefined);
    await lab.closePage(page);
  }
}

/** The story view's figures: each the median of `runs` fresh pages. */
export async function measureStory(lab) {
  const runs = Math.min(RUNS, 3);
  const pages = { empty: [], sahel: [], story: [], vertical: [] };
  for (let run = 0; run < runs; run++) {
    for (const lib of Object.keys(pages)) {
      const r = await onePage(lab, lib, run);
      if (r) pages[lib].push(r);
    }
  }
  const mid = (lib, key) => round(median(pages[lib].map((r) => r[key]).filter((x) => x !== undefined)), 2);
  const floor = mid('empty', 'stepMs');
  const result = {
    n: N,
    runs,
    slides: STORY_SLIDES,
    slideMs: mid('story', 'slideMs'),
    slideLongestMs: mid('story', 'slideLongestMs'),
    phoneSlideMs: mid('story', 'phoneSlideMs'),
    phoneSlowdown: PHONE_SLOWDOWN,
    storyStepMs: round(mid('story', 'stepMs') - floor, 2),
    timelineStepMs: round(mid('sahel', 'stepMs') - floor, 2),
    verticalStepMs: round(mid('vertical', 'stepMs') - floor, 2),
    frameMs: round(FRAME_MS, 1),
    stepBudgetMs: STEP_BUDGET_MS,
  };
  if (result.slideMs > FRAME_MS) warn(`a slide change costs ${fmt(result.slideMs)} ms of main-thread work, over a frame (${fmt(FRAME_MS)} ms)`);
  if (result.verticalStepMs > STEP_BUDGET_MS) warn(`the vertical layout costs ${fmt(result.verticalStepMs)} ms a zoom step, over the ${STEP_BUDGET_MS} ms budget`);
  if (result.storyStepMs > STEP_BUDGET_MS) warn(`the story's navigator costs ${fmt(result.storyStepMs)} ms a zoom step, over the ${STEP_BUDGET_MS} ms budget`);
  return result;
}

/** The story's figures, as lines for the terminal and the Markdown report. */
function lines(r) {
  return [
    `| A slide change (→ on the slide), main-thread work | ${fmt(r.slideMs)} ms | ≤ ${fmt(r.frameMs)} ms (a frame) | ${r.slideMs <= r.frameMs ? 'met' : 'missed'} |`,
    `| Its longest task | ${fmt(r.slideLongestMs)} ms | | |`,
    `| The same on a phone's processor (${r.phoneSlowdown}× slower) | ${fmt(r.phoneSlideMs)} ms | | |`,
    `| A zoom step on the story's navigator, main-thread work | ${fmt(r.storyStepMs)} ms | ≤ ${fmt(r.stepBudgetMs, 0)} ms (#13) | ${r.storyStepMs <= r.stepBudgetMs ? 'met' : 'missed'} |`,
    `| The same step on the timeline, measured beside it | ${fmt(r.timelineStepMs)} ms | | |`,
    ...(r.verticalStepMs === undefined ? [] : [`| The same step down the page (\`orientation="vertical"\`), measured beside it | ${fmt(r.verticalStepMs)} ms | ≤ ${fmt(r.stepBudgetMs, 0)} ms (#13) | ${r.verticalStepMs <= r.stepBudgetMs ? 'met' : 'missed'} |`]),
  ];
}

export function printStory(r) {
  console.log(`\nThe story view (#32), ${r.n.toLocaleString('en-US')} events, median of ${r.runs} pages:`);
  for (const line of lines(r)) console.log(`  ${line.replace(/^\| | \|$/g, '').split(' | ').filter(Boolean).join('  ')}`);
}

export function storyMarkdown(r) {
  return `## The story view (#32)

<!-- Written by \`npm run bench\` or \`node bench/run.mjs --only=story\` on ${r.date?.slice(0, 10) ?? ''}. -->

${r.n.toLocaleString('en-US')} generated events in \`mode="story"\`, in Chromium, each figure the median of ${r.runs} fresh pages. A slide change is → pressed on the slide's heading, ${r.slides} times from the title card, ${GAP_MS} ms apart, each traced alone up to the second frame after it, under reduced motion: the slide's own work (its update, the heading's focus, style, layout and paint), not the navigator's glide to its event, whose frames are zoom steps like the gesture's. Its main-thread work is the median change's, net of the same for a key that does nothing (Shift) on the same page; the longest task is the median change's. On a phone's processor: Chromium slowing the page's ${r.phoneSlowdown} times (as DevTools' mid-tier mobile does), ${PHONE_SLIDES} slides turned back with ←, net of the same floor. The zoom steps are the reader's gesture (ctrl + wheel notches in, then out, from the opening view) on the plot under the slide, on the timeline (\`mode="timeline"\`) and down the page (\`orientation="vertical"\`, whose steps are painted on the canvas as the timeline's are), each net of the same gesture on an empty page measured in the same run.

| Figure | Value | Budget | |
|---|---:|---|---|
${lines(r).join('\n')}
`;
}
