/**
 * The view: which window of time is shown and how it is laid out. Owns the plot's size
 * (ResizeController), the d3 zoom (ZoomController), the fitted window and the zoom limits,
 * windows asked for before the element is laid out, the axis ticks, the rows and the packing
 * of marks and clusters, revealing an event, `sahel-range-change`, and drawing a gesture's
 * steps on the canvas (render/ink.ts, a chunk loaded when a pointer first comes over the plot).
 */
import type { PropertyValues, ReactiveController } from 'lit';
import { readPartialDate, toIntervalMs } from '../dataset/dates.js';
import { TimelineEvents, timelineEvent } from '../events.js';
import { parseIsoDuration } from '../layout/duration.js';
import type { EraBand, MeasureTitle } from '../layout/eras.js';
import type { EventSource, ShownRequest } from '../layout/event-source.js';
import { indexInLane } from '../layout/lane-order.js';
import type { LanesLayout, packLanes, ShownLane } from '../layout/lanes.js';
import { labelLimits, stackedLabels, type PackOptions, type PackResult, type ViewScale } from '../layout/pack.js';
import type { PreparedEvent, PreparedTimeline } from '../layout/prepare.js';
import { revealTransform } from '../layout/reveal.js';
import { AXIS_HEIGHT, CLUSTER_LANE, eraStrip, rowGeometry, type RowGeometry } from '../layout/rows.js';
import { constrainTransform, DAY_MS, fitWindow, transformFor, zoomLimits, type AxisTransform, type TimeWindow } from '../layout/scale.js';
import type { AxisTick } from '../layout/ticks.js';
import { loadCalendarTicks, type TimeScale } from '../layout/chronology.js';
import { layOutView, viewWindow, type ViewWindow } from '../pipeline.js';
import type * as Ink from '../render/ink.js';
import type { CategoryTable } from '../render/glyphs.js';
import { LabelMetrics } from '../render/label-metrics.js';
import type { SceneView } from '../render/scene.js';
import { adoptChunkStyles } from './chunk-styles.js';
import type { ElementHost, ViewPort } from './host.js';
import { inkChunk as ink } from './chunks.js';
import { ResizeController } from './resize-controller.js';
import type { Words } from '../strings.js';
import { ZoomController } from './zoom-controller.js';

/** What the view reads of the element besides its properties. */
export interface ViewHost extends ElementHost {
  /** The element's language (ticks, labels). */
  readonly language: string | undefined;
  readonly words: Words;
}

/** The lanes, when the events are grouped. */
export interface ViewLanes {
  readonly list: readonly ShownLane[];
  /** The lane the roving focus is in. */
  readonly active: number;
  /** The lanes chunk's packing, once it has come (until then the plot stays empty). */
  readonly pack: typeof packLanes | undefined;
  /** Where a collapsed lane's density is read, and what the filters ask of it. */
  readonly source: EventSource;
  readonly request: ShownRequest;
}

export interface ViewOptions {
  /** The events shown. */
  prepared: () => PreparedTimeline;
  /** Their categories' looks, which the canvas draws with. */
  looks: () => CategoryTable;
  /** Whether this update shows the same events in another language: labels are measured anew. */
  relocalized: () => boolean;
  /** The window the data opens on when no `start` and `end` say (the built-in story's), as partial dates. */
  opening: () => { readonly start: string; readonly end: string } | undefined;
  /** The eras' bands in view, their titles placed with widths from `measure`. */
  eraBands: (x: ViewScale, width: number, measure: MeasureTitle) => EraBand[];
  /** How many lines the eras' titles take above the axis. */
  eraLines: () => number;
  /** The lanes, when the events are grouped. */
  lanes: () => ViewLanes | undefined;
  /** The selected and the focused event: always labelled when in view. */
  pinned: () => readonly PreparedEvent[];
  /** The time-order position of the event holding the roving focus. */
  activeOrder: () => number;
  /** A plain vertical wheel was left to scroll the page. */
  onScrollPassThrough: () => void;
  /** The window changed after the first one (a zoom, a pan, a glide). */
  onRangeChange: () => void;
  /**
   * Whether a gesture starting now may draw its marks on the canvas: not when an event or
   * cluster has the focus (its button must follow it) nor under forced colours.
   */
  mayInk: () => boolean;
  /** The toolbar's range in words, drawn on its canvas at each step of a gesture. */
  rangeText: () => string;
}

