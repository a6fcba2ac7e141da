// Bench page adapter for <sahel-timeline>, loaded from the standalone bundle by page.html.
/* global customElements */
import { installHarness } from './page-common.mjs';

await customElements.whenDefined('sahel-timeline');
const el = document.querySelector('sahel-timeline');
// Start empty (not the built-in Sahel dataset), laid out at full width, before any timing.
el.events = [];
await el.updateComplete;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

installHarness({
  name: 'sahel-timeline',
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
  renderedCount: () => el.shadowRoot.querySelectorAll('.event, .cluster').length,
});
