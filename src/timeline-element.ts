import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { bisector } from 'd3-array';
import { events as sahelEvents } from './dataset/events.js';
import { sources as sahelSources } from './dataset/sources.js';
import { readPartialDate, toIntervalMs } from './dataset/dates.js';
import type { CategoryDefinition, Source, TimelineEvent } from './dataset/types.js';
import { readerMessage, type LoadFailure } from './dataset/reader-message.js';
import { formatIssue, validateEvents, type ValidationIssue } from './dataset/validate.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SourceController } from './controllers/source-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { TimelineEvents, timelineEvent, type TimelineErrorDetail } from './events.js';
import { parseIsoDuration } from './layout/duration.js';
import { formatEventDate, PRECISION_WORDS } from './layout/format.js';
import {
  labelLimits,
  packVisible,
  STACKED_ROW_EXTRA,
  stackedLabels,
  type ClusterLayout,
  type MarkLayout,
  type PackOptions,
  type PackResult,
} from './layout/pack.js';
import { countInWindow, eventsInWindow, prepareTimeline, type PreparedEvent, type PreparedTimeline } from './layout/prepare.js';
import { revealTransform } from './layout/reveal.js';
import {
  baseScale,
  constrainTransform,
  DAY_MS,
  fitWindow,
  transformFor,
  windowOf,
  zoomLimits,
  type AxisTransform,
  type TimeWindow,
} from './layout/scale.js';
import { axisTicks, formatUtc, type AxisTick } from './layout/ticks.js';
import { renderAxis, AXIS_HEIGHT } from './render/axis.js';
import { renderDetails } from './render/details.js';
import { renderKeysHelp } from './render/keys-help.js';
import { renderLegend } from './render/legend.js';
import { renderNotice } from './render/notice.js';
import { LabelMetrics, shorten } from './render/label-metrics.js';
import { setStyles } from './render/set-styles.js';
import { categoryTable, glyph, type CategoryTable } from './render/glyphs.js';
import { icons } from './render/icons.js';
import { formatCount } from './render/intl.js';
import { timelineStyles } from './timeline.styles.js';

/** Vertical room above the rows (the cluster lane) and below them (the axis), in pixels. */
const LANE_HEIGHT = 34;
const HINT_MS = 1600;
/**
 * Datasets up to this size are listed whole for screen readers; larger ones list up to
 * `EVENT_LIST_WINDOW` of the events in view, so the DOM stays small whatever the size.
 */
const EVENT_LIST_LIMIT = 250;
const EVENT_LIST_WINDOW = 100;
/** Most issues written to the console for one report; the `sahel-error` detail has them all. */
const CONSOLE_ISSUES = 20;
/** Most events listed for a cluster that zooming cannot separate. */
const CLUSTER_LIST_LIMIT = 50;

/**
 * An interactive, zoomable timeline of dated events, from decades down to a single day.
 * With no data it shows the built-in Sahel dataset.
 *
 * @summary Zoomable, accessible timeline of dated events, drawn with d3.
 *
 * @fires sahel-select - The reader selected an event (detail: the event) or closed it (detail: null).
 * @fires sahel-range-change - The visible window changed (detail: `{ start, end }` Dates), at most once a frame.
 * @fires sahel-error - Data could not be loaded or some items were invalid (detail: the issues and what is shown).
 *
 * @csspart base - The frame around everything.
 * @csspart controls - The toolbar of zoom and navigation buttons.
 * @csspart control - Each toolbar button.
 * @csspart plot - The zoomable area.
 * @csspart axis - The time axis and its gridlines.
 * @csspart event - Each event on the plot (also `event-<category>`).
 * @csspart bar - The band or bar of an event that covers a span of time.
 * @csspart label - Each event's label.
 * @csspart cluster - A mark standing for events too dense to label.
 * @csspart keys - The keyboard shortcuts panel.
 * @csspart cluster-list - The list of a cluster's events, when zooming cannot separate them.
 * @csspart legend - The category legend.
 * @csspart details - The panel describing the selected event.
 * @csspart notice - The notice about data that could not be shown.
 * @csspart hint - The short hint shown when a plain wheel scrolls past.
 *
 * @cssprop --sahel-timeline-font - Font family.
 * @cssprop --sahel-timeline-text - Text colour.
 * @cssprop --sahel-timeline-muted - Secondary text colour.
 * @cssprop --sahel-timeline-background - Background colour.
 * @cssprop --sahel-timeline-surface - Background of buttons, clusters and the details panel.
 * @cssprop --sahel-timeline-grid - Gridline and border colour.
 * @cssprop --sahel-timeline-accent - Link colour.
 * @cssprop --sahel-timeline-focus - Focus ring colour.
 * @cssprop --sahel-timeline-height - Height of the plot (default 340px).
 * @cssprop --sahel-timeline-row-height - Height of a row of labels (default 34px).
 * @cssprop --sahel-timeline-color-military - Colour of the military category.
 * @cssprop --sahel-timeline-color-diplomacy - Colour of the diplomacy category.
 * @cssprop --sahel-timeline-color-politics - Colour of the politics category.
 * @cssprop --sahel-timeline-color-protest - Colour of the protest category.
 * @cssprop --sahel-timeline-color-media - Colour of the media category.
 * @cssprop --sahel-timeline-color-economy - Colour of the economy category.
 * @cssprop --sahel-timeline-color-violence - Colour of the violence category.
 * @cssprop --sahel-timeline-color-context - Colour of the context category.
 * @cssprop --sahel-timeline-color-other - Colour of events without a category.
 */
