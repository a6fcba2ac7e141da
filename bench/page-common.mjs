// In-page half of the benchmark, shared by the three bench pages (sahel, vis, empty). Each
// page passes an adapter for its library; this module exposes `window.bench`, which
// bench/run.mjs drives through puppeteer.
/* global MessageChannel, NodeFilter, PerformanceObserver, PointerEvent, ShadowRoot, WheelEvent */
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
    /** The story view (#32): puts the focus on the slide's heading (true once it has it), and reads its title. */
    focusSlide: () => adapter.focusSlide?.() ?? false,
    slideTitle: () => adapter.slideTitle?.() ?? '',
    /** The map (#33): its repaints' times since last asked, and whether it has drawn its marks. */
    mapSpent: () => adapter.mapSpent?.() ?? [],
    mapReady: () => adapter.mapReady?.() ?? false,
    editReady: () => adapter.editReady?.() ?? false,
    dragFrom: () => adapter.dragFrom?.(),
    ghostShown: () => adapter.ghostShown?.() ?? false,
    armDrop: () => adapter.armDrop?.(),
    dropMs: () => adapter.dropMs?.(),
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
    inPageGesture: (deltas, gapMs) => inPageGesture(adapter, deltas, gapMs),
  };
}

/** The innermost element at a point, inside shadow roots too (where a reader's wheel lands). */
function deepElementAt(x, y) {
  let target = document.elementFromPoint(x, y);
  while (target?.shadowRoot) {
    const inner = target.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === target) break;
    target = inner;
  }
  return target;
}

/**
 * A mouse pointer comes over the point, as before any wheel a reader turns: `pointerover`,
 * `pointerenter` on the element under it and each of its ancestors, then `pointermove`.
 */
function pointerArrives(x, y) {
  const target = deepElementAt(x, y);
  const init = { clientX: x, clientY: y, pointerType: 'mouse', pointerId: 1, isPrimary: true, composed: true, view: window };
  target.dispatchEvent(new PointerEvent('pointerover', { ...init, bubbles: true }));
  for (let el = target; el; el = el.parentNode instanceof ShadowRoot ? el.parentNode.host : el.parentElement) el.dispatchEvent(new PointerEvent('pointerenter', init));
  target.dispatchEvent(new PointerEvent('pointermove', { ...init, bubbles: true }));
}

/**
 * The reader's gesture timed inside the page, the same way in every engine (bench/engines.mjs;
 * no engine's tracing is needed): the pointer comes over the plot's middle, then one ctrl +
 * wheel notch per entry of `deltas` is dispatched on the element under it, `gapMs` apart. A
 * step's work is the event's handling (with the microtasks it sets off) plus the frame it
 * draws: from the start of the next frame's animation callbacks (a callback asked for before
 * the notch runs first) to a message posted there, which runs once the frame's callbacks,
 * style, layout and paint are done. Work deferred past that frame (a timer, an idle callback,
 * a worker) is not in it, which the trace's figure in Chromium measures beside it.
 */
async function inPageGesture(adapter, deltas, gapMs) {
  const r = adapter.plotRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const steps = [];
  pointerArrives(x, y);
  for (const deltaY of deltas) {
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    const target = deepElementAt(x, y);
    const before = adapter.readWindow();
    let frameStart = 0;
    const painted = new Promise((resolve) => {
      requestAnimationFrame(() => {
        frameStart = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve(performance.now());
        };
        channel.port2.postMessage(null);
      });
    });
    const t0 = performance.now();
    target.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, view: window }));
    // The event's handling ends with the microtasks it set off (a Lit update).
    await Promise.resolve().then(() => Promise.resolve());
    const handled = performance.now() - t0;
    // The frame's animation callbacks end with the last one asked for: this one.
    let callbacksEnd = 0;
    requestAnimationFrame(() => {
      callbacksEnd = performance.now();
    });
    const end = await painted;
    const after = adapter.readWindow();
    const span = (w) => (w ? w.end - w.start : null);
    steps.push({
      handled,
      callbacks: callbacksEnd - frameStart,
      rendering: end - callbacksEnd,
      work: handled + end - frameStart,
      span: span(after),
      spanBefore: span(before),
    });
  }
  return steps;
}
