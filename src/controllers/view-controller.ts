/**
 * The view: which window of time is shown and how it is laid out (stages 5 and 6 of
 * pipeline.ts). Owns the plot's size (ResizeController), the d3 zoom (ZoomController), the
 * fitted window and the zoom limits, windows asked for before the element is laid out, the
 * rows, the layout (ticks, era bands, marks and clusters, lanes), revealing an event, the
 * lanes' scroll, `sahel-range-change`, and the canvas a gesture's steps are drawn on
 * (InkController). What it reads of the others: view-inputs.ts.
 */
import type { PropertyValues } from 'lit';
import { parseIsoDuration } from '../layout/duration.js';
import type { EraBand } from '../layout/eras.js';
import { indexInLane } from '../layout/lane-order.js';
import { scrollShowing, type LanesLayout } from '../layout/lane-stack.js';
import type { ShownLane } from '../layout/lanes.js';
import { stackedLabels } from '../layout/label-room.js';
import type { PackResult } from '../layout/pack.js';
import { countInWindow, eventsExtent, timed, type PreparedEvent, type PreparedTimeline } from '../layout/prepare.js';
import { revealTransform } from '../layout/reveal.js';
import { AXIS_HEIGHT, CLUSTER_LANE, eraStrip, fitHeight, rowGeometry, rowsUsed, type RowGeometry } from '../layout/rows.js';
import { constrainTransform, DAY_MS, fitWindow, transformFor, windowOf, withinData, zoomLimits, type AxisTransform, type TimeWindow } from '../layout/scale.js';
import type { AxisTick } from '../layout/ticks.js';
import { loadCalendarTicks, type TimeScale } from '../layout/chronology.js';
import type { VerticalResult } from '../layout/vertical.js';
import { revealDown, VERTICAL, verticalLength, verticalSides } from '../layout/vertical-view.js';
import { layOutView, viewWindow, type ViewWindow } from '../pipeline.js';
import { LabelMetrics } from '../render/label-metrics.js';
import type { SceneView } from '../render/scene.js';
import type { ViewPort } from './host.js';
import { InkController } from './ink-controller.js';
import { openingWindow } from './opening-window.js';
import { RangeChangeController } from './range-change.js';
import { ResizeController } from './resize-controller.js';
import type { ViewHost, ViewLanes, ViewOptions } from './view-inputs.js';
import type { Words } from '../strings.js';
import { ZoomController } from './zoom-controller.js';

export type { ViewHost, ViewLanes, ViewOptions };

const EMPTY: PackResult = { marks: [], clusters: [] };

/** The view (stages 5 to 7): the window, the layout, and the controllers of size, zoom, canvas and range it composes. */
export class ViewController {
  /** Where each labelled event and each cluster goes. */
  layout: PackResult = { marks: [], clusters: [] };
  ticks: AxisTick[] = [];
  rows: RowGeometry = rowGeometry(0, 34, false);
  /** The plot's height when it fits its rows (the page may fix it instead: --sahel-timeline-height). */
  plotHeight = 340;
  readonly size: ResizeController;
  readonly zoom: ZoomController;
  readonly labels: LabelMetrics;
  /** The bands of the eras in view. */
  eras: EraBand[] = [];
  /** The lanes, when the events are grouped (`layout` is then empty). */
  lanes: LanesLayout | undefined;
  /** Time down the plot (`orientation="vertical"`): its marks and clusters (`layout` is then empty). */
  vertical: VerticalResult | undefined;
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
  /** The canvas a gesture's steps are drawn on. */
  private readonly ink: InkController;
  /** Today, as of the data's arrival: the fitted window stops there (a fit that moved with the clock would refit the view). */
  private now = Date.now();
  private fitted: TimeWindow = fitWindow(null, DAY_MS, this.now);
  private width = 0;
  private initialised = false;
  /** A window asked for (zoomTo, fit) before the element was laid out: the first one shown. */
  private requested: TimeWindow | 'fit' | undefined;
  private measuredHeight = -1;
  private measuredStrip = 0;
  private rowHeight = 34;
  private labelsWords: Words | undefined;
  /** `sahel-range-change`, once a frame at most. */
  private readonly range: RangeChangeController;

  constructor(
    private readonly host: ViewHost,
    private readonly options: ViewOptions,
  ) {
    this.size = new ResizeController(host);
    this.zoom = new ZoomController(host, {
      wheelZoom: () => host.wheelZoom,
      onScrollPassThrough: () => { options.onScrollPassThrough(); },
      onGesture: (active) => { this.ink.onGesture(active); },
      drawn: () => this.ink.redraw(),
    });
    this.ink = new InkController(host, this, options);
    this.range = new RangeChangeController(host, () => (this.width > 0 ? this.currentWindow() : undefined), () => { options.onRangeChange(); });
    this.labels = new LabelMetrics(this.ink.plotFont);
  }

