/**
 * The axis and marks drawn on a canvas while the reader zooms or pans with the wheel, a drag or a
 * pinch. Every notch labels other events (packing picks anew as the scale changes), and
 * building their buttons, then styling, laying out and painting them, was most of a step's
 * work. During such a gesture the buttons stay as they were, hidden, and this painter draws
 * what they would show; when the gesture ends the buttons are brought up to date and shown
 * again, so the DOM stays what keyboards, screen readers, hit-testing, `::part` styles and
 * forced colours use. Each step is the view's scene (scene.ts, which the pictures of the view
 * draw too) painted by scene-canvas.ts: this module knows nothing of layout.
 *
 * The drawing is recorded (ink-ops.ts) and painted by the page's ink worker (ink-worker.ts),
 * which holds the plot's canvas and the toolbar range's: a step then changes nothing in the
 * page's DOM, and its main thread runs no frame of style, layout or paint. Until the worker
 * has started, and where none can run, the page replays the recording on its own canvases.
 */
import { buildScene } from './build-scene.js';
import type { CategoryTable } from './glyphs.js';
import { InkRecorder, replay, type InkList } from './ink-ops.js';
import type { FromInkWorker, ToInkWorker } from './ink-worker.js';
import { readSceneStyle } from './plot-colours.js';
import type { Scene, SceneStyle, SceneView } from './scene.js';
import { paintScene } from './scene-canvas.js';
import { SceneWriter } from './scene-writer.js';
import { CanvasMeasure } from './text-measure.js';
import { trustedScriptUrl } from '../trusted-types.js';

export { inkStyles } from '../styles/ink.js';

/** A canvas's pixels, as getImageData gives them. */
export interface InkPixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** Where a painter's recorded drawing goes: a worker's hold of the canvas, or the canvas itself. */
interface InkSink {
  /** Draws `list` on the canvas, sized `width` × `height` device pixels; `shown` once it is on screen. */
  draw(list: InkList, width: number, height: number, shown?: () => void): void;
  pixels(): Promise<InkPixels | null>;
}

/** Draws on the page's canvas, at once (where no worker may paint). */
class CanvasSink implements InkSink {
  /** The canvas's context, once drawn on (a canvas with a context can no longer be handed to a worker). */
  private g: CanvasRenderingContext2D | null | undefined;
  private readonly paths = new Map<string, Path2D>();

  constructor(readonly canvas: HTMLCanvasElement) {}

  /** Whether the canvas has been drawn on. */
  get used(): boolean {
    return this.g !== undefined;
  }

  draw(list: InkList, width: number, height: number, shown?: () => void): void {
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.g ??= this.canvas.getContext('2d');
    if (this.g) replay(list.ops, list.texts, this.g, this.paths);
    shown?.();
  }

  pixels(): Promise<InkPixels | null> {
    const { width, height } = this.canvas;
    return Promise.resolve(this.g && width > 0 && height > 0 ? this.g.getImageData(0, 0, width, height) : null);
  }
}

/** The page's one ink worker: null where none may run (see `inkWorker`). */
let worker: Promise<Worker | null> | undefined;
/** The worker failed after it had started: painters take their canvases back (see `InkPainter.draw`). */
let workerLost = false;
let nextId = 1;
let nextAsk = 1;
const waiting = new Map<number, (pixels: InkPixels | null) => void>();
const acks = new Map<number, () => void>();
/** A removed timeline's canvas (and its painter's texts) are let go in the worker too. */
const drops = new FinalizationRegistry<number>((id) => {
  void worker?.then((w) => w?.postMessage({ kind: 'drop', id } satisfies ToInkWorker));
});

/**
 * Starts the worker beside this chunk, once per page. Null where it cannot run: a bundle
 * served from another origin (workers are same-origin), a Content-Security-Policy refusing
 * it, a Trusted Types page that leaves our policy out, or a bundler that did not copy the
 * file; the page's own canvas is painted then, as before.
 */
function inkWorker(): Promise<Worker | null> {
  worker ??= new Promise<Worker | null>((resolve) => {
    let w: Worker;
    try {
      const url = new URL('./ink-worker.js', import.meta.url);
      const script = trustedScriptUrl(url.href);
      if (script === null) {
        resolve(null);
        return;
      }
      w = new Worker(script, { type: 'module', name: 'sahel-timeline ink' });
    } catch {
      resolve(null);
      return;
    }
    const fail = () => {
      clearTimeout(timer);
      w.terminate();
      resolve(null);
    };
    // A worker that has not said it is ready in this long is not used (its canvas stays ours).
    const timer = setTimeout(fail, 5000);
    w.addEventListener('error', fail, { once: true });
    w.addEventListener('message', (event: MessageEvent<FromInkWorker>) => {
      const message = event.data;
      if (message.kind === 'ready') {
        clearTimeout(timer);
        w.removeEventListener('error', fail);
        w.addEventListener('error', () => { lose(w); }, { once: true });
        resolve(w);
      } else if (message.kind === 'shown') {
        acks.get(message.ack)?.();
        acks.delete(message.ack);
      } else {
        const { width, height, data } = message;
        waiting.get(message.ask)?.(data ? { width, height, data } : null);
        waiting.delete(message.ask);
      }
    });
  });
  return worker;
}

