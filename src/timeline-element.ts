/**
 * <sahel-timeline>: the thin shell over its public properties (TimelineProperties, declared
 * once in timeline-properties.ts). Its behaviours are composed in timeline-behaviours.ts;
 * `willUpdate` runs the pipeline (pipeline.ts) through them, stage by stage; its public
 * methods are delegated to them; `render` is render/timeline.ts. See ARCHITECTURE.md for the
 * path from `events` to pixels.
 */
import type { PropertyValues, TemplateResult } from 'lit';
import { exportChunk as exporter } from './controllers/chunks.js';
import type { DataController } from './controllers/data-controller.js';
import type { LaneController } from './controllers/lane-controller.js';
import type { ViewController } from './controllers/view-controller.js';
import { instantOf } from './dataset/dates.js';
import { nearestShown } from './layout/prepare.js';
import type { TimelineEvent } from './dataset/types.js';
import { rangeText, renderTimeline, shownCount, titleCardOf, type TitleCard } from './render/timeline.js';
import type { Words } from './strings.js';
import { TimelineBehaviours } from './timeline-behaviours.js';
import { TimelineProperties } from './timeline-properties.js';
import { timelineStyles } from './timeline.styles.js';

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
 * @fires sahel-change - With `editable`, before a reader's change is made (detail: `{ kind, before, after, cause, history? }`); cancelable, and `after` may be replaced by an adjusted copy. Then `events` holds a new array.
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
 * @csspart more-lanes - The cue at the foot of a stack of lanes that scrolls: "3 more lanes below".
 * @csspart era - Each era's band behind the events, with its title.
 * @csspart era-list - The list of eras under the plot, with their dates.
 * @csspart legend - The category legend: a row of toggles that show and hide categories.
 * @csspart legend-item - Each category's toggle in the legend (`aria-pressed` while shown).
 * @csspart search - The search box in the toolbar.
 * @csspart search-count - How many events are shown while some are hidden ("12 of 25 events").
 * @csspart details - The panel describing the selected event.
 * @csspart story - The story view (`mode="story"`): the slide (part `details`, or `title-card` first) and the buttons to the slides either side.
 * @csspart title-card - The title card: `heading` and `summary` (else the data's), shown where the details go while nothing is selected.
 * @csspart media - An event's (or the title card's) picture, video or link card.
 * @csspart notice - The notice about data that could not be shown.
 * @csspart hint - The short hint shown when a plain wheel scrolls past.
 * @csspart edit-bar - With `editable`: the row under the toolbar with Add event, Move…'s prompt and the notice of the last change.
 * @csspart edit-notice - The notice of the last change (with Undo), or of a change refused.
 * @csspart edit-form - The form that edits an event, in place of its details (also part `details`).
 * @csspart edit-ghost - Where a dragged event would go.
 * @csspart edit-bubble - The date a dragged event would get, beside its ghost.
 *
 * @cssprop --sahel-timeline-font - Font family.
 * @cssprop --sahel-timeline-text - Text colour.
 * @cssprop --sahel-timeline-muted - Secondary text colour.
 * @cssprop --sahel-timeline-background - Background colour.
 * @cssprop --sahel-timeline-surface - Background of buttons, clusters and the details panel.
 * @cssprop --sahel-timeline-grid - Gridline and border colour.
 * @cssprop --sahel-timeline-accent - Link colour.
 * @cssprop --sahel-timeline-focus - Focus ring colour.
 * @cssprop --sahel-timeline-height - A fixed height for the plot (unset by default: the plot is as tall as its rows need, up to --sahel-timeline-max-height, and the page scrolls).
 * @cssprop --sahel-timeline-max-height - The most the plot grows to when no height is set (default 80vh); beyond it, events gather into clusters and lanes scroll.
 * @cssprop --sahel-timeline-slide-height - The most a slide of the story view (`mode="story"`) grows to (default 65vh); a longer one scrolls within it, so the plot stays in sight.
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

  private readonly b: TimelineBehaviours = new TimelineBehaviours(this, {
    mayInk: () => !this.shadowRoot?.activeElement?.matches('.event, .cluster') && !matchMedia('(forced-colors: active)').matches,
    rangeText: () => rangeText(this, this.b),
    // performUpdate runs a pending update at once (Lit's own scheduleUpdate calls it).
    updateNow: () => {
      this.requestUpdate();
      this.performUpdate();
    },
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

  /** The valid events the search and filters leave shown, in time order. */
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
    this.b.editing.sync(changed);
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
      // A selected event the filters hide is no longer selected (new data sees to its own); a
      // story moves on to the next slide left.
      if (!fresh && this.selected !== null && data.prepared.orderOf.get(this.selected) === undefined) {
        if (this.mode === 'story') this.b.moveOn(nearestShown(data.all, data.prepared, this.selected));
        else this.selected = null;
      }
      if (!fresh && filters.active && !filters.waiting) liveRegion.say(shownCount(this, this.b));
    }
    if (fresh) {
      // Events shown in another language, or edited, keep the window the reader chose.
      if (!data.relocalized && !this.b.editing.edited) {
        view.reset();
        liveRegion.settled = undefined;
      }
    }
    // 5. Window and 6. layout; 7, the scene, is painted by render() and, during a gesture, the canvas.
    // The screen-reader list starts on the first window laid out, then waits for zooms to
    // settle: left unset, it would follow every frame of the first gesture.
    if (view.update(changed, nav.pinned()) === 'fresh' || liveRegion.settled === undefined) {
      if (view.laidOutWidth > 0) liveRegion.settled = view.currentWindow();
    }
    // A search brings its matches into view, with room for their labels.
    if (shownChanged && !fresh && changed.has('query') && this.query.trim() !== '' && !filters.waiting) {
      liveRegion.quietMove();
      view.showMatches(data.prepared);
    }
  }

  protected override firstUpdated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot) this.view.attach(plot, this.renderRoot.querySelector('canvas.ink'), this.renderRoot.querySelector('.range'));
  }

  protected override render(): TemplateResult {
    return renderTimeline(this, this.b);
  }

  /** The title card's heading, summary and media: the page's, else the file's or the built-in data's, in the reader's language. @internal */
  titleCard(): TitleCard {
    return titleCardOf(this, this.data.about, this.readerLanguage);
  }
}
