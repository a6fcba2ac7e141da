// Bench page adapter for <sahel-timeline>, loaded from the standalone bundle by page.html.
/* global customElements, URLSearchParams, location */
import { ELEMENT } from './data.mjs';
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

installHarness({
  name: lanes > 0 ? `sahel-timeline, ${lanes} lanes` : story ? 'sahel-timeline, story view' : vertical ? 'sahel-timeline, vertical' : 'sahel-timeline',
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
});
