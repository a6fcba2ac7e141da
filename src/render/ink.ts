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
 * has started, and where none can run, the page replays the recording on its own canvases
 * (ink-hand-over.ts).
 */
import { buildScene } from './build-scene.js';
import { buildVerticalScene } from './vertical-scene.js';
import type { CategoryTable } from './glyphs.js';
import {
  CanvasSink, handOver, inkWorker, sentTexts, takeBack, usesWebFont, workerLost, WorkerSink, type InkPixels,
} from './ink-hand-over.js';
import { InkRecorder } from './ink-ops.js';
import { readSceneStyle } from './plot-colours.js';
import type { Scene, SceneStyle, SceneView } from './scene.js';
import { paintScene } from './scene-canvas.js';
import { SceneWriter } from './scene-writer.js';
import { CanvasMeasure } from './text-measure.js';

export { inkStyles } from '../styles/ink.js';

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
  return {
    width: Math.max(box.width, width),
    height: box.height,
    font: `${css.fontStyle} ${css.fontWeight} ${css.fontSize} ${css.fontFamily}`,
    colour: css.color,
    baseline: baseline - box.top,
    rtl,
  };
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
    if (!this.worker || workerLost() || !(this.sink instanceof CanvasSink)) return;
    // The worker's copy of the recorder's texts.
    const sent = sentTexts(this);
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
    if (workerLost() && this.sink instanceof WorkerSink) {
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
    this.lastScene = view.vertical ? buildVerticalScene(view, view.vertical, style, measure, this.writer) : buildScene(view, style, measure, this.writer);
    paintScene(g, this.lastScene);
    this.sink.draw(g.reset(), width, height, onScreen);
  }
}
