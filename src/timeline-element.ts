/**
 * <sahel-timeline>: the thin shell over its public properties (TimelineProperties, declared
 * once in timeline-properties.ts). Composes one controller per behaviour (data, filters,
 * view, navigation, selection, clusters, live region, hint, toolbar), delegates its public
 * methods to them, and renders the top-level template. See ARCHITECTURE.md for the path from
 * `events` to pixels.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { readDate } from './dataset/dates.js';
import type { Media, TimelineEvent } from './dataset/types.js';
import type { DataController } from './controllers/data-controller.js';
import { exportChunk as exporter } from './controllers/chunks.js';
import type { LaneController } from './controllers/lane-controller.js';
import type { ViewController } from './controllers/view-controller.js';
import { formatYearAsKnown, yearOf } from './layout/chronology.js';
import { formatWindowRange } from './layout/format.js';
import type { ClusterLayout } from './layout/pack.js';
import { renderAxis } from './render/axis.js';
import { renderEventList } from './render/event-list.js';
import { renderLegend } from './render/legend.js';
import { domMarks } from './render/marks.js';
import { renderNotice } from './render/notice.js';
import { renderSearch } from './render/search.js';
import { setStyles } from './render/set-styles.js';
import { renderToolbar } from './render/toolbar.js';
import { localizeOne } from './dataset/localize.js';
import type { SelectCause } from './events.js';
import type { Words } from './strings.js';
import { TimelineBehaviours } from './timeline-behaviours.js';
import { TimelineProperties } from './timeline-properties.js';
import { timelineStyles } from './timeline.styles.js';

/** An instant given as a Date, UTC milliseconds, or text: an event's ISO 8601 date (any year), else what `Date` reads. */
function instantOf(value: Date | string | number): number {
  if (typeof value !== 'string') return +value;
  const read = readDate(value.trim());
  return typeof read === 'string' ? Date.parse(value) : read.start;
}


/**
 * An interactive, zoomable timeline of dated events, from billions of years down to a minute.
 * With no data it shows the built-in Sahel dataset.
 *
 * @summary Zoomable, accessible timeline of dated events, drawn with d3.
 *
 * @fires sahel-select - The reader selected an event or closed it (detail: `{ event, cause }`: the event or null, and `pointer`, `keyboard`, `play` or `hash`). Not for the page's own `selected`, `next()` or `previous()`.
 * @fires sahel-range-change - The visible window changed (detail: `{ start, end }` Dates), at most once a frame.
 * @fires sahel-error - Data could not be loaded or some items were invalid (detail: the issues and what is shown).
 * @fires sahel-filter-change - The search, a legend toggle or `filter` changed what is shown (detail: `{ shown, total, query, categories }`).
 *
 * @csspart base - The frame around everything.
 * @csspart toolbar - The row above the plot: the toolbar's buttons, the search box and the range in view.
 * @csspart control - Each icon button: the toolbar's, and the Close buttons of the details, a cluster's list and the notice.
 * @csspart plot - The zoomable area.
 * @csspart axis - The time axis and its gridlines.
 * @csspart event - Each event on the plot (also `event-<category>`).
 * @csspart bar - The band or bar of an event that covers a span of time.
 * @csspart label - Each event's label.
 * @csspart cluster - A mark standing for events too dense to label.
 * @csspart keys-panel - The keyboard shortcuts panel.
 * @csspart export - The toolbar button that opens the export panel.
 * @csspart export-panel - The export panel: download the view as SVG or PNG.
 * @csspart cluster-list - The list of a cluster's events, when zooming cannot separate them.
 * @csspart lane - Each lane, when events are grouped (`group-by`): a group of its events under its header.
 * @csspart lane-label - Each lane's header: its name and count, a button that collapses or expands it.
 * @csspart era - Each era's band behind the events, with its title.
 * @csspart era-list - The list of eras under the plot, with their dates.
 * @csspart legend - The category legend: a row of toggles that show and hide categories.
 * @csspart legend-item - Each category's toggle in the legend (`aria-pressed` while shown).
 * @csspart search - The search box in the toolbar.
 * @csspart search-count - How many events are shown while some are hidden ("12 of 25 events").
 * @csspart details - The panel describing the selected event.
 * @csspart title-card - The title card: `heading` and `summary` (else the data's), shown where the details go while nothing is selected.
 * @csspart media - An event's (or the title card's) picture, video or link card.
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
 * @cssprop --sahel-timeline-category-1 - The categories' palette, colour 1 (by default the military category's). A dataset's categories take the palette in turn: each built-in category its own place (military 1, diplomacy 2, politics 3, protest 4, media 5, economy 6, violence 7, context 8), other categories the places left, in order (the page's `categories` first), then more colours. The defaults are the Sahel dataset's, for the light and dark themes.
 * @cssprop --sahel-timeline-category-2 - The categories' palette, colour 2 (by default the diplomacy category's).
 * @cssprop --sahel-timeline-category-3 - The categories' palette, colour 3 (by default the politics category's).
 * @cssprop --sahel-timeline-category-4 - The categories' palette, colour 4 (by default the protest category's).
 * @cssprop --sahel-timeline-category-5 - The categories' palette, colour 5 (by default the media category's).
 * @cssprop --sahel-timeline-category-6 - The categories' palette, colour 6 (by default the economy category's).
 * @cssprop --sahel-timeline-category-7 - The categories' palette, colour 7 (by default the violence category's).
 * @cssprop --sahel-timeline-category-8 - The categories' palette, colour 8 (by default the context category's).
 * @cssprop --sahel-timeline-category-other - Colour of events without a category.
 * @cssprop --sahel-timeline-color-<category> - One category's own colour, by its name in lower case, spaces as `-` (`--sahel-timeline-color-military`): over its palette colour and the page's `categories` colour.
 */
