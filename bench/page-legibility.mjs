// The legibility page's half for <sahel-timeline> (#30): the element across the page's width,
// with its default height (as tall as its rows need, up to its maximum); `window.legibility`
// waits for it to rest and says which events it shows legibly (bench/legible.mjs), for
// bench/measure-legibility.mjs. Marks and labels are read by the selectors test/harness.ts
// uses: an event's mark `[part~="plot"] [data-id]`, its label `[part~="label"]`, its title
// `.text`, and the pills `[part~="cluster"]`.
/* global customElements, getComputedStyle, URLSearchParams, location */
import { toInterval } from '/dist/sahel-timeline.bundle.js';
import { generateEvents, inLanes, LANE_FIELD } from './data.mjs';
import { eventSpans, frames, labelShown, meet, overlapping, readable, shownBox } from './legible.mjs';

// ?n=1000&lanes=5: generated events in lanes; ?group-by=country: lanes of the data's field;
// neither: the element with no data, which shows its built-in Sahel story.
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 0);
const lanes = Number(params.get('lanes') ?? 0);
let groupBy = params.get('group-by');
const el = document.createElement('sahel-timeline');
if (n > 0) {
  el.events = lanes > 0 ? inLanes(generateEvents(n), lanes) : generateEvents(n);
  if (lanes > 0) groupBy = LANE_FIELD;
}
if (groupBy) el.setAttribute('group-by', groupBy);
document.body.append(el);
await customElements.whenDefined('sahel-timeline');

/** The field a lane's value is read from (the element reads `country` as `countries`). */
const field = { country: 'countries', actor: 'actors' }[groupBy] ?? groupBy;
const lanesOf = (e) => {
  if (!field) return [];
  const v = e[field];
  return (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]).map(String);
};

/**
 * The element is at rest this long after a wheel event: d3-zoom ends a wheel gesture 150 ms
 * after it, and the element keeps its canvas 250 ms more (REST_MS in ink-controller.ts).
 */
const REST_MS = 450;
let lastWheel = -Infinity;
window.addEventListener(
  'wheel',
  () => {
    lastWheel = performance.now();
  },
  { capture: true, passive: true },
);

const plot = () => el.shadowRoot?.querySelector('[part~="plot"]') ?? null;

/**
 * Resolves once the element rests: REST_MS after the last wheel event, its buttons back (the
 * plot not `.inking`), and its window, marks and height the same three frames running.
 */
async function atRest() {
  const t0 = performance.now();
  let last = '';
  let same = 0;
  while (performance.now() - t0 < 20_000) {
    await frames(1);
    const p = plot();
    const w = el.visibleRange;
    const state = `${w.startTime}|${w.endTime}|${p?.className}|${el.shadowRoot?.querySelectorAll('.event, .cluster').length}|${p?.getBoundingClientRect().height}`;
    same = state === last ? same + 1 : 0;
    last = state;
    if (p && !p.classList.contains('inking') && performance.now() - lastWheel >= REST_MS && same >= 3) break;
  }
  await el.updateComplete;
  await frames(2);
}

/** Titles by id, as the events give them. */
let titles = new Map();

window.legibility = {
  /**
   * Waits for the events (the built-in ones come in a chunk) and the fonts, then for rest;
   * gives the events' instants and lanes, and the font of the labels.
   */
  async ready() {
    await document.fonts.ready;
    for (let i = 0; i < 3600; i++) {
      const shown = el.shownEvents.length;
      if (shown > 0 && (n === 0 || shown === n) && el.shadowRoot?.querySelector('[part~="plot"] [data-id], [part~="cluster"]')) break;
      await frames(1);
    }
    await atRest();
    const events = el.shownEvents;
    titles = new Map(events.map((e) => [e.id, e.title]));
    const text = el.shadowRoot.querySelector('[part~="plot"] [data-id] .text');
    const style = text ? getComputedStyle(text) : getComputedStyle(el);
    return {
      spans: eventSpans(events, toInterval, lanesOf),
      font: { family: style.fontFamily, size: style.fontSize },
      width: plot().getBoundingClientRect().width,
    };
  },
  atRest,
  /** Where the wheel goes: the middle of the plot. */
  target() {
    const r = plot().getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  },
  /** A point for the mouse off the plot while a view is read, so no mark is hovered. */
  away() {
    const r = plot().getBoundingClientRect();
    return { x: 1, y: r.bottom + 12 < window.innerHeight ? Math.round(r.bottom + 12) : Math.max(0, Math.round(r.top - 12)) };
  },
  /** The view at rest: its window, the plot's height, and which events it shows legibly. */
  view() {
    const p = plot();
    const w = el.visibleRange;
    const labels = [];
    const unlabelled = new Set();
    const labelled = new Set();
    /** What shows of the marks drawn without a label (a span's bar, on the pills' line). */
    const bare = [];
    for (const mark of p.querySelectorAll('[data-id]')) {
      const id = mark.dataset.id;
      const label = mark.querySelector('[part~="label"]');
      const text = label?.querySelector('.text');
      if (!label || !text) {
        unlabelled.add(id);
        bare.push(shownBox(mark.querySelector('.point, .bar') ?? mark, p));
        continue;
      }
      labelled.add(id);
      const length = (titles.get(id) ?? text.textContent.trim()).length;
      const shown = labelShown(label, text, p, length);
      labels.push({ id, shown, ok: readable(shown, length), short: shown.chars < length });
    }
    const pills = [...el.shadowRoot.querySelectorAll('[part~="cluster"]')];
    const counts = pills.map((c) => Number(c.textContent.replace(/\D/g, '')));
    const pillBoxes = pills.map((c) => shownBox(c, p));
    const over = overlapping([...labels.map((l) => l.shown.box), ...pillBoxes]);
    const legible = new Set(labels.filter((l, i) => l.ok && !over.has(i)).map((l) => l.id));
    const scroller = el.shadowRoot.querySelector('.lanes');
    return {
      window: { start: w.startTime, end: w.endTime },
      height: Math.round(p.getBoundingClientRect().height),
      lanes: scroller ? { shown: scroller.clientHeight, content: scroller.scrollHeight } : null,
      legible: [...legible],
      labelled: labelled.size,
      unlabelled: [...unlabelled].filter((id) => !labelled.has(id)).length,
      labelsCutOff: labels.filter((l) => !l.shown.whole).length,
      labelsTooShort: labels.filter((l) => l.shown.whole && !l.ok).length,
      labelsShortened: labels.filter((l) => l.ok && l.short).length,
      labelsOverlapping: labels.filter((l, i) => over.has(i)).length,
      pills: counts.length,
      inPills: counts.reduce((a, b) => a + b, 0),
      pillsOfOne: counts.filter((c) => c === 1).length,
      pillsCrossed: pillBoxes.filter((b) => bare.some((m) => meet(b, m))).length,
    };
  },
};