export class SahelTimeline extends LitElement {
  static override styles = timelineStyles;

  /**
   * The events to show, in any order. When unset (and no `src`, and not `pending`), the
   * built-in Sahel dataset is shown; once a page has given `events` or `src`, never again.
   */
  @property({ attribute: false }) events: readonly TimelineEvent[] | undefined;

  /**
   * Set while the page is fetching its own events: the timeline says "Loading events…"
   * instead of showing the built-in dataset, until `events` or `src` arrives.
   */
  @property({ type: Boolean, reflect: true }) pending = false;

  /**
   * Names and colours for categories, the built-in ones or the page's own: `{ id, label?,
   * color? }`. Any category an event names is drawn, with a colour and shape of its own;
   * this only names it in the legend and for screen readers, and may choose its colour.
   */
  @property({ attribute: false }) categories: readonly CategoryDefinition[] | undefined;

  /** The sources that events cite by id, for the details panel. Defaults to the Sahel sources. */
  @property({ attribute: false }) sources: readonly Source[] | undefined;

  /**
   * URL of a JSON file of events: a list, or an object with an `events` list (and optionally
   * `sources`). Until it has loaded (or if it fails) no events are shown, never the built-in ones.
   */
  @property({ type: String }) src: string | undefined;

  /** BCP 47 language for dates; defaults to the nearest `lang` attribute, then the browser's. */
  @property({ type: String }) locale: string | undefined;

  /** The `id` of the selected event, or null. */
  @property({ type: String, reflect: true }) selected: string | null = null;

  /** ISO date where the initial window starts (with `end`): `2022`, `2022-03` or `2022-03-27` from its first day. The data is fitted when unset. */
  @property({ type: String }) start: string | undefined;

  /** ISO date where the initial window ends (with `start`), included: `2022` to the end of 2022. */
  @property({ type: String }) end: string | undefined;

  /** The narrowest window a reader can zoom to, as an ISO 8601 duration. */
  @property({ type: String, attribute: 'min-span' }) minSpan = 'P1D';

  /** Let a plain mouse wheel zoom (by default it scrolls the page and only ctrl/cmd + wheel zooms). */
  @property({ type: Boolean, attribute: 'wheel-zoom' }) wheelZoom = false;

  /** `light` or `dark`; when unset, follows the reader's `prefers-color-scheme`. */
  @property({ type: String, reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Accessible name of the timeline; defaults to a description of the data. */
  @property({ type: String }) label: string | undefined;

  @state() private loaded: { events: readonly TimelineEvent[]; sources?: readonly Source[] } | undefined;
  @state() private problem: TimelineErrorDetail | undefined;
  @state() private hintShown = false;
  @state() private keysShown = false;
  /** A cluster that cannot be zoomed apart (its events share a day at the closest zoom), listed. */
  @state() private clusterList: { start: number; end: number; count: number } | undefined;
  /** The window the screen-reader event list follows: updated once a zoom settles, not every frame. */
  @state() private listWindow: TimeWindow | undefined;
  /** What the live region says: the visible range, once a zoom has settled. */
  @state() private announcement = '';

  @query('.plot') private plot!: HTMLElement | null;

  private readonly size = new ResizeController(this);
  private readonly source = new SourceController(this, (load) => {
    if (load.events.length > 0) this.loaded = { events: load.events, ...(load.sources && { sources: load.sources }) };
    this.report('src', load.issues, load.total, load.events.length, load.failure);
  });
  private readonly zoom = new ZoomController(this, {
    wheelZoom: () => this.wheelZoom,
    onScrollPassThrough: () => {
      this.showHint();
    },
  });

  private prepared: PreparedTimeline = prepareTimeline([]);
  private categoryCounts = new Map<string, number>();
  private looks: CategoryTable = categoryTable([]);
  /** Set once the page has given `events` or `src` (or `pending`): the built-in data never comes back. */
  private ownData = false;
  private showingBuiltIn = false;
  private fitted: TimeWindow = fitWindow(null, DAY_MS, Date.now());
  private layoutWidth = 0;
  private viewInitialised = false;
  /** A window asked for (zoomTo, fit) before the element was laid out: the first one shown. */
  private requestedWindow: TimeWindow | 'fit' | undefined;
  private layout: PackResult = { marks: [], clusters: [] };
  private ticks: AxisTick[] = [];
  private rows = 1;
  private rowHeight = 34;
  private measuredHeight = -1;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The event that holds the roving focus (the one Tab lands on). */
  private activeId: string | null = null;
  /** Where in time the active event starts, to find the nearest one if the data changes under it. */
  private activeStart: number | undefined;
  /** An event to focus as soon as it is drawn. */
  private pendingFocus: string | null = null;
  /** The event that had the focus before the last render, to catch it being zoomed away. */
  private focusedEvent: string | null = null;
  /** Set while the element itself moves the focus to the plot, so that it is not revealed. */
  private quietFocus = false;
  private rangeFrame = 0;
  private lastRange = '';
  private labelsLocale: string | undefined;
  private readonly labels = new LabelMetrics(() => (this.plot ? getComputedStyle(this.plot).fontFamily : 'sans-serif'));

  /** The events shown, after validation, in time order. */
  get shownEvents(): readonly TimelineEvent[] {
    return this.prepared.events.map((p) => p.event);
  }

  /** The visible window (while the element is not laid out, the window it will show). */
  get visibleRange(): { start: Date; end: Date } {
    const w = this.layoutWidth > 0 ? this.currentWindow() : this.initialWindow(fitWindow(this.prepared.extent, this.minSpanMs(), Date.now()));
    return { start: new Date(w.start), end: new Date(w.end) };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
    this.hintShown = false;
    clearTimeout(this.announceTimer);
    cancelAnimationFrame(this.rangeFrame);
    this.rangeFrame = 0;
  }

  // ---- Data ---------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      this.source.load(this.src);
      if (!this.src) this.loaded = undefined;
    }
    // A page that gives data, or says it is fetching some, never gets ours again.
    if (this.events !== undefined || this.src || this.pending) this.ownData = true;
    if (
      changed.has('events') ||
      changed.has('loaded' as keyof SahelTimeline) ||
      !this.hasUpdated ||
      // A src set from script, or pending, takes the built-in data away at once; a new src
      // leaves the page's own events in view until it has loaded.
      ((changed.has('src') || changed.has('pending')) && (this.showingBuiltIn || !this.src))
    ) {
      this.setData();
    } else if (changed.has('categories')) {
      this.updateCategories(this.prepared.events.map((p) => p.event));
    }
    // The language may come from an ancestor's lang, which can change without telling us.
    const locale = this.resolvedLocale();
    if (locale !== this.labelsLocale) {
      this.labelsLocale = locale;
      this.labels.reset(locale);
    }
    this.computeLayout(changed);
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.focusedEvent = focused?.classList.contains('event') ? (focused.dataset.id ?? null) : null;
  }