export class SahelTimeline extends TimelineProperties {
  static override styles = timelineStyles;

  private copied: { id: string; state: 'copied' | 'failed' } | undefined;
  private readonly b = new TimelineBehaviours(this, {
    mayInk: () => !this.shadowRoot?.activeElement?.matches('.event, .cluster') && !matchMedia('(forced-colors: active)').matches,
    rangeText: () => this.rangeText(),
  });

  // What the export chunk reads (controllers/timeline-host.ts) and tests: not the page's API.
  /** Intake: the events, their looks and counts, what could not be shown. @internal */
  get data(): DataController {
    return this.b.data;
  }

  /** The view: its window, size, zoom and layout. @internal */
  get view(): ViewController {
    return this.b.view;
  }

  /** The lanes, when grouped. @internal */
  get grouping(): LaneController {
    return this.b.grouping;
  }

  /** The element's language: `locale`, else the nearest `lang`. @internal */
  get language(): string | undefined {
    return this.b.wording.language;
  }

  /** The language the dataset is shown in: the element's, else the browser's. @internal */
  get readerLanguage(): string {
    return this.b.wording.reader;
  }

  /** The interface's words in the element's language. @internal */
  get words(): Words {
    return this.b.wording.words;
  }

  /** False while the words of the element's language are on their way (announcements wait for them). @internal */
  get wordsReady(): boolean {
    return this.b.wording.ready;
  }

  /** The events shown, after validation, in time order. */
  get shownEvents(): readonly TimelineEvent[] {
    return this.data.prepared.events.map((p) => p.event);
  }

  /**
   * The visible window (while the element is not laid out, the window it will show), as Dates
   * and as UTC milliseconds (`startTime`, `endTime`), which also hold years beyond a Date's range.
   */
  get visibleRange(): { start: Date; end: Date; startTime: number; endTime: number } {
    const w = this.view.visibleWindow();
    return { start: new Date(w.start), end: new Date(w.end), startTime: w.start, endTime: w.end };
  }

  /**
   * Glides to show the window from `start` to `end`: Dates, UTC milliseconds, or ISO 8601
   * dates as events write them (`"-0043-03-15"`, `"2022-03-27T14:30Z"`), each read as its first instant.
   */
  zoomTo(start: Date | string | number, end: Date | string | number): void {
    const s = instantOf(start);
    const e = instantOf(end);
    if (Number.isFinite(s) && Number.isFinite(e) && e > s) this.view.glideTo({ start: s, end: e });
  }

  /** Glides to the event with this `id`, zooming in far enough for it to be labelled. */
  zoomToEvent(id: string): void {
    const order = this.data.prepared.orderOf.get(id);
    if (order !== undefined) this.view.reveal(order, true);
  }

  /** Glides back to show all the data. */
  fit(): void {
    this.view.glideTo('fit');
  }

  /** Zooms in (factor > 1) or out (< 1) around the middle. */
  zoomBy(factor: number): void {
    this.view.zoom.scaleBy(factor);
  }

  /**
   * Walks through the shown events in time order, one every `play-interval` seconds, selecting
   * each and bringing it into view; any key, pointer, wheel or touch of the reader's pauses it.
   */
  play(): void {
    this.b.player.play();
  }

