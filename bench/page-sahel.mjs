// Bench page adapter for <sahel-timeline>, loaded from the standalone bundle by page.html.
/* global customElements, URLSearchParams, location */
import { ELEMENT, mulberry32 } from './data.mjs';
import { installHarness } from './page-common.mjs';

/** The element's height outside its plot (toolbar, axis, legend) once it shows events. */
const CHROME_HEIGHT = 80;

await customElements.whenDefined('sahel-timeline');
const el = document.querySelector('sahel-timeline');
// 1200 × 600 with events: the plot takes the height the rest of the element leaves.
el.style.width = `${ELEMENT.width}px`;
el.style.setProperty('--sahel-timeline-height', `${ELEMENT.height - CHROME_HEIGHT}px`);
// Start empty (not the built-in Sahel dataset), laid out at full width, before any timing.
el.events = [];
await el.updateComplete;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// ?lanes=20: the events in that many lanes (#14's row), by a page's function, as a newsroom
// would group by desk.
const lanes = Number(new URLSearchParams(location.search).get('lanes') ?? 0);
if (lanes > 0) el.groupBy = (e) => `Desk ${String(Number(e.id.slice(1)) % lanes)}`;

// ?mode=story: the story view (#32), its slide kept short so that the plot stays in the viewport.
const story = new URLSearchParams(location.search).get('mode') === 'story';
if (story) {
  el.mode = 'story';
  el.style.setProperty('--sahel-timeline-slide-height', '160px');
}
// ?orientation=vertical: time down the plot (#32), as tall as the page allows it (80vh).
const vertical = new URLSearchParams(location.search).get('orientation') === 'vertical';
if (vertical) el.orientation = 'vertical';
const slideHeading = () => el.shadowRoot.querySelector('[part~="story"] h2');

// ?places=1: every event at one of a pool of places (#33), a tenth as many as the events, as
// an ACLED export repeats its towns; ?map=1 as well, a <sahel-timeline-map> that follows the
// timeline, over the top right of the page (the wheel's point, the plot's middle, stays clear).
const params = new URLSearchParams(location.search);
const withMap = params.has('map');
const withPlaces = withMap || params.has('places');
/** The places' pool, seeded: lon -17 to 25, lat 4 to 25 (the Sahel and around it). */
function placed(events) {
  const random = mulberry32(33 + events.length);
  const pool = Array.from({ length: Math.max(1, Math.round(events.length / 10)) }, (_, i) => ({
    name: `Place ${String(i)}`,
    lon: Math.round((-17 + random() * 42) * 1e4) / 1e4,
    lat: Math.round((4 + random() * 21) * 1e4) / 1e4,
    precision: 'town',
  }));
  return events.map((e) => ({ ...e, place: pool[Math.floor(random() * pool.length)] }));
}
let map;
if (withMap) {
  await import('/dist/sahel-timeline-map.bundle.js');
  el.id = 'bench-timeline';
  map = document.createElement('sahel-timeline-map');
  map.setAttribute('for', 'bench-timeline');
  Object.assign(map.style, { position: 'fixed', top: '0', right: '0', width: '420px' });
  map.style.setProperty('--sahel-timeline-map-height', '320px');
  document.body.append(map);
  // The map's own work for each window the timeline shows it (its repaint), timed around the
  // one method that does it.
  const proto = customElements.get('sahel-timeline-map').prototype;
  const repaint = proto.moveWindow;
  proto.moveWindow = function (...args) {
    const t0 = performance.now();
    repaint.apply(this, args);
    mapSpent.push(performance.now() - t0);
  };
}
const mapSpent = [];
// ?editable=1: the reader may edit (#34); the drop's time is read from the release to the
// second frame after the edited array is drawn.
const editing = params.has('editable');
if (editing) el.editable = true;
let released = 0;
let dropped;
el.addEventListener('pointerup', () => { released = performance.now(); }, true);
el.addEventListener('sahel-change', () => {
  void el.updateComplete.then(() => frame()).then(() => frame()).then(() => { dropped = performance.now() - released; });
});

installHarness({
  ...(withPlaces && { prepare: placed }),
  name: withMap ? 'sahel-timeline with a map' : withPlaces ? 'sahel-timeline, events with places' : lanes > 0 ? `sahel-timeline, ${lanes} lanes` : story ? 'sahel-timeline, story view' : vertical ? 'sahel-timeline, vertical' : 'sahel-timeline',
  mount(events) {
    el.events = events;
  },
  async zoomTo({ start, end }) {
    el.zoomTo(start, end);
    // zoomTo glides (450 ms) unless the reader prefers reduced motion: wait for it to land.
    const target = [Date.parse(start), Date.parse(end)];
    for (let i = 0; i < 120; i++) {
      await frame();
      const w = el.visibleRange;
      if (Math.abs(+w.start - target[0]) < 60_000 && Math.abs(+w.end - target[1]) < 60_000) break;
    }
    await el.updateComplete;
  },
  readWindow() {
    const w = el.visibleRange;
    return { start: +w.start, end: +w.end };
  },
  plotRect: () => el.shadowRoot.querySelector('.plot').getBoundingClientRect(),
  box: () => el.getBoundingClientRect(),
  async fitBox() {
    // If the element's chrome is not CHROME_HEIGHT tall, give the difference to the plot.
    const off = ELEMENT.height - el.getBoundingClientRect().height;
    if (Math.abs(off) < 1) return;
    const plot = parseFloat(el.style.getPropertyValue('--sahel-timeline-height'));
    el.style.setProperty('--sahel-timeline-height', `${plot + off}px`);
    await el.updateComplete;
    await frame();
    await frame();
  },
  renderedCount: () => el.shadowRoot.querySelectorAll('.event, .cluster').length,
  focusSearch: () => el.shadowRoot.querySelector('input[type="search"]').focus(),
  focusSlide: () => {
    slideHeading()?.focus();
    return el.shadowRoot.activeElement === slideHeading();
  },
  slideTitle: () => slideHeading()?.textContent ?? '',
  /** The map's repaints so far (ms each), and how many places it marks; resets the list. */
  mapSpent: () => mapSpent.splice(0),
  mapReady: () => (map?.shadowRoot?.querySelectorAll('[part~="mark"]').length ?? 0) > 0,
  /** Whether the editor has come (its bar drawn). */
  editReady: () => el.shadowRoot.querySelector('[part~="edit-bar"]') !== null,
  /** Where to press to drag an event: the glyph of one drawn in the plot's left half, in page pixels. */
  dragFrom: () => {
    const plot = el.shadowRoot.querySelector('.plot').getBoundingClientRect();
    for (const glyph of el.shadowRoot.querySelectorAll('.event:not(:has(.bar)) .glyph')) {
      const r = glyph.getBoundingClientRect();
      if (r.left > plot.left + 40 && r.right < plot.left + plot.width / 2) return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    }
    return undefined;
  },
  ghostShown: () => el.shadowRoot.querySelector('.edit-ghost') !== null,
  armDrop: () => { dropped = undefined; },
  dropMs: () => dropped,
});