  private setData(): void {
    let list: readonly TimelineEvent[];
    if (this.events !== undefined) {
      const result = validateEvents(this.events);
      this.report('events', result.issues, result.total, result.events.length);
      // Data with problems and nothing usable never blanks what the page showed before (but
      // it does take the built-in data away: that was never the page's).
      if (result.events.length === 0 && result.issues.length > 0 && this.hasUpdated && !this.showingBuiltIn) return;
      list = result.events;
    } else {
      // Back from `events` to `src` or the built-in data: a notice about `events` is stale.
      if (this.problem?.origin === 'events') this.problem = undefined;
      if (this.loaded) {
        list = this.loaded.events;
      } else if (this.ownData) {
        // Loading, or the load failed, or the page took its events away: nothing, never the
        // built-in data instead.
        list = [];
      } else {
        list = sahelEvents;
        this.problem = undefined;
      }
    }
    this.showingBuiltIn = list === sahelEvents;
    this.zoom.interrupt();
    this.clusterList = undefined;
    this.prepared = prepareTimeline(list);
    this.listWindow = undefined;
    this.updateCategories(list);
    this.labels.reset(this.resolvedLocale());
    this.viewInitialised = false;
    if (this.selected !== null && !this.prepared.orderOf.has(this.selected)) this.selected = null;
  }

  /** The looks and counts of the categories: once per dataset, as the legend renders on every frame of a zoom. */
  private updateCategories(list: readonly TimelineEvent[]): void {
    const present = new Set<string | undefined>();
    for (const e of list) present.add(e.category);
    this.looks = categoryTable(present, this.categories ?? []);
    const ids = new Map<string | undefined, string | undefined>();
    for (const c of present) ids.set(c, this.looks.look(c).id);
    this.categoryCounts = new Map();
    for (const e of list) {
      const id = ids.get(e.category);
      if (id !== undefined) this.categoryCounts.set(id, (this.categoryCounts.get(id) ?? 0) + 1);
    }
  }

  private report(origin: 'events' | 'src', issues: readonly ValidationIssue[], total: number, shown: number, failure?: LoadFailure): void {
    if (issues.length === 0) {
      if (this.problem?.origin === origin) this.problem = undefined;
      return;
    }
    const usable = shown > 0 || (!this.showingBuiltIn && this.prepared.events.length > 0);
    // Readers get a sentence in their words; developers the index and field of each issue.
    const message = readerMessage(issues, total, this.resolvedLocale(), failure);
    const detail: TimelineErrorDetail = { origin, issues, total, shown, usable, message };
    const listed = issues.slice(0, CONSOLE_ISSUES).map(formatIssue);
    if (issues.length > CONSOLE_ISSUES) listed.push(`…and ${issues.length - CONSOLE_ISSUES} more: see the sahel-error event's detail.issues.`);
    console.warn(`<sahel-timeline> ${origin}: ${message || 'some values were kept as given.'}\n${listed.join('\n')}`);
    // Values kept as given cost the reader nothing: no notice for them alone.
    if (message) this.problem = detail;
    else if (this.problem?.origin === origin) this.problem = undefined;
    this.dispatchEvent(timelineEvent(TimelineEvents.error, detail));
  }

  // ---- Layout -------------------------------------------------------------------------

  private minSpanMs(): number {
    return parseIsoDuration(this.minSpan) ?? DAY_MS;
  }

  private currentWindow(): TimeWindow {
    return windowOf(this.zoom.transform, this.fitted, this.layoutWidth || 1);
  }