  /** Stops walking through the events. */
  pause(): void {
    this.b.player.pause();
  }

  /** Whether the timeline is walking through its events (see `play()`). */
  get playing(): boolean {
    return this.b.player.playing;
  }

  /**
   * A picture of the view as a standalone SVG file: the title, the window in view, the axis,
   * the eras, the marks and their labels, the legend and a source line, text as `<text>`
   * (escaped) and colours as the reader's theme shows them. Asynchronous: the exporter is
   * loaded on demand. While loading or with no events, the picture says so; it never rejects
   * for want of data.
   */
  toSVG(): Promise<string> {
    return exporter.load().then((m) => m.toSvg(this));
  }

  /**
   * The same picture as `toSVG()`, as a PNG Blob (`image/png`) `scale` times the view's size
   * in CSS pixels (default 2, at most 8). Painted on a canvas from the layout, so pages with a
   * strict Content-Security-Policy (no `blob:` or `data:` images) get it too.
   */
  toPNG(scale = 2): Promise<Blob> {
    return exporter.load().then((m) => m.toPng(this, scale));
  }

  /** Says a text once to screen readers. @internal */
  announce(text: string): void {
    this.b.liveRegion.now(text);
  }

  /** Selects the next event in time and glides to it. */
  next(): void {
    this.b.selection.step(1);
  }

  /** Selects the previous event in time and glides to it. */
  previous(): void {
    this.b.selection.step(-1);
  }

