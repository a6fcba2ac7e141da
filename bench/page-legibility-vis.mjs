// The legibility page's half for vis-timeline (#30), from its standalone build: the same
// events as the element showed, at the same width, then each of the element's views (its
// window, and its plot's height as vis-timeline's `height`), with vis-timeline's default
// stacking; `window.legibility` says which events it shows legibly (bench/legible.mjs).
import { Timeline } from '/node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
import { frames, labelShown, laneOrder, overlapping, readable } from './legible.mjs';

const container = document.getElementById('vis');
/** @type {Timeline | undefined} */
let timeline;
/** The events as the element's page gave them (bench/legible.mjs eventSpans), by item index. */
let spans = [];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** A lane's name as the element shows it: a country code as its name. */
const laneName = (lane, field) => {
  if (lane === '') return 'Other';
  if (field === 'country' && /^[A-Z]{2}$/.test(lane)) return regionNames.of(lane) ?? lane;
  return lane;
};

/** When vis-timeline last redrew (its `changed` event), and how many times. */
let lastChange = 0;
let changes = 0;
/** It has settled once it has not redrawn for this long. */
const QUIET_MS = 200;

/**
 * Resolves once vis-timeline has drawn and stacked: after a redraw since `since` redraws
 * (or 500 ms without one: nothing changed), none for QUIET_MS.
 */
async function settled(since) {
  const t0 = performance.now();
  while (performance.now() - t0 < 120_000) {
    await frames(1);
    const now = performance.now();
    if ((changes > since || now - t0 > 500) && now - lastChange >= QUIET_MS) return;
  }
}

window.legibility = {
  /**
   * Mounts vis-timeline on `events` (eventSpans) across `width`, `height` tall, on `window`:
   * a short event as a box at its start, a longer one as a range over its instants, an event
   * in several lanes as an item in each group. Its options are its defaults but ctrl + wheel
   * zooms, the height, the window, and, when grouped, the element's lanes as groups in the
   * element's order; text in the element's label font, so that only the layouts differ.
   */
  async mount(events, { width, height, window, font, groupBy }) {
    spans = events;
    container.style.width = `${width}px`;
    container.style.fontFamily = font.family;
    container.style.fontSize = font.size;
    const lanes = groupBy ? laneOrder(spans) : [];
    const group = new Map(lanes.map((lane, i) => [lane, i]));
    const items = [];
    for (const [k, s] of spans.entries()) {
      for (const lane of groupBy ? (s.lanes.length ? s.lanes : ['']) : [null]) {
        const content = document.createElement('span');
        content.textContent = s.title;
        items.push({
          id: lane === null ? k : `${k}|${lane}`,
          content,
          start: new Date(s.start),
          ...(s.long && { end: new Date(s.end) }),
          ...(lane !== null && { group: group.get(lane) }),
          className: `lg-${k}`,
        });
      }
    }
    const options = { zoomKey: 'ctrlKey', height: `${height}px`, start: new Date(window.start), end: new Date(window.end) };
    timeline = groupBy
      ? new Timeline(container, items, lanes.map((lane, i) => ({ id: i, content: laneName(lane, groupBy), order: i })), options)
      : new Timeline(container, items, options);
    timeline.on('changed', () => {
      lastChange = performance.now();
      changes++;
    });
    await settled(0);
  },
  /** Shows `window` (at once), `height` tall, and gives which events show legibly. */
  async view(window, height) {
    const since = changes;
    timeline.setOptions({ height: `${height}px` });
    timeline.setWindow(new Date(window.start), new Date(window.end), { animation: false });
    await settled(since);
    const area = container.querySelector('.vis-panel.vis-center');
    const labels = [];
    const drawn = new Set();
    for (const item of area.querySelectorAll('.vis-item')) {
      if (item.matches('.vis-line, .vis-dot, .vis-background, .vis-cluster')) continue;
      const k = Number([...item.classList].find((c) => c.startsWith('lg-'))?.slice(3));
      const s = spans[k];
      const text = item.querySelector('.vis-item-content');
      if (!s || !text) continue;
      drawn.add(s.id);
      const shown = labelShown(item, text, area, s.title.length);
      labels.push({ id: s.id, shown, ok: readable(shown, s.title.length), short: shown.chars < s.title.length });
    }
    const over = overlapping(labels.map((l) => l.shown.box));
    const w = timeline.getWindow();
    return {
      window: { start: +w.start, end: +w.end },
      height: Math.round(container.getBoundingClientRect().height),
      legible: [...new Set(labels.filter((l, i) => l.ok && !over.has(i)).map((l) => l.id))],
      drawn: drawn.size,
      labelsCutOff: labels.filter((l) => !l.shown.whole).length,
      labelsTooShort: labels.filter((l) => l.shown.whole && !l.ok).length,
      labelsShortened: labels.filter((l) => l.ok && l.short).length,
      labelsOverlapping: labels.filter((l, i) => over.has(i)).length,
    };
  },
};