  private computeLayout(changed: PropertyValues<this>): void {
    const width = Math.floor(this.size.width);
    const height = this.size.height;
    if (width <= 0) return;
    const minSpan = this.minSpanMs();
    const fit = fitWindow(this.prepared.extent, minSpan, Date.now());
    const fitChanged = fit.start !== this.fitted.start || fit.end !== this.fitted.end;
    if (!this.viewInitialised || fitChanged || width !== this.layoutWidth || changed.has('minSpan')) {
      const keep = this.viewInitialised && !fitChanged && this.layoutWidth > 0 ? this.currentWindow() : this.initialWindow(fit);
      this.fitted = fit;
      this.layoutWidth = width;
      const limits = zoomLimits(fit, minSpan, width);
      this.zoom.setLimits(width, height, limits.scaleExtent, limits.translateExtent);
      this.zoom.jumpTo(this.constrain(transformFor(keep, fit, width)));
      // The screen-reader list starts on this window and then waits for zooms to settle:
      // left unset, it would follow every frame of the first gesture.
      if (!this.viewInitialised || this.listWindow === undefined) this.listWindow = this.currentWindow();
      this.viewInitialised = true;
      this.requestedWindow = undefined;
      this.measureRows(height);
    } else if (height !== this.measuredHeight) {
      this.measureRows(height);
    }
    const x = this.zoom.transform.rescaleX(baseScale(this.fitted, width));
    this.ticks = axisTicks(x, this.resolvedLocale(), undefined, (label, major) => this.labels.axisLabelWidth(label, major)).ticks;
    const origin = x(this.fitted.start);
    this.layout = packVisible(this.prepared, x, origin, { rows: this.rows, ...this.labelSizes(width), width, pinned: this.pinnedEvents() });
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

  /** The height of a row of labels: taller where the date has a line of its own. */
  private rowPitch(): number {
    return this.rowHeight + (stackedLabels(this.layoutWidth) ? STACKED_ROW_EXTRA : 0);
  }

  /** The time-order position of the event with this id, if it is shown. */
  private orderOf(id: string | null): number | undefined {
    return id === null ? undefined : this.prepared.orderOf.get(id);
  }

  /** The selected and the focused event: always drawn when in view, however crowded. */
  private pinnedEvents(): PreparedEvent[] {
    const out: PreparedEvent[] = [];
    for (const id of new Set([this.selected, this.activeId])) {
      const order = this.orderOf(id);
      const p = order === undefined ? undefined : this.prepared.events[order];
      if (p) out.push(p);
    }
    return out;
  }

  private initialWindow(fit: TimeWindow): TimeWindow {
    if (this.requestedWindow) return this.requestedWindow === 'fit' ? fit : this.requestedWindow;
    const s = attributeInstant(this.start, 0);
    const e = attributeInstant(this.end, 1);
    if (Number.isFinite(s) && Number.isFinite(e) && e > s) return { start: s, end: e };
    return fit;
  }

  private constrain(t: AxisTransform): AxisTransform {
    return constrainTransform(t, zoomLimits(this.fitted, this.minSpanMs(), this.layoutWidth), this.layoutWidth);
  }

  private measureRows(height: number): void {
    this.measuredHeight = height;
    // Measured, not parsed: --sahel-timeline-row-height may be in any unit (3rem, 2.5em).
    const row = this.renderRoot.querySelector('.row-probe')?.getBoundingClientRect().height ?? NaN;
    if (Number.isFinite(row) && row > 12) this.rowHeight = row;
    this.rows = Math.max(1, Math.floor((height - LANE_HEIGHT - AXIS_HEIGHT - 4) / this.rowPitch()));
  }

  private resolvedLocale(): string | undefined {
    const lang = this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? undefined;
    return lang && lang.trim() !== '' ? lang : undefined;
  }

  // ---- Public methods -------------------------------------------------------------------

  /** Glides to show the window from `start` to `end` (Dates, ISO strings or UTC milliseconds). */
  zoomTo(start: Date | string | number, end: Date | string | number): void {
    const s = +new Date(start);
    const e = +new Date(end);
    if (!Number.isFinite(s) || !Number.isFinite(e) || e <= s) return;
    this.glideTo({ start: s, end: e });
  }

  /** Glides to the event with this `id`, zooming in far enough for it to be labelled. */
  zoomToEvent(id: string): void {
    const order = this.prepared.orderOf.get(id);
    if (order !== undefined) this.reveal(order, true);
  }

  /** Glides back to show all the data. */
  fit(): void {
    this.glideTo('fit');
  }

  /** Zooms in (factor > 1) or out (< 1) around the middle. */
  zoomBy(factor: number): void {
    this.zoom.scaleBy(factor);
  }

  /** Selects the next event in time and glides to it. */
  next(): void {
    this.step(1);
  }

  /** Selects the previous event in time and glides to it. */
  previous(): void {
    this.step(-1);
  }

  private step(direction: 1 | -1): void {
    const events = this.prepared.events;
    if (events.length === 0) return;
    const current = this.orderOf(this.selected);
    let order: number;
    if (current !== undefined) {
      order = Math.min(events.length - 1, Math.max(0, current + direction));
    } else {
      const w = this.currentWindow();
      // Events are in start order: the first at or after the window's start, by bisection.
      const found = bisectStart.left(events, w.start);
      const idx = found === events.length ? -1 : found;
      order = direction > 0 ? (idx === -1 ? events.length - 1 : idx) : Math.max(0, (idx === -1 ? events.length : idx) - 1);
    }
    const target = events[order];
    if (!target) return;
    this.select(target.event.id, true);
    this.reveal(order, true);
  }

  private select(id: string | null, fromReader: boolean): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id !== null) this.activeId = id;
    if (!fromReader) return;
    const order = this.orderOf(id);
    const event = order === undefined ? null : (this.prepared.events[order]?.event ?? null);
    this.dispatchEvent(timelineEvent(TimelineEvents.select, event));
  }

  private glideTo(window: TimeWindow | 'fit'): void {
    if (this.layoutWidth <= 0) {
      // Not laid out yet (or hidden): shown once it is.
      this.requestedWindow = window;
      return;
    }
    if (window === 'fit') window = this.fitted;
    this.zoom.transformTo(this.constrain(transformFor(window, this.fitted, this.layoutWidth)));
  }

  /**
   * Brings an event into view with its label showing: centres it at the current zoom if
   * that labels it, else zooms in step by step until it is labelled (or as far as allowed).
   */
  private reveal(order: number, animate: boolean): void {
    const width = this.layoutWidth;
    const shown = this.layout.marks.find((m) => m.item.order === order);
    if (shown && Math.min(shown.x0, shown.labelX) >= 0 && shown.labelX + shown.labelWidth <= width) return;
    const t = revealTransform(
      this.prepared,
      order,
      { current: this.currentWindow(), fit: this.fitted, width, minSpan: this.minSpanMs() },
      { rows: this.rows, ...this.labelSizes(width) },
    );
    if (t) this.zoom.transformTo(t, animate);
  }

  private showHint(): void {
    this.hintShown = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hintShown = false;
    }, HINT_MS);
  }

  // ---- Lifecycle ------------------------------------------------------------------------

  protected override firstUpdated(): void {
    const plot = this.plot;
    if (!plot) return;
    this.size.observe(plot);
    this.zoom.attach(plot);
  }

  protected override updated(): void {
    this.scheduleRangeChange();
    // An event waiting to be focused is forgotten once the reader has put the focus
    // elsewhere on the page: the timeline never takes it back. (Focus on <body> is focus
    // lost with a removed node, not the reader's choice.)
    const active = document.activeElement;
    if (this.pendingFocus !== null && !this.matches(':focus-within') && active !== null && active !== document.body) this.pendingFocus = null;
    if (this.activeId !== null && this.orderOf(this.activeId) === undefined) {
      // The page replaced the data under the active event: the nearest one in time takes its
      // place, and the focus too if the reader was on it (else → would skip that one).
      const nearest = this.prepared.events[this.activeOrder()];
      const hadFocus = this.focusedEvent === this.activeId;
      this.activeId = nearest?.event.id ?? null;
      if (nearest && hadFocus) {
        const button = this.eventButton(nearest.event.id);
        if (button) {
          this.focusedEvent = null;
          button.focus({ preventScroll: true });
        } else {
          this.focusEvent(nearest.order);
        }
      }
    }
    if (this.focusedEvent !== null && this.pendingFocus === null && !this.eventButton(this.focusedEvent)) {
      // The focused event was zoomed or panned out of view (or into a cluster): keep the
      // focus in the timeline, on the plot, rather than let it fall to the page.
      this.focusPlot();
    }
    if (this.pendingFocus !== null) {
      const target = this.eventButton(this.pendingFocus);
      if (target) {
        this.pendingFocus = null;
        target.focus({ preventScroll: true });
      }
    }
  }

  /** Puts the focus on the plot without bringing its active event into view. */
  private focusPlot(): void {
    this.quietFocus = true;
    this.plot?.focus({ preventScroll: true });
    this.quietFocus = false;
  }

  /** Tells screen readers what is in view, politely and only once a zoom has settled. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const w = this.currentWindow();
      const n = countInWindow(this.prepared, w.start, w.end);
      const locale = this.resolvedLocale();
      const fmt = { day: 'numeric', month: 'long', year: 'numeric' } as const;
      this.announcement = `Showing ${formatUtc(w.start, locale, fmt)} to ${formatUtc(w.end, locale, fmt)}: ${formatCount(n, locale)} ${n === 1 ? 'event' : 'events'}.`;
      this.listWindow = w;
    }, 700);
  }

  // ---- Keyboard -------------------------------------------------------------------------

  private eventButton(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`.event[data-id="${CSS.escape(id)}"]`);
  }

  /** The time-order position of the event holding the roving focus. */
  private activeOrder(): number {
    const id = this.activeId ?? this.selected;
    const known = this.orderOf(id);
    const events = this.prepared.events;
    if (known !== undefined) {
      this.activeStart = events[known]?.start;
      return known;
    }
    // The page replaced the data under the active event: carry on from the one nearest in time.
    if (id !== null && this.activeStart !== undefined && events.length > 0) {
      const t = this.activeStart;
      const after = Math.min(bisectStart.left(events, t), events.length - 1);
      const before = Math.max(0, after - 1);
      return Math.abs((events[before]?.start ?? t) - t) <= Math.abs((events[after]?.start ?? t) - t) ? before : after;
    }
    // Nothing focused yet: the first event in view (drawn or in a cluster), not the first
    // one that happens to have room for its label. Out of view, the first one after.
    if (this.layoutWidth <= 0 || events.length === 0) return 0;
    const w = this.currentWindow();
    return eventsInWindow(this.prepared, w.start, w.end, 1)[0]?.order ?? Math.min(bisectStart.left(events, w.start), events.length - 1);
  }

  /** Moves the roving focus to an event, bringing it into view first if need be. */
  private focusEvent(order: number): void {
    const p = this.prepared.events[Math.max(0, Math.min(this.prepared.events.length - 1, order))];
    if (!p) return;
    this.activeId = p.event.id;
    this.pendingFocus = p.event.id;
    this.reveal(p.order, true);
    this.requestUpdate();
  }

  private onPlotKeyDown(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || this.prepared.events.length === 0) return;
    const order = this.activeOrder();
    const last = this.prepared.events.length - 1;
    const focused = this.prepared.events[order];
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const dir = e.key === 'ArrowRight' ? 1 : -1;
        if (e.shiftKey) this.zoom.panBy((-dir * this.layoutWidth) / 5);
        // From the plot with no event yet to start from, an arrow goes to the first one.
        else this.focusEvent(this.activeId === null && this.selected === null ? order : order + dir);
        break;
      }
      case 'Home':
        this.focusEvent(0);
        break;
      case 'End':
        this.focusEvent(last);
        break;
      case '+':
      case '=':
      case '-':
      case '_': {
        const x = focused ? this.zoom.transform.rescaleX(baseScale(this.fitted, this.layoutWidth))(focused.start) : undefined;
        this.zoom.scaleBy(e.key === '-' || e.key === '_' ? 0.5 : 2, x !== undefined && x >= 0 && x <= this.layoutWidth ? x : undefined);
        if (focused) this.pendingFocus = focused.event.id;
        break;
      }
      case '0':
        this.fit();
        break;
      case 'Escape':
        if (this.selected === null) return;
        this.select(null, true);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private onPlotFocus(e: FocusEvent): void {
    const target = e.target as HTMLElement;
    if (target.classList.contains('event')) {
      this.activeId = target.dataset.id ?? null;
      return;
    }
    // The plot itself took the focus because its active event is off-screen: bring that
    // event back. Only for keyboard focus (a pointer pressing on the plot is about to drag
    // it), and only for an event the reader was on: tabbing into an overview where every
    // event is in a cluster leaves the view alone, and the arrow keys start from there.
    if (!target.classList.contains('plot') || this.quietFocus || !target.matches(':focus-visible')) return;
    if (this.activeId !== null || this.selected !== null) this.focusEvent(this.activeOrder());
  }

  private onDetailsKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    this.closeDetails();
  }

  /** Closes the details and returns the focus to the event they described. */
  private closeDetails(): void {
    const id = this.selected;
    this.select(null, true);
    if (id !== null) {
      this.activeId = id;
      this.focusEvent(this.prepared.orderOf.get(id) ?? 0);
    }
  }

  private scheduleRangeChange(): void {
    if (this.rangeFrame || this.layoutWidth <= 0) return;
    this.rangeFrame = requestAnimationFrame(() => {
      this.rangeFrame = 0;
      if (!this.isConnected) return;
      const w = this.currentWindow();
      const key = `${Math.round(w.start)}|${Math.round(w.end)}`;
      if (key === this.lastRange) return;
      // The first window is the one the page opened on: nothing to announce.
      const first = this.lastRange === '';
      this.lastRange = key;
      this.dispatchEvent(timelineEvent(TimelineEvents.rangeChange, { start: new Date(w.start), end: new Date(w.end) }));
      if (!first) this.scheduleAnnouncement();
    });
  }

  // ---- Rendering ------------------------------------------------------------------------

  private sourceList(): readonly Source[] {
    return this.sources ?? this.loaded?.sources ?? (this.showingBuiltIn ? sahelSources : []);
  }

  protected override render(): TemplateResult {
    const count = this.prepared.events.length;
    const w = this.currentWindow();
    const locale = this.resolvedLocale();
    const selectedOrder = this.orderOf(this.selected);
    const selected = selectedOrder === undefined ? undefined : this.prepared.events[selectedOrder];
    const activeOrder = this.activeOrder();
    const activeDrawn = this.layout.marks.some((m) => m.item.order === activeOrder);
    const rangeText = this.layoutWidth > 0 ? `${formatUtc(w.start, locale, { day: 'numeric', month: 'short', year: 'numeric' })} – ${formatUtc(w.end, locale, { day: 'numeric', month: 'short', year: 'numeric' })}` : '';
    return html`
      <div class="frame" part="base" ${setStyles(this.looks.styles)}>
        <div class="toolbar" part="controls" role="toolbar" aria-label="Timeline controls" @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape' && this.keysShown) this.keysShown = false; }}>
          <button class="control" part="control" type="button" aria-label="Zoom in" @click=${() => { this.zoomBy(2); }}>${icons.zoomIn}</button>
          <button class="control" part="control" type="button" aria-label="Zoom out" @click=${() => { this.zoomBy(0.5); }}>${icons.zoomOut}</button>
          <button class="control" part="control" type="button" aria-label="Show all" @click=${() => { this.fit(); }}>${icons.fit}</button>
          <button class="control" part="control" type="button" aria-label="Previous event" aria-disabled=${count === 0 || selectedOrder === 0 ? 'true' : 'false'} @click=${() => { this.previous(); }}>${icons.previous}</button>
          <button class="control" part="control" type="button" aria-label="Next event" aria-disabled=${count === 0 || selectedOrder === count - 1 ? 'true' : 'false'} @click=${() => { this.next(); }}>${icons.next}</button>
          <button class="control" part="control" type="button" aria-expanded=${this.keysShown ? 'true' : 'false'} aria-controls="keys" @click=${() => { this.keysShown = !this.keysShown; }}>${icons.keyboard}<span class="sr-only">Keyboard shortcuts</span></button>
          <span class="range" aria-hidden="true">${rangeText}</span>
        </div>
        ${renderKeysHelp(this.keysShown)}
        ${renderNotice(this.problem, () => { this.problem = undefined; this.focusPlot(); }, locale)}
        <div
          class="plot"
          part="plot"
          role="group"
          aria-roledescription="timeline"
          aria-label=${this.accessibleName()}
          aria-describedby="plot-help"
          tabindex=${activeDrawn ? '-1' : '0'}
          @keydown=${(e: KeyboardEvent) => { this.onPlotKeyDown(e); }}
          @focusin=${(e: FocusEvent) => { this.onPlotFocus(e); }}
        >
          <div class="row-probe" aria-hidden="true"></div>
          ${renderAxis(this.ticks, this.size.height)}
          ${repeat(this.layout.clusters, (c) => `c${c.first}`, (c) => this.renderCluster(c))}
          ${repeat(this.layout.marks, (m) => m.item.event.id, (m) => this.renderMark(m, m.item.order === activeOrder))}
          ${count === 0 ? html`<div class="empty">${this.source.loading || (this.pending && this.events === undefined && !this.src) ? 'Loading events…' : 'No events to show.'}</div>` : nothing}
          <div class="hint ${this.hintShown ? 'shown' : ''}" part="hint" aria-hidden="true">Hold Ctrl (⌘ on a Mac) and scroll to zoom</div>
        </div>
        ${this.renderClusterList(locale)}
        ${renderLegend(this.looks, this.categoryCounts)}
        ${selected
          ? html`<div @keydown=${(e: KeyboardEvent) => { this.onDetailsKeyDown(e); }}>${renderDetails(selected.event, this.sourceList(), locale, () => { this.closeDetails(); }, this.looks.look(selected.event.category))}</div>`
          : nothing}
        <p id="plot-help" class="sr-only">${this.description()}</p>
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${this.renderEventList(locale)}
      </div>
    `;
  }

  private description(): string {
    return 'Use the left and right arrow keys to move between events, Enter to open one, plus and minus to zoom, shift with the arrow keys to move in time, and 0 to show everything.';
  }

  /** A visually hidden, time-ordered list of the events, as an alternative to the graphic. */
  private renderEventList(locale: string | undefined): unknown {
    const all = this.prepared.events;
    const windowed = all.length > EVENT_LIST_LIMIT;
    const w = windowed ? (this.listWindow ?? this.currentWindow()) : undefined;
    // Re-rendered only when the data, the language or the settled window change.
    return guard([this.prepared, locale, w?.start, w?.end], () => this.renderEventListNow(locale, w));
  }

  private renderEventListNow(locale: string | undefined, w: TimeWindow | undefined): TemplateResult {
    const all = this.prepared.events;
    let list = all;
    let note = '';
    if (w) {
      list = eventsInWindow(this.prepared, w.start, w.end, EVENT_LIST_WINDOW);
      note = `${formatCount(all.length, locale)} events in all; listing ${formatCount(list.length, locale)} of those in view. Zoom or move to list others.`;
    }
    // Named after the timeline too, so that two on a page are two distinct regions.
    return html`<section class="sr-only" aria-label=${`Events in time order: ${this.accessibleName()}`}>
      ${note ? html`<p>${note}</p>` : nothing}
      <ol>
        ${list.map(
          (p) => html`<li><button type="button" tabindex="-1" @click=${() => { this.select(p.event.id, true); this.focusEvent(p.order); }}>${p.event.title}, ${formatEventDate(p.event, locale, 'long')}</button></li>`,
        )}
      </ol>
    </section>`;
  }

  private accessibleName(): string {
    if (this.label) return this.label;
    const events = this.prepared.events;
    const extent = this.prepared.extent;
    if (!extent || events.length === 0) return 'Timeline with no events';
    const a = new Date(extent[0]).getUTCFullYear();
    const b = new Date(extent[1] - 1).getUTCFullYear();
    // Years stay as they are ("2013"); the count is grouped as the language groups it ("10,000").
    return `Timeline of ${formatCount(events.length, this.resolvedLocale())} ${events.length === 1 ? 'event' : 'events'}, ${a === b ? a : `${a} to ${b}`}`;
  }

  private renderCluster(c: ClusterLayout): TemplateResult {
    const month = formatUtc(c.start, this.resolvedLocale(), { month: 'short', year: 'numeric' });
    // A cluster at the left edge may hold long events that began well before the view.
    const when = c.start < this.currentWindow().start ? `from ${month}` : month;
    // The pill shows the count as the name writes it (WCAG 2.5.3). No title: one with the
    // name's words is read a second time, as the description.
    const count = formatCount(c.count, this.resolvedLocale());
    const label = c.count === 1 ? `${count} event, ${when}. Zoom in to see it.` : `${count} events, ${when}. Zoom in to see them.`;
    return html`<button
      class="cluster"
      part="cluster"
      type="button"
      tabindex="-1"
      aria-label=${label}
      ${setStyles({ transform: `translate(${c.x0}px, 6px)`, width: `${c.x1 - c.x0}px` })}
      @click=${() => { this.activateCluster(c); }}
    >${count}</button>`;
  }

  private activateCluster(c: ClusterLayout): void {
    const w = this.currentWindow();
    const span = w.end - w.start;
    const x = this.zoom.transform.rescaleX(baseScale(this.fitted, this.layoutWidth));
    // Where it was drawn: its events' time, as far as the pill covers it. A cluster also
    // counts long events that reach in from beyond the view, and must not zoom out to show
    // them whole.
    const drawnStart = +x.invert(c.x0);
    const drawnEnd = +x.invert(c.x1);
    let start = Math.max(c.start, drawnStart);
    let end = Math.min(c.end, drawnEnd);
    if (end <= start) [start, end] = [drawnStart, drawnEnd];
    const pad = Math.max((end - start) * 0.25, this.minSpanMs() / 2);
    let target: TimeWindow = { start: start - pad, end: end + pad };
    if (target.end - target.start > span / 2) {
      // Always closer than now: half the span, centred on the cluster.
      const mid = +x.invert((c.x0 + c.x1) / 2);
      target = { start: mid - span / 4, end: mid + span / 4 };
    }
    const t = this.constrain(transformFor(target, this.fitted, this.layoutWidth));
    if (t.k <= this.zoom.transform.k * 1.001) {
      // Zoomed in as far as allowed and still crowded: list its events instead.
      this.clusterList = { start: c.start, end: c.end, count: c.count };
      return;
    }
    this.zoom.transformTo(t);
  }

  private renderClusterList(locale: string | undefined): TemplateResult | typeof nothing {
    const c = this.clusterList;
    if (!c) return nothing;
    const list = eventsInWindow(this.prepared, c.start, c.end, CLUSTER_LIST_LIMIT);
    const close = () => {
      this.clusterList = undefined;
      // Its button goes with it: keep the focus in the timeline.
      this.focusPlot();
    };
    return html`<section
      class="cluster-list"
      part="cluster-list"
      aria-labelledby="cluster-title"
      @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') close(); }}
    >
      <header>
        <h2 id="cluster-title">${c.count} events from ${formatUtc(c.start, locale, { day: 'numeric', month: 'long', year: 'numeric' })}</h2>
        <button class="control" part="control" type="button" aria-label="Close the list" @click=${close}>${icons.close}</button>
      </header>
      <ul>
        ${list.map(
          (p) => html`<li class=${this.looks.look(p.event.category).className}>
            <button type="button" @click=${() => { close(); this.select(p.event.id, true); this.focusEvent(p.order); }}>
              ${glyph(this.looks.look(p.event.category))}<span>${shorten(p.event.title)}</span> <span class="when">${formatEventDate(p.event, locale)}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${c.count > list.length ? html`<p>Showing the first ${list.length}.</p>` : nothing}
    </section>`;
  }

  private renderMark(m: MarkLayout, active: boolean): TemplateResult {
    const e = m.item.event;
    const cat = this.looks.look(e.category);
    const y = LANE_HEIGHT + m.row * this.rowPitch();
    const stacked = stackedLabels(this.layoutWidth);
    const left = Math.min(m.x0, m.labelX);
    const right = Math.max(m.x1, m.labelX + m.labelWidth);
    const when = this.labels.shortDate(e);
    // A tooltip only where the label is cut short: the button's name already reads it all.
    const cut = m.labelWidth < this.labels.width(e, { band: m.band, stacked }) || shorten(e.title) !== e.title;
    // The accessible name is the visible text (WCAG 2.5.3) plus what only colour and shape
    // show. An aria-label, not hidden text: browsers put a space before out-of-flow and flex
    // children in a name ("Title 27 Mar 2022 , known to the day").
    const hidden = `, ${PRECISION_WORDS[m.item.precision]}${cat.id !== undefined ? `, ${cat.label}` : ''}`;
    const imprecise = m.band && m.item.kind === 'point' && m.item.precision !== 'day';
    const barClass = `bar ${m.item.kind === 'ongoing' ? 'ongoing' : ''} ${imprecise ? 'imprecise' : ''}`;
    return html`<button
      class="event ${cat.className}"
      part="event event-${cat.part}"
      type="button"
      tabindex=${active ? '0' : '-1'}
      data-id=${e.id}
      aria-pressed=${this.selected === e.id ? 'true' : 'false'}
      aria-label=${`${e.title}, ${when}${hidden}`}
      title=${cut ? e.title : nothing}
      ${setStyles({ transform: `translate(${left}px, ${y}px)`, width: `${right - left}px`, ...(stacked && { height: `${this.rowPitch() - 4}px` }) })}
      @click=${() => { this.select(e.id, true); }}
    >
      ${m.band
        ? html`<span class=${barClass} part="bar" ${setStyles({ left: `${m.x0 - left}px`, width: `${m.x1 - m.x0}px` })}></span>`
        : html`<span class="point" ${setStyles({ left: `${m.x0 - left}px` })}>${glyph(cat)}</span>`}
      <span class="label ${m.labelX < m.x0 ? 'before' : ''} ${stacked ? 'stacked' : ''}" part="label" ${setStyles({ left: `${m.labelX - left}px`, width: `${m.labelWidth}px` })}>
        ${m.band ? glyph(cat) : nothing}<span class="text" dir="auto">${shorten(e.title)}</span> <span class="when">${when}</span>
      </span>
    </button>`;
  }

}

const bisectStart = bisector((p: PreparedEvent) => p.start);

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


