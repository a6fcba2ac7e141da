/**
 * Drawing a gesture's steps on a canvas: while a wheel, drag, pinch or swipe moves the view,
 * the axis and marks are drawn on a canvas (render/ink.ts, a chunk loaded when the page is
 * first idle after the timeline is drawn, or a pointer first comes over the plot) and the
 * buttons keep the layout the gesture started from (`held`), hidden; they come back, laid out
 * anew, when it ends, when the mouse moves as if aiming at one, or at a key or a press. Part
 * of the view (ViewController), which lays out each step.
 */
import type { ReactiveController } from 'lit';
import type { EraBand } from '../layout/eras.js';
import type { VerticalResult } from '../layout/vertical.js';
import type { LanesLayout } from '../layout/lane-stack.js';
import type { PackResult } from '../layout/pack.js';
import type { RowGeometry } from '../layout/rows.js';
import type { TimeWindow } from '../layout/scale.js';
import type { AxisTick } from '../layout/ticks.js';
import type * as Ink from '../render/ink.js';
import type { LabelMetrics } from '../render/label-metrics.js';
import type { SceneView } from '../render/scene.js';
import { adoptChunkStyles } from './chunk-styles.js';
import { inkChunk as ink } from './chunks.js';
import type { ViewHost, ViewOptions } from './view-inputs.js';

/** How far the pointer moves during a gesture before the buttons come back (it may be aiming at one). */
const AIM_PX = 8;
/**
 * How long the canvas stays after a gesture's last step before the buttons come back (on top
 * of d3's 150 ms for a wheel). A reader rolling a wheel pauses between notches; rebuilding
 * hundreds of marks in each pause cost more than all the steps' drawing. Moving the pointer,
 * pressing it or a key brings the buttons back at once.
 */
const REST_MS = 250;
/** Keys that only modify a gesture (ctrl + wheel zooms, shift + wheel pans). */
const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Shift', 'Alt']);

/** The view as its canvas draws it: the layout now, and laying out a gesture's next step. */
export interface InkView {
  readonly layout: PackResult;
  readonly lanes: LanesLayout | undefined;
  readonly ticks: AxisTick[];
  readonly eras: EraBand[];
  readonly rows: RowGeometry;
  readonly stacked: boolean;
  readonly labels: LabelMetrics;
  readonly laidOutWidth: number;
  readonly size: { readonly width: number; readonly height: number };
  /** Time down the plot: its marks and clusters. */
  readonly vertical: VerticalResult | undefined;
  currentWindow(): TimeWindow;
  /** Lays out the current zoom for a step of the gesture (and says the window moved). */
  layOutStep(): void;
}

/** The layout the buttons keep while a gesture draws on the canvas: across, in lanes or down the plot. */
interface Held {
  layout: PackResult;
  lanes: LanesLayout | undefined;
  vertical: VerticalResult | undefined;
  ticks: AxisTick[];
  eras: EraBand[];
  windowStart: number;
  activeOrder: number;
}

export class InkController implements ReactiveController {
  /** The layout the buttons keep while a gesture draws on the canvas. */
  held: Held | undefined;
  /** The gesture painter, once its chunk has come (tests read its canvases through it). @internal */
  painter: Ink.InkPainter | undefined;
  /** The painter was asked for (it comes with its chunk, and its worker when one can run). */
  private painterAsked = false;
  /** The idle callback (or timer) that will ask for it. */
  private idleAsk = 0;
  private canvas: HTMLCanvasElement | null = null;
  /** The toolbar's range, whose text a gesture's steps draw on its own canvas. */
  private range: HTMLElement | null = null;
  private aimFrom: { x: number; y: number } | undefined;
  private plot: HTMLElement | undefined;
  /** The wait after a gesture before the buttons come back (REST_MS). */
  private restTimer = 0;

  constructor(
    private readonly host: ViewHost,
    private readonly view: InkView,
    private readonly options: Pick<ViewOptions, 'mayInk' | 'looks' | 'activeOrder' | 'rangeText'>,
  ) {
    host.addController(this);
  }

  /** Starts drawing on `canvas` (and the range's) once the plot is rendered. */
  attach(plot: HTMLElement, canvas: HTMLCanvasElement | null, range: HTMLElement | null): void {
    this.plot = plot;
    this.range = range;
    this.canvas = canvas;
    this.listen();
  }

  /** A wheel, drag or pinch gesture started (true) or ended (false). */
  onGesture(active: boolean): void {
    clearTimeout(this.restTimer);
    this.restTimer = 0;
    if (!this.host.isConnected) return;
    if (!active) this.restTimer = window.setTimeout(() => { this.stopInking(); }, REST_MS);
    // A gesture after a short rest goes on with the canvas it left.
    else if (!this.inking) this.startInking();
  }

  private listen(): void {
    this.plot?.addEventListener('pointermove', this.onPointerMove);
    this.host.addEventListener('keydown', this.onKey, true);
    this.host.addEventListener('pointerdown', this.onKey, true);
    // The painter is a chunk of its own, with a worker: fetched when the page is idle after
    // the timeline is drawn (a reader's first gesture then finds the worker started), or at
    // once when a pointer comes over the plot (or a finger touches it) before that. A gesture
    // before it has come draws with the buttons. Not at idle when the reader asked to save data,
    // nor where idle callbacks do not exist (Safari).
    if (this.canvas && !this.painterAsked && ink.loaded) this.loadPainter();
    else if (this.canvas && !this.painterAsked) {
      this.plot?.addEventListener('pointerenter', this.loadPainter);
      this.plot?.addEventListener('focusin', this.loadPainter);
      const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
      if (!saveData && !this.idleAsk) this.idleAsk = (window as Partial<Window>).requestIdleCallback?.(this.loadPainter, { timeout: 5000 }) ?? 0;
    }
  }