/**
 * A worker that failed after it had started (an error it did not catch, the browser ending
 * it) is let go: no painter sends it another drawing, a drawing waiting for it counts as on
 * screen (so that a gesture shows the page's canvas from its next step), and no later
 * timeline starts another.
 */
function lose(w: Worker): void {
  w.terminate();
  workerLost = true;
  worker = Promise.resolve(null);
  const shown = [...acks.values()];
  acks.clear();
  for (const done of shown) done();
  for (const answer of waiting.values()) answer(null);
  waiting.clear();
}

/**
 * A canvas the worker held, back on the page: a transferred canvas can never be drawn on from
 * the page again, so a copy of the element takes its place.
 */
function takeBack(sink: WorkerSink): CanvasSink {
  const fresh = sink.canvas.cloneNode(false) as HTMLCanvasElement;
  sink.canvas.replaceWith(fresh);
  return new CanvasSink(fresh);
}

/**
 * How much of a painter's table of texts the worker has: the table's id there, which of the
 * recorder's tables it copies, and how many of its texts it has been sent. Shared by the
 * painter's two sinks (plot and range), which draw from one recorder.
 */
interface SentTexts {
  readonly id: number;
  table: number;
  count: number;
}

/** Sends the drawing to the worker that holds the canvas. */
class WorkerSink implements InkSink {
  constructor(
    private readonly worker: Worker,
    private readonly id: number,
    readonly canvas: HTMLCanvasElement,
    private readonly sent: SentTexts,
  ) {}

  draw(list: InkList, width: number, height: number, shown?: () => void): void {
    let ack: number | undefined;
    if (shown) {
      ack = nextAsk++;
      acks.set(ack, shown);
    }
    // Only the texts the worker has not had; all of a new table.
    const sent = this.sent;
    const restart = sent.table !== list.table;
    const texts = list.texts.slice(restart ? 0 : sent.count);
    sent.table = list.table;
    sent.count = list.texts.length;
    const { ops } = list;
    this.worker.postMessage(
      { kind: 'draw', id: this.id, width, height, ops, texts: { id: sent.id, restart, add: texts }, ...(ack !== undefined && { ack }) } satisfies ToInkWorker,
      [ops.buffer],
    );
  }

  pixels(): Promise<InkPixels | null> {
    const ask = nextAsk++;
    return new Promise((resolve) => {
      waiting.set(ask, resolve);
      this.worker.postMessage({ kind: 'pixels', id: this.id, ask } satisfies ToInkWorker);
    });
  }
}

/** The families of a CSS `font-family` list, unquoted and in lower case. */
function families(list: string): string[] {
  return list.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase());
}

/**
 * Whether the plot's font is one of the page's web fonts: a worker has only the system's,
 * so the page's own canvas, which has them, is painted instead.
 */
function usesWebFont(fontFamily: string): boolean {
  const wanted = new Set(families(fontFamily));
  for (const face of document.fonts) if (wanted.has(families(face.family)[0] ?? '')) return true;
  return false;
}

/**
 * A painter for `canvas` (the plot's) and `rangeCanvas` (the toolbar range's): drawing in
 * the page's ink worker when one can run (the canvases are then handed to it for good), else
 * on the canvases themselves.
 */
export function createPainter(canvas: HTMLCanvasElement, rangeCanvas: HTMLCanvasElement | null, fontFamily: string): InkPainter {
  const painter = new InkPainter(canvas, rangeCanvas);
  // The page paints until the worker has started (a gesture may come first); the worker
  // takes the canvases as soon as it has, or from the next step when the page has drawn.
  if (typeof canvas.transferControlToOffscreen === 'function' && !usesWebFont(fontFamily)) {
    void inkWorker().then((w) => {
      if (w) painter.workerReady(w);
    });
  }
  return painter;
}

/**
 * Hands the sink's canvas to the worker for good, or, when the page has drawn on it (it can
 * no longer be handed over), a copy laid over it, to which the old one is pushed in
 * `retired` to go once the worker's first drawing is on screen. Its id is let go in the
 * worker once the canvas is collected.
 */
