// In-page half of the benchmark, shared by the three bench pages (sahel, vis, empty). Each
// page passes an adapter for its library; this module exposes `window.bench`, which
// bench/run.mjs drives through puppeteer.
/* global MessageChannel, NodeFilter, PerformanceObserver */
import { fingerprint, generateEvents } from './data.mjs';

/**
 * @typedef {object} Adapter
 * @property {string} name
 * @property {(events: object[]) => object[]} [prepare]  Converts the data to the library's format (not timed).
 * @property {(data: object[]) => void} mount  Hands the (prepared) data to the library, synchronously.
 * @property {(window: { start: string, end: string }) => Promise<void>} zoomTo  Shows a window, at once.
 * @property {() => { start: number, end: number } | null} readWindow  The visible window, UTC ms.
 * @property {() => DOMRect} plotRect  The area the wheel is sent to.
 * @property {() => number} renderedCount  How many marks (events or clusters) are drawn.
 * @property {() => DOMRect} [box]  The component's own box (the element, or vis-timeline's root).
 * @property {() => Promise<void>} [fitBox]  After mounting, brings the component to ELEMENT (data.mjs) if it is not.
 */

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Counts every node of the document, inside shadow roots too. */
function countNodes() {
  let nodes = 0;
  let elements = 0;
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      nodes++;
      if (n.nodeType === 1) {
        elements++;
        if (n.shadowRoot) walk(n.shadowRoot);
      }
    }
  };
  walk(document);
  return { nodes, elements };
}

/**
 * Installs `window.bench` for an adapter.
 * @param {Adapter} adapter
 */
export function installHarness(adapter) {
  /** @type {object[] | null} The dataset, held only until it is mounted. */
  let data = null;
  /** One record per wheel event: when it arrived, the next two frames, and the window after. */
  const steps = [];
  const waiters = new Map();

  // The wheel probe: capture phase on window, so it runs before any library's own listener,
  // and passive, so it never delays the event. It times the event to the second frame after it.
  window.addEventListener(
    'wheel',
    (e) => {
      const rec = { index: steps.length, t0: performance.now(), deltaY: e.deltaY, ctrl: e.ctrlKey, before: adapter.readWindow() };
      steps.push(rec);
      requestAnimationFrame(() => {
        rec.frame1 = performance.now() - rec.t0;
        requestAnimationFrame(() => {
          rec.ms = performance.now() - rec.t0;
          rec.after = adapter.readWindow();
          waiters.get(rec.index)?.(rec);
          waiters.delete(rec.index);
        });
      });
    },
    { capture: true, passive: true },
  );

  /** The keystroke armSearch() waits for. */
  let searchKey = Promise.resolve(0);
  window.bench = {
    name: adapter.name,
    /** Generates the dataset in the page and converts it for the library (not timed). */
    generate(n) {
      const events = generateEvents(n);
      data = adapter.prepare ? adapter.prepare(events) : events;
      return { n: events.length, fingerprint: fingerprint(events) };
    },
    /**
     * Times handing the data to the library, up to the second animation frame after its marks
     * first show. A library that reads its data over several frames (in chunks, in a worker)
     * is timed until it has drawn, not only to the second frame after the hand-over.
     */
    async mount() {
      const events = data;
      data = null;
      const expectMarks = events !== null && events.length > 0;
      // Tasks of 50 ms or more while the data is read and drawn (the Long Tasks API's
      // threshold): the page must stay responsive while a million events are read.
      let longestTask = 0;
      const longTasks = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
      });
      longTasks.observe({ type: 'longtask' });
      const t0 = performance.now();
      adapter.mount(events ?? []);
      const sync = performance.now() - t0;
      let frames = 0;
      do {
        await frame();
        frames++;
      } while (expectMarks && adapter.renderedCount() === 0 && performance.now() - t0 < 120_000);
      const frame1 = performance.now() - t0;
      await frame();
      const ms = performance.now() - t0;
      for (const e of longTasks.takeRecords()) longestTask = Math.max(longestTask, e.duration);
      longTasks.disconnect();
      return { ms, sync, frame1, frames: frames + 1, longestTask, rendered: adapter.renderedCount(), window: adapter.readWindow() };
    },
    /** Brings the component to its bench size if mounting changed it; returns its box. */
    async fitBox() {
      await adapter.fitBox?.();
      const r = (adapter.box ?? adapter.plotRect)();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    },
    /** Shows a window (at once, no glide) and waits for it to be drawn. */
    async zoomTo(window) {
      await adapter.zoomTo(window);
      await frame();
      await frame();
      return { rendered: adapter.renderedCount(), window: adapter.readWindow() };
    },
    /** The point the wheel is sent to: the middle of the plot, in viewport pixels. */
    target() {
      const r = adapter.plotRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2), width: r.width, height: r.height };
    },
    /** How many wheel events have arrived so far. */
    stepCount: () => steps.length,
    /** Resolves with the record of wheel event `index` once its second frame has run. */
    waitStep(index) {
      const rec = steps[index];
      if (rec?.ms !== undefined) return Promise.resolve(rec);
      return new Promise((resolve) => waiters.set(index, resolve));
    },
    countNodes,
    /** Puts the focus in the library's search box. */
    focusSearch: () => adapter.focusSearch?.(),
    /**
     * Listens for the next keydown; searchDone() then gives the ms from it to the end of the
     * work it set off: the task that handles the key and its input event, the update it
     * schedules, and a frame if one came in between (a message posted at the keydown runs
     * after all of that).
     */
    armSearch() {
      searchKey = new Promise((resolve) => {
        document.addEventListener(
          'keydown',
          () => {
            const t0 = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              channel.port1.close();
              resolve(performance.now() - t0);
            };
            channel.port2.postMessage(null);
          },
          { capture: true, once: true },
        );
      });
    },
    searchDone: () => searchKey,
    renderedCount: () => adapter.renderedCount(),
    readWindow: () => adapter.readWindow(),
  };
}