  private unlisten(): void {
    (window as Partial<Window>).cancelIdleCallback?.(this.idleAsk);
    this.idleAsk = 0;
    this.plot?.removeEventListener('pointermove', this.onPointerMove);
    this.host.removeEventListener('keydown', this.onKey, true);
    this.host.removeEventListener('pointerdown', this.onKey, true);
    this.plot?.removeEventListener('pointerenter', this.loadPainter);
    this.plot?.removeEventListener('focusin', this.loadPainter);
  }

  /** The plot's font family, as its CSS resolves it now. */
  readonly plotFont = (): string => (this.plot ? getComputedStyle(this.plot).fontFamily : 'sans-serif');

  private readonly loadPainter = (): void => {
    (window as Partial<Window>).cancelIdleCallback?.(this.idleAsk);
    this.idleAsk = 0;
    this.plot?.removeEventListener('pointerenter', this.loadPainter);
    this.plot?.removeEventListener('focusin', this.loadPainter);
    const canvas = this.canvas;
    if (!canvas || this.painterAsked) return;
    this.painterAsked = true;
    void ink.load().then((m) => {
      adoptChunkStyles(this.host.shadowRoot, [m.inkStyles]);
      this.painter = m.createPainter(canvas, this.range?.querySelector('canvas') ?? null, this.plotFont());
    });
  };

  /** A gesture starts (or goes on after a short rest): its steps are drawn on the canvas, when one may. */
  private startInking(): void {
    const { view } = this;
    if (!this.plot || !this.painter || view.laidOutWidth <= 0 || !this.options.mayInk()) return;
    this.painter.begin(this.plot, this.options.looks(), this.range);
    this.held = {
      layout: view.layout,
      lanes: view.lanes,
      vertical: view.vertical,
      ticks: view.ticks,
      eras: view.eras,
      windowStart: view.currentWindow().start,
      activeOrder: this.options.activeOrder(),
    };
    this.aimFrom = undefined;
  }

  private stopInking(): void {
    clearTimeout(this.restTimer);
    this.restTimer = 0;
    if (!this.inking) return;
    this.held = undefined;
    // The buttons come back laid out anew in this task's update, so in the same frame.
    this.showInk(false);
    this.host.requestUpdate();
  }

  /**
   * A key or a press while the gesture rests wants the buttons (to focus one, or to press it
   * next): they come back at once. Not a modifier alone: Ctrl or Shift pressed again belongs
   * to the next notch of a ctrl + wheel or shift + wheel gesture.
   */
  private readonly onKey = (event: Event): void => {
    if (event instanceof KeyboardEvent && MODIFIER_KEYS.has(event.key)) return;
    if (this.restTimer) this.stopInking();
  };

  /** A mouse moving during a wheel gesture may be aiming at a mark: its button comes back. */
  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.inking || event.pointerType !== 'mouse' || event.buttons !== 0) return;
    this.aimFrom ??= { x: event.clientX, y: event.clientY };
    if (Math.hypot(event.clientX - this.aimFrom.x, event.clientY - this.aimFrom.y) > AIM_PX) this.stopInking();
  };

  /**
   * Whether the canvases show and the buttons are hidden: from the first step of a gesture
   * on screen (a worker's drawing may come a frame after the page's) to the gesture's end.
   */
  inkShown = false;

  /**
   * Shows the canvases and hides the buttons (the `inking` class of the plot and the range,
   * styles/ink.ts), or the other way: set here, not rendered, so that a gesture's start costs
   * no update of the element.
   */
  private showInk(on: boolean): void {
    this.inkShown = on;
    this.plot?.classList.toggle('inking', on);
    this.range?.classList.toggle('inking', on);
  }

  /** Whether a gesture's steps are drawn on the canvas (the buttons are then `held`). */
  get inking(): boolean {
    return this.held !== undefined;
  }

  /**
   * A step of a gesture drawn on the canvas: laid out and drawn at once, without updating
   * the element (nothing else it shows changes until the gesture ends). False when the
   * element must update instead.
   */
  redraw(): boolean {
    if (!this.inking || this.view.laidOutWidth <= 0) return false;
    this.view.layOutStep();
    this.draw();
    return true;
  }

  private draw(): void {
    // The first drawing of a gesture shows the canvas and hides the buttons once it is on
    // screen; the gesture's steps then draw on their own.
    const shown = this.inkShown ? undefined : () => {
      if (this.inking && !this.inkShown) this.showInk(true);
    };
    this.painter?.draw(this.sceneView(), this.options.rangeText(), shown);
  }

  /**
   * The layout as a scene of it is drawn from (render/scene.ts): by the gesture canvas at each
   * step, and by the pictures of the view (ViewController.sceneView).
   */
  sceneView(): SceneView {
    const { host, view } = this;
    const down = view.vertical;
    return {
      // Down the plot: as wide as the plot, as long as its time.
      width: down ? view.size.width : view.laidOutWidth,
      height: down ? view.laidOutWidth : view.size.height,
      vertical: down,
      ticks: view.ticks,
      eras: view.eras,
      layout: view.layout,
      lanes: view.lanes,
      rows: view.lanes?.rows ?? view.rows,
      stacked: view.stacked,
      selected: host.selected,
      looks: this.options.looks(),
      labels: view.labels,
      words: host.words,
    };
  }

  hostUpdated(): void {
    if (this.inking) this.draw();
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten();
    this.stopInking();
  }
}