  /** The pipeline (pipeline.ts), stage by stage, through the behaviours that keep each stage's state. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const { data, filters, grouping, periods, links, liveRegion, view, nav } = this.b;
    if (changed.has('hash')) links.sync();
    // 1. Intake and 2. language: the events checked, in the reader's language, prepared.
    const fresh = data.sync(changed);
    // 3. Filters and search: the events shown.
    const shownChanged = filters.sync(changed, fresh);
    if (shownChanged) data.prepared = filters.shown;
    // 4. Lanes and eras.
    grouping.sync(changed, fresh, shownChanged);
    periods.sync(changed, fresh);
    links.apply();
    if (shownChanged) {
      // The screen-reader list follows a search once typing pauses.
      liveRegion.follow(!fresh && changed.has('query'));
      this.b.clusters.listed = undefined;
      // A selected event the filters hide is no longer selected (new data sees to its own).
      if (!fresh && this.selected !== null && data.prepared.orderOf.get(this.selected) === undefined) this.selected = null;
      if (!fresh && filters.active && !filters.waiting) liveRegion.say(this.shownCount());
    }
    if (fresh) {
      // Events shown in another language keep the window the reader chose.
      if (!data.relocalized) view.reset();
      liveRegion.settled = undefined;
    }
    // 5. Window and 6. layout; 7, the scene, is painted by render() and, during a gesture, the canvas.
    // The screen-reader list starts on the first window laid out, then waits for zooms to
    // settle: left unset, it would follow every frame of the first gesture.
    if (view.update(changed, nav.pinned()) === 'fresh' || liveRegion.settled === undefined) {
      if (view.laidOutWidth > 0) liveRegion.settled = view.currentWindow();
    }
  }

  protected override firstUpdated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot) this.view.attach(plot, this.renderRoot.querySelector('canvas.ink'), this.renderRoot.querySelector('.range'));
  }

  protected override render(): TemplateResult {
    const { data, view, words } = this;
    const prepared = data.prepared;
    const count = prepared.events.length;
    const w = view.currentWindow();
    const selectedOrder = this.b.selection.order;
    const selected = this.b.selection.event;
    const listed = this.b.clusters.listed;
    // The details and a cluster's list come in a chunk of their own, asked for when wanted.
    const about = this.titleCard();
    const titleCard = selected === undefined && count > 0 && (about.title !== undefined || about.summary !== undefined || about.media !== undefined);
    const panels = this.b.panels.get(selected !== undefined || listed !== undefined || this.b.toolbar.keysShown || titleCard);
    const activeOrder = view.held?.activeOrder ?? this.b.nav.activeOrder();
    // During a wheel, drag or pinch gesture the buttons keep the layout it started from
    // (and the canvas draws the current one): see ViewController.inking.
    const marks = view.held?.layout ?? view.layout;
    const lanes = view.held ? view.held.lanes : view.lanes;
    const ticks = view.held?.ticks ?? view.ticks;
    const activeDrawn = (lanes ? lanes.packed.get(this.grouping.active) : marks)?.marks.some((m) => m.item.order === activeOrder) ?? false;
    const markContext = {
      looks: data.looks,
      labels: view.labels,
      rows: lanes?.rows ?? view.rows,
      stacked: view.stacked,
      activeOrder,
      selected: this.selected,
      linked: lanes ? this.grouping.linked(this.shadowRoot?.activeElement?.closest('.plot') != null, this.b.nav.activeId) : null,
      windowStart: view.held?.windowStart ?? w.start,
      words,
      onSelect: (id: string, cause: SelectCause) => { this.b.selection.select(id, cause); },
      onCluster: (c: ClusterLayout) => { this.b.clusters.activate(c); },
    };
    // Shared parts written once: "1 Mar – 1 Apr 2020".
    const rangeText = this.rangeText();
    const name = this.accessibleName();
    const pick = (p: { event: TimelineEvent }, cause: SelectCause) => {
      // By id: the list may be a moment behind a search being typed.
      const order = this.data.prepared.orderOf.get(p.event.id);
      if (order === undefined) return;
      this.b.selection.select(p.event.id, cause);
      this.b.nav.focusEvent(order);
    };
    return html`
      <div class="frame" part="base" ${setStyles(data.looks.styles)}>
        ${renderToolbar(
          this.b.toolbar,
          words,
          { host: this, step: (by, cause) => { this.b.selection.step(by, cause); }, playing: this.b.player.playing, togglePlay: () => { this.b.player.toggle(); }, exportShown: exporter.loaded?.shown(this) ?? false, toggleExport: () => { void exporter.load().then((m) => m.toggle(this)); }, empty: count === 0, atFirst: count === 0 || selectedOrder === 0, atLast: count === 0 || selectedOrder === count - 1 },
          rangeText,
          renderSearch(words, this.query, this.shownCount(), { input: (q) => { this.query = q; }, step: (by) => { this.b.selection.step(by, 'keyboard'); }, focus: () => { this.b.filters.prepareSearch(); } }),
        )}
        ${panels
          ? guard([this.b.toolbar.keysShown, words], () => panels.renderKeysHelp(this.b.toolbar.keysShown, words))
          : html`<div id="keys" class="keys" part="keys-panel" hidden></div>`}
        ${exporter.loaded?.renderExportPanel(this) ?? html`<div id="export" hidden></div>`}
        ${renderNotice(data.noticeText(words), () => { data.problem = undefined; this.requestUpdate(); this.b.nav.focusPlot(); }, words)}
        <div
          class="plot"
          part="plot"
          role="group"
          aria-roledescription=${words.strings.timeline}
          aria-label=${name}
          aria-describedby="plot-help"
          tabindex=${activeDrawn ? '-1' : '0'}
          @keydown=${(e: KeyboardEvent) => { this.b.nav.onKeyDown(e); }}
          @focusin=${(e: FocusEvent) => { this.b.nav.onFocusIn(e); }}
        >
          <div class="row-probe" aria-hidden="true"></div>
          ${count > 0 && this.b.periods.chunk ? guard([view.held?.eras ?? view.eras, view.size.height], () => this.b.periods.chunk?.renderEraBands(view.held?.eras ?? view.eras, view.size.height)) : nothing}
          ${count > 0 ? guard([ticks, view.size.height], () => renderAxis(ticks, view.size.height)) : nothing}
          <canvas class="ink" aria-hidden="true"></canvas>
          ${lanes && this.grouping.chunk
            ? this.grouping.chunk.renderLanes(this.grouping.lanes, lanes, {
                marks: markContext,
                active: this.grouping.active,
                words,
                onToggle: (i) => { this.grouping.toggle(i); },
                onScroll: (top) => { view.scrollLanes(top); },
                onHover: (e) => { this.grouping.hover(e); },
              })
            : html`<div class="marks">${guard([marks, activeOrder, this.selected, words, data.looks, view.rows, view.stacked], () => domMarks.render(marks, markContext))}</div>`}
          ${data.reading !== undefined
            ? html`<div class="empty" role="status">${words.fill(words.strings.reading, { percent: words.percent(data.reading) })}</div>`
            : count === 0 ? html`<div class="empty">${data.loading ? words.strings.loading : data.all.events.length > 0 ? words.strings.noMatches : words.strings.noEvents}</div>` : nothing}
          <div class="hint ${this.b.hint.shown ? 'shown' : ''}" part="hint" aria-hidden="true">${words.strings.wheelHint}</div>
        </div>
        ${panels?.renderClusterList(listed, prepared, data.looks, words, () => { this.b.clusters.close(); }, pick) ?? nothing}
        ${guard([data.looks, data.counts, this.b.filters.counts, this.hiddenCategories, words, this.b.legendFocus.active], () =>
          renderLegend(data.looks, data.counts, this.b.filters.counts, this.hiddenCategories, words, this.b.legendFocus, (id) => { this.b.filters.toggleCategory(id); }),
        )}
        ${guard([this.b.periods.list, words], () => this.b.periods.chunk?.renderEraList(this.b.periods.list, words) ?? nothing)}
        ${selected && panels
          ? html`<div @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); this.b.nav.closeDetails('keyboard'); } }}>${panels.renderDetails(selected.event, data.sources, words, (cause) => { this.b.nav.closeDetails(cause); }, data.looks.look(selected.event.category), this.hash ? this.linkControl(selected.event.id) : undefined, this.embedMedia)}</div>`
          : titleCard && panels
            ? panels.renderTitleCard(about, count, words, this.embedMedia)
            : nothing}
        <p id="plot-help" class="sr-only">${words.strings.plotHelp}</p>
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.b.wording.ready ? this.b.liveRegion.text : ''}</div>
        ${renderEventList(this.b.liveRegion.listed ?? prepared, this.b.liveRegion.settled ?? w, words, name, pick)}
      </div>
    `;
  }

  /** The details' "Copy link": the link to an event, and copying it to the clipboard. */
  private linkControl(id: string): { href: string; state: 'idle' | 'copied' | 'failed'; onCopy: () => void } {
    const href = this.b.links.linkTo(id);
    return {
      href,
      state: this.copied?.id === id ? this.copied.state : 'idle',
      onCopy: () => {
        const done = (state: 'copied' | 'failed') => {
          this.copied = { id, state };
          if (state === 'copied') this.b.liveRegion.say(this.words.strings.linkCopied);
          this.requestUpdate();
        };
        // The clipboard needs a secure context and the reader's gesture; without it, the
        // link is shown to copy by hand.
        if (typeof navigator.clipboard === 'undefined') done('failed');
        else navigator.clipboard.writeText(href).then(() => { done('copied'); }, () => { done('failed'); });
      },
    };
  }