  /** Starts following the plot's size and gestures (once it is rendered). */
  attach(plot: HTMLElement, canvas: HTMLCanvasElement | null, range: HTMLElement | null): void {
    const probe = plot.querySelector<HTMLElement>('.room-probe');
    if (probe) this.size.observe(probe);
    this.zoom.attach(plot);
    this.ink.attach(plot, canvas, range);
  }

  /** Whether time runs down the plot. */
  get down(): boolean { return this.host.orientation === 'vertical'; }

  /** The plot's laid-out length along time (its width, or its height when time runs down); 0 while hidden or not yet laid out. */
  get laidOutWidth(): number {
    return this.width;
  }

  /** Whether labels put the date on a line of their own (narrow plots). */
  get stacked(): boolean {
    return stackedLabels(this.width);
  }

  /** New data: fit it anew at the next layout, and measure its labels afresh. */
  reset(): void {
    this.now = Date.now();
    this.zoom.interrupt();
    this.initialised = false;
    this.labels.reset(this.host.language, this.host.words.strings.since, this.host.words.strings);
  }

  /** The narrowest window: `min-span`, else a day, or ten minutes when the events have times of day. */
  minSpanMs(): number {
    const set = this.host.minSpan === undefined ? undefined : parseIsoDuration(this.host.minSpan);
    return set ?? (timed(this.options.prepared()) ? 10 * 60_000 : DAY_MS);
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
    return this.width > 0 ? this.currentWindow() : this.initialWindow(fitWindow(this.options.prepared().extent, this.minSpanMs(), this.now));
  }

  /** The scale from instants to plot pixels at the current zoom. */
  scale(): TimeScale {
    return this.inView().x;
  }

  /**
   * Lays out the view for this update: fits new data or a new size (a glide under way then
   * goes on to its window: a scrollbar came, a phone turned), then ticks, rows and marks.
   * Returns 'fresh' when the view was fitted from scratch (new data, first layout).
   */
  update(changed: PropertyValues, pinned: readonly PreparedEvent[]): 'fresh' | undefined {
    const { words } = this.host;
    // New words (the language may come from an ancestor's lang, or arrive in a chunk), or the
    // events' titles in another language: labels are measured anew.
    if (words !== this.labelsWords || this.options.relocalized() || this.options.edited()) {
      this.labelsWords = words;
      this.labels.reset(this.host.language, words.strings.since, words.strings);
    }
    // Rows are counted in the most the plot may be; it then fits the rows used (fitHeight).
    const room = this.size.room;
    const down = this.down;
    const width = down ? (this.size.width > 0 ? verticalLength(room) : 0) : Math.floor(this.size.width);
    const height = down ? this.size.width : this.size.height || room;
    if (width <= 0) return undefined;
    const fresh = this.initialised ? undefined : 'fresh';
    const minSpan = this.minSpanMs();
    const fit = fitWindow(this.options.prepared().extent, minSpan, this.now);
    const fitChanged = fit.start !== this.fitted.start || fit.end !== this.fitted.end;
    if (!this.initialised || fitChanged || width !== this.width || changed.has('minSpan') || changed.has('orientation')) {
      // An edit that moves an event past the data's extent changes the fit, and keeps the window.
      const continuing = this.initialised && (!fitChanged || this.options.edited()) && this.width > 0;
      const keep = continuing ? this.currentWindow() : this.initialWindow(fit);
      const heading = continuing && this.zoom.heading ? windowOf(this.zoom.heading, this.fitted, this.width) : undefined;
      this.fitted = fit;
      this.width = width;
      const limits = zoomLimits(fit, minSpan, width);
      this.zoom.setLimits(width, height, limits.scaleExtent, limits.translateExtent, down);
      this.zoom.jumpTo(this.constrain(transformFor(keep, fit, width)));
      if (heading) this.zoom.transformTo(this.constrain(transformFor(heading, fit, width)));
      this.initialised = true;
      this.requested = undefined;
      this.measureRows(room);
    } else if (room !== this.measuredHeight || this.strip() !== this.measuredStrip) {
      this.measureRows(room);
    }
    this.layOut(pinned);
    return fresh;
  }