function handOver(w: Worker, sink: CanvasSink, retired: HTMLCanvasElement[], sent: SentTexts): WorkerSink {
  let canvas = sink.canvas;
  if (sink.used) {
    const fresh = canvas.cloneNode(false) as HTMLCanvasElement;
    canvas.after(fresh);
    retired.push(canvas);
    canvas = fresh;
  }
  const id = nextId++;
  const offscreen = canvas.transferControlToOffscreen();
  w.postMessage({ kind: 'canvas', id, canvas: offscreen } satisfies ToInkWorker, [offscreen]);
  drops.register(canvas, id);
  return new WorkerSink(w, id, canvas, sent);
}

/** A text whose first strong letter is of a right-to-left script (Hebrew, Arabic, Syriac, Thaana…). */
const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
// Compiled now, as the chunk loads while the page is idle: its letter class takes milliseconds
// to build, which a gesture's first step would otherwise pay.
RTL_FIRST.test('a');

/** Where the toolbar's range is drawn during a gesture, as its text lies (see styles/toolbar.ts). */
interface RangeLook {
  /** The canvas's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly font: string;
  readonly colour: string;
  /** The text's baseline, from the canvas's top. */
  readonly baseline: number;
  readonly rtl: boolean;
}

/**
 * The range's canvas: as tall as its line, and as wide as the room the toolbar leaves it
 * (from the control before it, on the same line, to its own end), so that a longer range
 * than the one the gesture started from still fits. Its text is drawn at its end, where the
 * text's own end is.
 */
function rangeLook(span: HTMLElement): RangeLook | undefined {
  const box = span.getBoundingClientRect();
  const baseline = span.querySelector('.baseline')?.getBoundingClientRect().top;
  const toolbar = span.parentElement;
  if (!toolbar || baseline === undefined || box.height <= 0) return undefined;
  const css = getComputedStyle(span);
  const bar = getComputedStyle(toolbar);
  const rtl = css.direction === 'rtl';
  const before = span.previousElementSibling?.getBoundingClientRect();
  // On the same line when the range's middle is within the control's height (lines of a
  // wrapped toolbar may touch).
  const middle = box.top + box.height / 2;
  const sameLine = before !== undefined && before.top < middle && before.bottom > middle;
  const gap = parseFloat(bar.columnGap) || 0;
  const outer = toolbar.getBoundingClientRect();
  const width = rtl
    ? (sameLine ? before.left - gap : outer.right - (parseFloat(bar.paddingRight) || 0)) - box.left
    : box.right - (sameLine ? before.right + gap : outer.left + (parseFloat(bar.paddingLeft) || 0));
  return { width: Math.max(box.width, width), height: box.height, font: `${css.fontStyle} ${css.fontWeight} ${css.fontSize} ${css.fontFamily}`, colour: css.color, baseline: baseline - box.top, rtl };
}

export class InkPainter {
  /** The plot's colours and font, read as a gesture starts. */
  private style: SceneStyle | undefined;
  /** Texts measured in the plot's font (kept from one gesture to the next while the font is the same). */
  private measure: CanvasMeasure | undefined;
  /** The scene of each step, its items reused by the next. */
  private readonly writer = new SceneWriter();
  private lastScene: Scene | undefined;
  private readonly recorder = new InkRecorder();
  private size = { width: 0, height: 0, ratio: 1 };
  private rangeLook: RangeLook | undefined;
  /** The range last drawn on its canvas. */
  private rangeDrawn = '';
  private sink: CanvasSink | WorkerSink;
  private rangeSink: CanvasSink | WorkerSink | null;
  /** The page's ink worker once it has started: the next step hands it the canvases. */
  worker: Worker | undefined;
  /** The page's canvases the worker's replaced, until its first drawing is on screen. */
  private retired: HTMLCanvasElement[] = [];

  /** @internal Use `createPainter`. */
  constructor(canvas: HTMLCanvasElement, rangeCanvas: HTMLCanvasElement | null) {
    this.sink = new CanvasSink(canvas);
    this.rangeSink = rangeCanvas && new CanvasSink(rangeCanvas);
  }

  /**
   * @internal The page's worker has started: it takes the canvases at once when the page has
   * not drawn on them (so that a reader's first gesture finds them handed over), else at the
   * next step.
   */
  workerReady(w: Worker): void {
    this.worker = w;
    if (this.sink instanceof CanvasSink && !this.sink.used && !(this.rangeSink instanceof CanvasSink && this.rangeSink.used)) this.giveCanvases();
  }