/** A minute, in milliseconds. */
const MINUTE_MS = 60_000;
const EMPTY: PackResult = { marks: [], clusters: [] };

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

export class ViewController implements ReactiveController {
  /** Where each labelled event and each cluster goes. */
  layout: PackResult = { marks: [], clusters: [] };
  ticks: AxisTick[] = [];
  rows: RowGeometry = rowGeometry(0, 34, false);
  readonly size: ResizeController;
  readonly zoom: ZoomController;
  readonly labels: LabelMetrics;
  /**
   * While a wheel, drag, pinch or swipe gesture moves the view, the axis and marks are drawn
   * on a canvas (render/ink.ts) and the buttons keep the layout the gesture started from
   * (`held`), hidden; they are brought up to date when it ends.
   */
  held: { layout: PackResult; lanes: LanesLayout | undefined; ticks: AxisTick[]; eras: EraBand[]; windowStart: number; activeOrder: number } | undefined;
  /** The bands of the eras in view. */
  eras: EraBand[] = [];
  /** The lanes, when the events are grouped (`layout` is then empty). */
  lanes: LanesLayout | undefined;
  /** How far the stack of lanes is scrolled, in pixels. */
  private laneScroll = 0;
  /** The view as the behaviours that read or move it see it. */
  readonly port: ViewPort = {
    width: () => this.width,
    window: () => this.currentWindow(),
    scale: () => this.scale(),
    minSpan: () => this.minSpanMs(),
    reveal: (order, animate) => { this.reveal(order, animate); },
    panBy: (px) => { this.zoom.panBy(px); },
    scaleBy: (k, x) => { this.zoom.scaleBy(k, x); },
    glideTo: (window) => { this.glideTo(window); },
    zoomIn: (window) => {
      const t = this.transformFor(window);
      if (t.k <= this.zoom.transform.k * 1.001) return false;
      this.zoom.transformTo(t);
      return true;
    },
  };
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
  private fitted: TimeWindow = fitWindow(null, DAY_MS, Date.now());
  private width = 0;
  private initialised = false;
  /** A window asked for (zoomTo, fit) before the element was laid out: the first one shown. */
  private requested: TimeWindow | 'fit' | undefined;
  private measuredHeight = -1;
  private measuredStrip = 0;
  private rowHeight = 34;
  private labelsWords: Words | undefined;
  private rangeFrame = 0;
  /** The wait after a gesture before the buttons come back (REST_MS). */
  private restTimer = 0;
  private lastRange = '';

  constructor(
    private readonly host: ViewHost,
    private readonly options: ViewOptions,
  ) {
    host.addController(this);
    this.size = new ResizeController(host);
    this.zoom = new ZoomController(host, {
      wheelZoom: () => host.wheelZoom,
      onScrollPassThrough: () => { options.onScrollPassThrough(); },
      onGesture: (active) => {
        clearTimeout(this.restTimer);
        this.restTimer = 0;
        if (!this.host.isConnected) return;
        if (!active) this.restTimer = window.setTimeout(() => { this.stopInking(); }, REST_MS);
        // A gesture after a short rest goes on with the canvas it left.
        else if (!this.inking) this.startInking();
      },
      drawn: () => this.redrawInk(),
    });
    this.labels = new LabelMetrics(this.plotFont);
  }

