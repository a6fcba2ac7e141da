// Bench page with no timeline: the harness's own floor. The same wheel probe, and a plain
// div where a plot would be with a non-passive wheel listener that cancels the event (as
// both libraries' listeners do), so the input takes the same path through the browser.
import { ELEMENT } from './data.mjs';
import { installHarness } from './page-common.mjs';

const plot = document.getElementById('plot');
plot.style.width = `${ELEMENT.width}px`;
plot.style.height = `${ELEMENT.height}px`;
plot.addEventListener(
  'wheel',
  (e) => {
    e.preventDefault();
  },
  { passive: false },
);

installHarness({
  name: 'empty',
  mount() {
    // Nothing to mount: this page has no timeline.
  },
  zoomTo: () => Promise.resolve(),
  readWindow: () => null,
  plotRect: () => plot.getBoundingClientRect(),
  renderedCount: () => 0,
});