  /** Hands the canvases to the worker, when it has started and does not hold them yet. */
  private giveCanvases(): void {
    if (!this.worker || workerLost || !(this.sink instanceof CanvasSink)) return;
    // The worker's copy of the recorder's texts, let go there with this painter.
    const sent: SentTexts = { id: nextId++, table: -1, count: 0 };
    drops.register(this, sent.id);
    this.sink = handOver(this.worker, this.sink, this.retired, sent);
    if (this.rangeSink instanceof CanvasSink) this.rangeSink = handOver(this.worker, this.rangeSink, this.retired, sent);
    this.rangeDrawn = '';
  }

  /** Whether a worker paints the canvases (else the page's main thread does). */
  get inWorker(): boolean {
    return this.sink instanceof WorkerSink;
  }

  /**
   * Sizes the canvas to the plot (in device pixels) and reads the plot's colours and font:
   * called as a gesture starts, so that a page's theme is whatever it is at that moment.
   */
  begin(plot: HTMLElement, looks: CategoryTable, range: HTMLElement | null): void {
    const width = plot.clientWidth;
    const height = plot.clientHeight;
    const ratio = Math.max(1, window.devicePixelRatio || 1);
    this.size = { width: Math.round(width * ratio), height: Math.round(height * ratio), ratio };
    this.sink.canvas.style.setProperty('width', `${width}px`);
    this.sink.canvas.style.setProperty('height', `${height}px`);
    this.style = readSceneStyle(plot, looks);
    if (this.measure?.family !== this.style.font) this.measure = new CanvasMeasure(this.style.font);
    this.rangeLook = range && this.rangeSink ? rangeLook(range) : undefined;
    this.rangeDrawn = '';
    if (this.rangeLook && this.rangeSink) {
      this.rangeSink.canvas.style.setProperty('width', `${this.rangeLook.width}px`);
      this.rangeSink.canvas.style.setProperty('height', `${this.rangeLook.height}px`);
    }
  }

  /** Draws the toolbar's range on its canvas, when it changed. */
  private drawRange(text: string): void {
    const look = this.rangeLook;
    if (!look || !this.rangeSink || text === this.rangeDrawn) return;
    this.rangeDrawn = text;
    const ratio = this.size.ratio;
    const g = this.recorder;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.font = look.font;
    g.fillStyle = look.colour;
    g.textBaseline = 'alphabetic';
    g.textAlign = look.rtl ? 'left' : 'right';
    // As the span's `unicode-bidi: plaintext` sets it: from the text's first strong letter.
    g.direction = RTL_FIRST.test(text) ? 'rtl' : 'ltr';
    // A range longer than the room the toolbar leaves is condensed to fit, never cut: a cut
    // range would read as another one. The buttons' range, after the gesture, wraps instead.
    g.fillText(text, look.rtl ? 0 : look.width, look.baseline, look.width);
    this.rangeSink.draw(g.reset(), Math.round(look.width * ratio), Math.round(look.height * ratio));
  }

  /** What the plot's canvas, or the range's, shows (for tests: a worker's canvas cannot be read from the page). */
  pixels(which: 'plot' | 'range' = 'plot'): Promise<InkPixels | null> {
    return (which === 'plot' ? this.sink : this.rangeSink)?.pixels() ?? Promise.resolve(null);
  }

  /** The scene last drawn (tests compare it with the export's). @internal */
  get scene(): Scene | undefined {
    return this.lastScene;
  }

  /**
   * Draws the scene of `view` (build-scene.ts) on the plot's canvas, and the toolbar's `range` on its
   * own. `shown` is called once the drawing is on screen.
   */
  draw(view: SceneView, range: string, shown?: () => void): void {
    const g = this.recorder;
    const { style, measure } = this;
    if (!style || !measure) return;
    if (workerLost && this.sink instanceof WorkerSink) {
      this.worker = undefined;
      this.sink = takeBack(this.sink);
      if (this.rangeSink instanceof WorkerSink) this.rangeSink = takeBack(this.rangeSink);
      this.rangeDrawn = '';
    }
    this.giveCanvases();
    const retired = this.retired;
    this.retired = [];
    const onScreen = retired.length === 0 ? shown : () => {
      for (const c of retired) c.remove();
      shown?.();
    };
    // First, so that the range is on its canvas when the plot's drawing says it is shown.
    this.drawRange(range);
    const { width, height, ratio } = this.size;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.lastScene = buildScene(view, style, measure, this.writer);
    paintScene(g, this.lastScene);
    this.sink.draw(g.reset(), width, height, onScreen);
  }
}
