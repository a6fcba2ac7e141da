// What "legible" means in the legibility figures (#30), for both libraries alike: an event is
// legible when a label of its own shows enough of its title, whole in height inside what clips
// it, and overlapping no other label. Plain ES module with no imports: its pure half (the
// events' instants, which are in a window) runs in Node too; its DOM half in the bench pages.

/* global getComputedStyle */
const DAY_MS = 86_400_000;

/**
 * A label counts when it shows at least this many characters of its title (all of it, if it
 * is shorter): <sahel-timeline> cuts a label short with an ellipsis, vis-timeline clips a
 * range's content at the range's end; a few letters are not a label.
 */
export const MIN_CHARS = 8;

/** How far (px) a box may pass what clips it, or two boxes meet, before it counts. */
const SLACK = 1;

/**
 * The instants each event covers, as the element reads them: `[start, end)` in UTC ms from its
 * dates at their precision (`toInterval`, the library's own), an ongoing event to the end of
 * the data. `long`: more than a day, drawn as a band or bar (vis-timeline: a range).
 * @param {readonly object[]} events  TimelineEvent-shaped: `{ id, title, start, end?, kind? }`
 * @param {(date: string) => { start: Date, end: Date }} toInterval
 * @param {(event: object) => string[]} lanesOf  The lanes an event is drawn in ([] for none: "Other").
 * @returns {{ id: string, title: string, start: number, end: number, long: boolean, lanes: string[] }[]}
 */
export function eventSpans(events, toInterval, lanesOf) {
  const spans = events.map((e) => {
    const first = toInterval(e.start);
    const end = e.end === undefined ? +first.end : Math.max(+first.end, +toInterval(e.end).end);
    return { id: e.id, title: e.title, start: +first.start, end, ongoing: e.kind === 'ongoing', lanes: lanesOf(e) };
  });
  const dataEnd = Math.max(...spans.map((s) => s.end));
  return spans.map(({ ongoing, ...s }) => {
    const end = ongoing ? Math.max(s.end, dataEnd) : s.end;
    return { ...s, end, long: end - s.start > DAY_MS };
  });
}

/** The ids of the events whose time overlaps the window `[start, end]`. */
export function idsInWindow(spans, { start, end }) {
  const ids = new Set();
  for (const s of spans) if (s.start < end && s.end > start) ids.add(s.id);
  return ids;
}

/**
 * The lanes in the element's order: by their first event (the spans' time order: start, then
 * end), "Other" (events with no value, lane '') last.
 */
export function laneOrder(spans) {
  const first = new Map();
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of sorted) for (const lane of s.lanes.length ? s.lanes : ['']) if (!first.has(lane)) first.set(lane, first.size);
  return [...first.keys()].sort((a, b) => (a === '') - (b === '') || first.get(a) - first.get(b));
}

/**
 * How a view's figures compare: `more` (the element shows a larger share than vis-timeline),
 * `all` (both show every event), or `fewer` (as many or fewer).
 */
export function compare(row) {
  if (row.sahel.share > row.vis.share) return 'more';
  return row.sahel.share === 1 ? 'all' : 'fewer';
}

// ---- In the page --------------------------------------------------------------------------

const intersect = (a, b) => {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return { left, top, right: Math.max(left, right), bottom: Math.max(top, bottom), width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
};

/** The parent of a node, crossing out of a shadow root to its host. */
const up = (node) => node.parentElement ?? node.parentNode?.host ?? null;

/**
 * The part of `el`'s box that shows: its box cut by each ancestor up to and including `area`
 * that clips its overflow, and by `area` itself.
 */
export function shownBox(el, area) {
  let box = intersect(el.getBoundingClientRect(), area.getBoundingClientRect());
  for (let a = up(el); a; a = up(a)) {
    const style = getComputedStyle(a);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') box = intersect(box, a.getBoundingClientRect());
    if (a === area) break;
  }
  return box;
}

/**
 * How a label shows: `whole` when its full height shows, `chars` how many characters of its
 * title show across (cut by what clips it, and by an ellipsis), and `box`, what shows of it.
 * @param {Element} label  The label's box (what must not overlap others).
 * @param {Element} text  The element holding its title's text.
 * @param {Element} area  The plot: what the reader sees of the timeline.
 * @param {number} titleLength
 */
export function labelShown(label, text, area, titleLength) {
  const full = label.getBoundingClientRect();
  const plot = area.getBoundingClientRect();
  // Out of sight altogether (vis-timeline stacks thousands of items above its panel): no more to read.
  if (full.bottom <= plot.top || full.top >= plot.bottom || full.right <= plot.left || full.left >= plot.right) {
    return { whole: false, chars: 0, box: intersect(full, plot) };
  }
  const box = shownBox(label, area);
  const whole = full.height > 0 && box.height >= full.height - SLACK;
  // The text's laid-out extent (past an ellipsis too), and what of it shows.
  const range = document.createRange();
  range.selectNodeContents(text);
  const laidOut = range.getBoundingClientRect();
  const seen = intersect(laidOut, shownBox(text, area));
  let chars = laidOut.width > 0 ? Math.floor((titleLength * seen.width) / laidOut.width + 0.01) : 0;
  // A CSS ellipsis: the characters past the text's own box do not show.
  if (text.scrollWidth > text.clientWidth + 0.5) chars = Math.min(chars, Math.floor((titleLength * text.clientWidth) / text.scrollWidth));
  return { whole, chars, box };
}

/** Whether a label that shows this much counts (see MIN_CHARS). */
export const readable = (shown, titleLength) => shown.whole && shown.chars >= Math.min(MIN_CHARS, titleLength);

/**
 * The indices of the boxes that overlap another (by more than SLACK px each way), for boxes
 * `{ left, right, top, bottom }`; a sweep along x.
 */
export function overlapping(boxes) {
  const order = boxes.map((b, i) => i).filter((i) => boxes[i].width > 0 && boxes[i].height > 0).sort((a, b) => boxes[a].left - boxes[b].left);
  const hit = new Set();
  for (let k = 0; k < order.length; k++) {
    const a = boxes[order[k]];
    for (let j = k + 1; j < order.length; j++) {
      const b = boxes[order[j]];
      if (b.left >= a.right - SLACK) break;
      if (meet(a, b)) {
        hit.add(order[k]);
        hit.add(order[j]);
      }
    }
  }
  return hit;
}

/** Whether two boxes overlap by more than SLACK px each way. */
export const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;

/** Resolves after `n` animation frames. */
export const frames = async (n) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