  /** Stage 6: the axis ticks, the eras' bands, and the packed marks and clusters (or lanes) at the current zoom. */
  private layOut(pinned: readonly PreparedEvent[]): void {
    const { labels, width, options, down } = this;
    const lanes = down ? undefined : options.lanes();
    // A gesture's steps keep to the rows of the plot as it is: it fits them anew once at rest.
    const inking = this.inking;
    const rows = inking ? rowGeometry(this.size.height - this.measuredStrip, this.rowHeight, this.stacked) : this.rows;
    const laid = layOutView(this.inView(), {
      shown: options.prepared(),
      width,
      rows,
      labels: this.labels.sizes(width, !inking),
      pinned,
      axis: { language: this.host.language, words: this.host.words.strings, labelWidth: (label, major) => labels.axisLabelWidth(label, major) },
      eras: (x) => options.eraBands(x, width, (text) => labels.eraTitleWidth(text)),
      vertical: down ? { labelHeight: VERTICAL.label, sides: verticalSides(this.size.width), pack: options.verticalPack() } : undefined,
      lanes: lanes && {
        list: lanes.list,
        pack: lanes.pack,
        source: lanes.source,
        request: lanes.request,
        view: {
          viewport: Math.max(0, this.measuredHeight - AXIS_HEIGHT - this.measuredStrip),
          scrollTop: this.laneScroll,
          clusterStrip: CLUSTER_LANE,
          laneRows: inking ? this.lanes?.laneRows : undefined,
        },
      },
    });
    // Stage 7, the scene: these are what the painters draw (the element's render, the canvas).
    this.ticks = laid.ticks;
    this.eras = laid.eras;
    this.layout = laid.marks;
    this.lanes = laid.lanes;
    this.vertical = laid.vertical;
    if (laid.lanes) this.laneScroll = laid.lanes.scrollTop;
    if (down) {
      // Down the plot, it takes the room it is given (the page's height, else the most it may be).
      this.plotHeight = this.size.room;
      this.size.height = this.size.room;
    } else if (!inking) {
      this.plotHeight = fitHeight(rows, rowsUsed(laid.marks), this.measuredStrip, laid.lanes && { height: laid.lanes.height, room: laid.lanes.viewport });
      this.size.height = this.size.fixed ? this.size.room : Math.min(this.size.room, this.plotHeight);
    }
    if (laid.waiting) void laid.waiting.then(() => { this.host.requestUpdate(); });
    // Once laid out, d3-time's chunk is fetched ahead of the first zoom into months.
    else void loadCalendarTicks();
  }

  /** Scrolls the stack of lanes to `top` (the reader scrolled, or a lane is brought into view). */
  scrollLanes(top: number): void {
    if (Math.abs(this.laneScroll - top) < 0.5) return;
    this.laneScroll = top;
    if (this.inking) this.ink.redraw();
    else this.host.requestUpdate();
  }

  /** Scrolls the stack of lanes so that lane `index` shows whole (as much of it as fits). */
  showLane(index: number): void {
    const top = this.lanes && scrollShowing(this.lanes, index);
    if (top === undefined) return;
    this.laneScroll = top;
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.lanes');
    if (scroller) scroller.scrollTop = top;
    this.host.requestUpdate();
  }

  /** Lays out the current zoom for a gesture's step drawn on the canvas (InkController). */
  layOutStep(): void {
    this.layOut(this.options.pinned());
    this.range.schedule();
  }

  /** Whether a gesture's steps are drawn on the canvas (the buttons then keep the layout it started from, `held`). */
  get inking(): boolean {
    return this.ink.held !== undefined;
  }

  /** The layout the buttons keep while a gesture draws on the canvas. */
  get held(): InkController['held'] {
    return this.ink.held;
  }

  /** The gesture painter, once its chunk has come (tests read its canvases through it). @internal */
  get painter(): InkController['painter'] {
    return this.ink.painter;
  }

  /**
   * The layout as a scene of it is drawn from (render/scene.ts): by the gesture canvas at each
   * step, and by the pictures of the view.
   */
  sceneView(): SceneView {
    return this.ink.sceneView();
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
    return this.requested === 'fit' ? fit : (this.requested ?? openingWindow(fit, this.host, this.options));
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
    if (this.vertical) {
      const to = revealDown(this.vertical, this.options.prepared().events[order], this.currentWindow(), width);
      if (to) this.zoom.transformTo(this.transformFor(to), animate);
      return;
    }
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
      { rows, ...this.labels.sizes(width, !this.inking) },
    );
    // Moved, if need be, so as not to open on empty years past the data (a deep link to its last event).
    if (t) this.zoom.transformTo(this.transformFor(withinData(windowOf(t, this.fitted, width), timeline.extent)), animate);
  }

  /**
   * Brings a search's matches (the events shown) into view: its one match labelled, as
   * `reveal` does; where none is in view, the window they span with margins, within the data.
   */
  showMatches(shown: PreparedTimeline): void {
    if (this.width <= 0 || shown.events.length === 0) return;
    const w = this.currentWindow();
    const span = () => withinData(fitWindow(eventsExtent(shown.events), this.minSpanMs(), this.now), shown.extent);
    if (shown.events.length === 1) this.reveal(0, true);
    else if (countInWindow(shown, w.start, w.end) === 0) this.glideTo(span());
  }
}