  /** Starts following the plot's size and gestures (once it is rendered). */
  attach(plot: HTMLElement, canvas: HTMLCanvasElement | null, range: HTMLElement | null): void {
    this.plot = plot;
    this.range = range;
    this.size.observe(plot);
    this.zoom.attach(plot);
    this.canvas = canvas;
    this.listen();
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
  private readonly plotFont = (): string => (this.plot ? getComputedStyle(this.plot).fontFamily : 'sans-serif');

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

  private startInking(): void {
    if (!this.plot || !this.painter || this.width <= 0 || !this.options.mayInk()) return;
    this.painter.begin(this.plot, this.options.looks(), this.range);
    this.held = { layout: this.layout, lanes: this.lanes, ticks: this.ticks, eras: this.eras, windowStart: this.currentWindow().start, activeOrder: this.options.activeOrder() };
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

  /** The plot's laid-out width; 0 while hidden or not yet laid out. */
  get laidOutWidth(): number {
    return this.width;
  }

  /** Whether labels put the date on a line of their own (narrow plots). */
  get stacked(): boolean {
    return stackedLabels(this.width);
  }

  /** New data: fit it anew at the next layout, and measure its labels afresh. */
  reset(): void {
    this.zoom.interrupt();
    this.initialised = false;
    this.labels.reset(this.host.language, this.host.words.strings.since, this.host.words.strings);
  }

  /** The narrowest window: `min-span`, else a day, or a minute when the events have times of day. */
  minSpanMs(): number {
    const set = this.host.minSpan === undefined ? undefined : parseIsoDuration(this.host.minSpan);
    return set ?? (this.timed() ? MINUTE_MS * 10 : DAY_MS);
  }

  private timedIn = new WeakMap<object, boolean>();
  /** Whether any event has a time of day, worked out once per dataset. */
  private timed(): boolean {
    const events = this.options.prepared().events;
    let timed = this.timedIn.get(events);
    if (timed === undefined) {
      timed = events.some((p) => p.precision === 'minute');
      this.timedIn.set(events, timed);
    }
    return timed;
  }

  /** The window in view (stage 5). */
  private inView(): ViewWindow {
    return viewWindow(this.fitted, this.zoom.transform, this.width);
  }

  /** The window in view. */
  currentWindow(): TimeWindow {
    return this.inView().window;
  }

  /** The window in view, or while not laid out, the one that will be. */
  visibleWindow(): TimeWindow {
    return this.width > 0 ? this.currentWindow() : this.initialWindow(fitWindow(this.options.prepared().extent, this.minSpanMs(), Date.now()));
  }

  /** The scale from instants to plot pixels at the current zoom. */
  scale(): TimeScale {
    return this.inView().x;
  }

  /**
   * Lays out the view for this update: fits new data or a new size, then ticks, rows and
   * marks. Returns 'fresh' when the view was fitted from scratch (new data, first layout).
   */
  update(changed: PropertyValues, pinned: readonly PreparedEvent[]): 'fresh' | undefined {
    const { words } = this.host;
    // New words (the language may come from an ancestor's lang, or arrive in a chunk), or the
    // events' titles in another language: labels are measured anew.
    if (words !== this.labelsWords || this.options.relocalized()) {
      this.labelsWords = words;
      this.labels.reset(this.host.language, words.strings.since, words.strings);
    }
    const width = Math.floor(this.size.width);
    const height = this.size.height;
    if (width <= 0) return undefined;
    let fresh: 'fresh' | undefined;
    const minSpan = this.minSpanMs();
    const fit = fitWindow(this.options.prepared().extent, minSpan, Date.now());
    const fitChanged = fit.start !== this.fitted.start || fit.end !== this.fitted.end;
    if (!this.initialised || fitChanged || width !== this.width || changed.has('minSpan')) {
      const keep = this.initialised && !fitChanged && this.width > 0 ? this.currentWindow() : this.initialWindow(fit);
      if (!this.initialised) fresh = 'fresh';
      this.fitted = fit;
      this.width = width;
      const limits = zoomLimits(fit, minSpan, width);
      this.zoom.setLimits(width, height, limits.scaleExtent, limits.translateExtent);
      this.zoom.jumpTo(this.constrain(transformFor(keep, fit, width)));
      this.initialised = true;
      this.requested = undefined;
      this.measureRows(height);
    } else if (height !== this.measuredHeight || this.strip() !== this.measuredStrip) {
      this.measureRows(height);
    }
    this.layOut(pinned);
    return fresh;
  }

  /** Stage 6: the axis ticks, the eras' bands, and the packed marks and clusters (or lanes) at the current zoom. */
  private layOut(pinned: readonly PreparedEvent[]): void {
    const { labels, width, options } = this;
    const lanes = options.lanes();
    const laid = layOutView(this.inView(), {
      shown: options.prepared(),
      width,
      rows: this.rows,
      labels: this.labelSizes(width),
      pinned,
      axis: { language: this.host.language, words: this.host.words.strings, labelWidth: (label, major) => labels.axisLabelWidth(label, major) },
      eras: (x) => options.eraBands(x, width, (text) => labels.eraTitleWidth(text)),
      lanes: lanes && {
        list: lanes.list,
        pack: lanes.pack,
        source: lanes.source,
        request: lanes.request,
        view: { viewport: Math.max(0, this.measuredHeight - AXIS_HEIGHT - this.measuredStrip), scrollTop: this.laneScroll, clusterStrip: CLUSTER_LANE },
      },
    });
    // Stage 7, the scene: these are what the painters draw (the element's render, the canvas).
    this.ticks = laid.ticks;
    this.eras = laid.eras;
    this.layout = laid.marks;
    this.lanes = laid.lanes;
    if (laid.lanes) this.laneScroll = laid.lanes.scrollTop;
    if (laid.waiting) void laid.waiting.then(() => { this.host.requestUpdate(); });
    // Once laid out, d3-time's chunk is fetched ahead of the first zoom into months.
    else void loadCalendarTicks();
  }

  /** Scrolls the stack of lanes to `top` (the reader scrolled, or a lane is brought into view). */
  scrollLanes(top: number): void {
    if (Math.abs(this.laneScroll - top) < 0.5) return;
    this.laneScroll = top;
    if (this.inking) this.redrawInk();
    else this.host.requestUpdate();
  }

  /** Scrolls the stack of lanes so that lane `index` shows whole (as much of it as fits). */
  showLane(index: number): void {
    const l = this.lanes;
    const box = l?.boxes[index];
    if (!l || !box) return;
    let top = l.scrollTop;
    if (box.bottom > top + l.viewport) top = box.bottom - l.viewport;
    if (box.top < top) top = box.top;
    if (top === l.scrollTop) return;
    this.laneScroll = top;
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.lanes');
    if (scroller) scroller.scrollTop = top;
    this.host.requestUpdate();
  }


  /**
   * A step of a gesture drawn on the canvas: laid out and drawn at once, without updating
   * the element (nothing else it shows changes until the gesture ends). False when the
   * element must update instead.
   */
  private redrawInk(): boolean {
    if (!this.inking || this.width <= 0) return false;
    this.layOut(this.options.pinned());
    this.drawInk();
    this.scheduleRangeChange();
    return true;
  }

  private drawInk(): void {
    // The first drawing of a gesture shows the canvas and hides the buttons once it is on
    // screen; the gesture's steps then draw on their own.
    const shown = this.inkShown ? undefined : () => {
      if (this.inking && !this.inkShown) this.showInk(true);
    };
    this.painter?.draw(this.sceneView(), this.options.rangeText(), shown);
  }

  /**
   * The layout as a scene of it is drawn from (render/scene.ts): by the gesture canvas at each
   * step, and by the pictures of the view.
   */
  sceneView(): SceneView {
    const { host } = this;
    return {
      width: this.width,
      height: this.size.height,
      ticks: this.ticks,
      eras: this.eras,
      layout: this.layout,
      lanes: this.lanes,
      rows: this.lanes?.rows ?? this.rows,
      stacked: this.stacked,
      selected: host.selected,
      looks: this.options.looks(),
      labels: this.labels,
      words: host.words,
    };
  }

  /** How wide labels are, as drawn, on a plot `width` pixels wide. */
  private labelSizes(width: number): Pick<PackOptions, 'labelWidth' | 'minLabelWidth' | 'maxLabelWidth' | 'fullLabelWidth'> {
    const stacked = stackedLabels(width);
    return {
      labelWidth: (p, band) => this.labels.width(p.event, { band, stacked }),
      minLabelWidth: (p, band) => this.labels.minWidth(p.event, { band, stacked }),
      ...labelLimits(width),
    };
  }

  /** The strip above the axis that the eras' titles take (0 without eras). */
  private strip(): number {
    return eraStrip(this.options.eraLines());
  }

  private measureRows(height: number): void {
    this.measuredHeight = height;
    this.measuredStrip = this.strip();
    // Measured, not parsed: --sahel-timeline-row-height may be in any unit (3rem, 2.5em).
    const row = this.host.renderRoot.querySelector('.row-probe')?.getBoundingClientRect().height ?? NaN;
    if (Number.isFinite(row) && row > 12) this.rowHeight = row;
    // Rows stop above the eras' titles.
    this.rows = rowGeometry(height - this.measuredStrip, this.rowHeight, this.stacked);
  }

  private initialWindow(fit: TimeWindow): TimeWindow {
    if (this.requested) return this.requested === 'fit' ? fit : this.requested;
    const s = attributeInstant(this.host.start, 0);
    const e = attributeInstant(this.host.end, 1);
    if (Number.isFinite(s) && Number.isFinite(e) && e > s) return { start: s, end: e };
    // The built-in story opens where it crowds (dataset/about.ts), unless an event selected
    // from the start lies outside it; "Show all" reaches back to its context.
    const opening = this.options.opening();
    if (opening) {
      const window = { start: attributeInstant(opening.start, 0), end: attributeInstant(opening.end, 1) };
      const prepared = this.options.prepared();
      const order = this.host.selected ? prepared.orderOf.get(this.host.selected) : undefined;
      const chosen = order === undefined ? undefined : prepared.events[order];
      if (!chosen || (chosen.end > window.start && chosen.start < window.end)) return window;
    }
    return fit;
  }

  /** A transform brought within the zoom and pan limits. */
  constrain(t: AxisTransform): AxisTransform {
    return constrainTransform(t, zoomLimits(this.fitted, this.minSpanMs(), this.width), this.width);
  }

  /** The transform that shows `window`, within the limits. */
  transformFor(window: TimeWindow): AxisTransform {
    return this.constrain(transformFor(window, this.fitted, this.width));
  }

  /** Glides to a window, or to the whole data; kept for later while not laid out. */
  glideTo(window: TimeWindow | 'fit'): void {
    if (this.width <= 0) {
      // Not laid out yet (or hidden): shown once it is.
      this.requested = window;
      return;
    }
    this.zoom.transformTo(this.transformFor(window === 'fit' ? this.fitted : window));
  }

  /**
   * Brings an event into view with its label showing: centres it at the current zoom if
   * that labels it, else zooms in step by step until it is labelled (or as far as allowed).
   */
  reveal(order: number, animate: boolean): void {
    const width = this.width;
    // Grouped, in the lane the focus is in (else the event's first), with that lane's rows.
    const grouped = this.options.lanes();
    let timeline = this.options.prepared();
    let index = order;
    let rows = this.rows.rows;
    let drawn = this.layout;
    if (this.lanes && grouped) {
      const { list, active } = grouped;
      const holding = [...list.keys()].filter((i) => indexInLane((list[i] as ShownLane).timeline, order) >= 0);
      const lane = holding.sort((a, b) => Number(b === active) - Number(a === active))[0];
      const l = lane === undefined ? undefined : list[lane];
      if (lane === undefined || !l) return;
      this.showLane(lane);
      timeline = l.timeline;
      index = indexInLane(timeline, order);
      rows = this.lanes.rows.rows;
      drawn = this.lanes.packed.get(lane) ?? EMPTY;
    }
    const shown = drawn.marks.find((m) => m.item.order === order);
    if (shown && Math.min(shown.x0, shown.labelX) >= 0 && shown.labelX + shown.labelWidth <= width) return;
    const t = revealTransform(
      timeline,
      index,
      { current: this.currentWindow(), fit: this.fitted, width, minSpan: this.minSpanMs() },
      { rows, ...this.labelSizes(width) },
    );
    if (t) this.zoom.transformTo(t, animate);
  }

  hostUpdated(): void {
    if (this.inking) this.drawInk();
    this.scheduleRangeChange();
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten();
    this.stopInking();
    cancelAnimationFrame(this.rangeFrame);
    this.rangeFrame = 0;
  }

  /** `sahel-range-change`, at most once a frame, and only when the window moved. */
  private scheduleRangeChange(): void {
    if (this.rangeFrame || this.width <= 0) return;
    this.rangeFrame = requestAnimationFrame(() => {
      this.rangeFrame = 0;
      if (!this.host.isConnected) return;
      const w = this.currentWindow();
      const key = `${Math.round(w.start)}|${Math.round(w.end)}`;
      if (key === this.lastRange) return;
      // The first window is the one the page opened on: nothing to announce.
      const first = this.lastRange === '';
      this.lastRange = key;
      this.host.dispatchEvent(timelineEvent(TimelineEvents.rangeChange, { start: new Date(w.start), end: new Date(w.end), startTime: w.start, endTime: w.end }));
      if (!first) this.options.onRangeChange();
    });
  }
}

/**
 * The instant a `start` or `end` attribute names: a partial date ("2022", "2022-03",
 * "2022-03-27") counts from the beginning (side 0) or to the end (side 1) of its period, as
 * event dates do; any other date string is read as one instant.
 */
function attributeInstant(value: string | undefined, side: 0 | 1): number {
  if (!value) return NaN;
  const partial = readPartialDate(value.trim());
  return typeof partial === 'string' ? Date.parse(value) : toIntervalMs(partial)[side];
}
