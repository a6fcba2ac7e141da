// Bench page adapter for vis-timeline, from its standalone ESM build (vis-data inlined).
import { Timeline } from '/node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
import { ELEMENT, toVisItems } from './data.mjs';
import { installHarness } from './page-common.mjs';

const container = document.getElementById('vis');
container.style.width = `${ELEMENT.width}px`;
/** @type {Timeline | undefined} */
let timeline;

/**
 * vis-timeline's defaults, except: ctrl + wheel zooms (as in <sahel-timeline>, so both get
 * the same input), and the element's size, so both draw the same area.
 */
const options = { zoomKey: 'ctrlKey', height: `${ELEMENT.height}px` };

installHarness({
  name: 'vis-timeline',
  prepare: toVisItems,
  mount(items) {
    timeline = new Timeline(container, items, options);
  },
  async zoomTo({ start, end }) {
    timeline?.setWindow(start, end, { animation: false });
    await Promise.resolve();
  },
  readWindow() {
    if (!timeline) return null;
    const w = timeline.getWindow();
    return { start: +w.start, end: +w.end };
  },
  plotRect: () => (container.querySelector('.vis-panel.vis-center') ?? container).getBoundingClientRect(),
  box: () => (container.querySelector('.vis-timeline') ?? container).getBoundingClientRect(),
  // Each box item is drawn as three .vis-item elements (box, line, dot): count the items.
  renderedCount: () => container.querySelectorAll('.vis-item:not(.vis-line):not(.vis-dot)').length,
});