  /** The title card's heading, summary and media: the page's, else the file's or the built-in data's, in the reader's language. @internal */
  titleCard(): { title?: string; summary?: string; media?: Media } {
    // The file's or the built-in title card in the reader's language; the page's own as given.
    const given = localizeOne(this.data.about, this.readerLanguage);
    const title = this.heading !== undefined && this.heading.trim() !== '' ? this.heading : given.title;
    const summary = this.summary ?? given.summary;
    const media = this.media ?? given.media;
    return {
      ...(title !== undefined && title.trim() !== '' && { title }),
      ...(summary !== undefined && summary.trim() !== '' && { summary }),
      ...(media !== undefined && { media }),
    };
  }

  /** While the filters hide some events, how many are shown of all ("12 of 25 events"); else nothing. */
  private shownCount(): string {
    if (!this.b.filters.active) return '';
    const { words, data } = this;
    return words.fill(words.strings.shownOf, { shown: words.number(data.prepared.events.length), events: words.events(data.all.events.length) });
  }

  /** The window in view as the toolbar writes it ("1 Mar – 1 Apr 2020"), or nothing. */
  private rangeText(): string {
    if (this.view.laidOutWidth <= 0 || this.data.prepared.events.length === 0) return '';
    const w = this.view.currentWindow();
    return formatWindowRange(w.start, w.end, this.language, 'short', this.words.strings);
  }

  private accessibleName(): string {
    if (this.label) return this.label;
    const { words } = this;
    const extent = this.data.prepared.extent;
    const n = this.data.prepared.events.length;
    if (!extent || n === 0) return words.strings.timelineEmpty;
    // Years are written as people write them ("2013", "44 BCE", "66 million years ago"); the
    // count is grouped as the language groups it ("10,000").
    const a = formatYearAsKnown(yearOf(extent[0]), this.language, words.strings);
    const b = formatYearAsKnown(yearOf(extent[1] - 1), this.language, words.strings);
    const years = a === b ? a : words.fill(words.strings.yearSpan, { start: a, end: b });
    return words.fill(words.strings.timelineName, { events: words.events(n), years });
  }
}
