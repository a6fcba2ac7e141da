/**
 * The public properties of `<sahel-timeline>`, each declared once, here: its decorator (the
 * attribute, how it converts), its type and its JSDoc (the manifest, the API page and the
 * guide's table). The element extends this class; `SahelTimelineProperties` and
 * `SahelTimelineAttributes` (the React, Vue and Svelte typings, properties.ts) and
 * `ElementHost` (what every controller sees, controllers/host.ts) take their types from it, so
 * a property added here reaches them all. Properties only: no behaviour, no state.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { CategoryDefinition, Era, Media, Source, TimelineEvent } from './dataset/types.js';
import type { EditTest, EventFilter, GroupBy, LaneSpec } from './property-types.js';
import type { PartialStrings } from './strings.js';

/** The public properties of `<sahel-timeline>`, which extends this class. */
export class TimelineProperties extends LitElement {
  /**
   * The events to show, in any order. When unset (and no `src`, and not `pending`), the
   * built-in Sahel dataset is shown; once a page has given `events` or `src`, never again.
   * Validated: an event is left out only when it has no usable `id`, `title` or `start`; a bad
   * field is left out and the event kept; both are reported (`sahel-error`). Fields of the
   * page's own survive as given: `{ id, title, start, desk: 'Politics' }` keeps `desk`.
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
   * URL of a file of events: our JSON (a list, or an object with an `events` list and optionally
   * `sources`, `eras`, `title`, `summary`, `media`), a TimelineJS3 JSON file, or a spreadsheet as
   * CSV or TSV (our columns, or TimelineJS3's Google Sheets template). `events`, when set, wins.
   * Until the file has loaded (or if it fails) the plot shows what the page showed before, or
   * no events: never the built-in ones.
   */
  @property({ type: String }) src: string | undefined;

  /**
   * BCP 47 language of the interface, the dates (`Intl.DateTimeFormat`), country names and the
   * dataset's translations; defaults to the nearest `lang` attribute, then the browser's
   * language. English and French (`fr`, `fr-ML`, …) words are built in; any other language
   * reads English words unless `strings` gives its own. On a right-to-left page time still runs
   * left to right; titles and dates keep their own direction.
   */
  @property({ type: String }) locale: string | undefined;

  /**
   * The page's own words for the interface, over the built-in table of the element's language,
   * key by key (`TimelineStrings`; plural forms, category names and the notice's sentences may
   * be given in part): `{ lang: 'de', zoomIn: 'Vergrößern', … }`. A value that is not a string
   * is ignored and named once in the console.
   */
  @property({ attribute: false }) strings: PartialStrings | undefined;

  /** The `id` of the selected event, or null. */
  @property({ type: String, reflect: true }) selected: string | null = null;

  /** ISO date where the initial window starts (with `end`): `2022`, `2022-03` or `2022-03-27` from its first day. The data's extent when unset. */
  @property({ type: String }) start: string | undefined;

  /** ISO date where the initial window ends (with `start`), included: a year or month counts whole (`start="2022" end="2022"` is 2022). */
  @property({ type: String }) end: string | undefined;

  /**
   * The narrowest window a reader can zoom to, as an ISO 8601 duration (`P1D`, `PT1H`,
   * `PT1M`). Unset, it is a day, or ten minutes when events have times of day. The widest is
   * twice the data's extent.
   */
  @property({ type: String, attribute: 'min-span' }) minSpan: string | undefined;

  /** Let a plain mouse wheel zoom (by default it scrolls the page and only ctrl/cmd + wheel zooms). */
  @property({ type: Boolean, attribute: 'wheel-zoom' }) wheelZoom = false;

  /** `light` or `dark`; when unset, follows the reader's `prefers-color-scheme`. */
  @property({ type: String, reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Accessible name of the timeline; defaults to a description of the data. */
  @property({ type: String }) label: string | undefined;

  /**
   * The search, as in the search box: only events whose title, summary, actors, place or
   * countries (by code, or by name in the reader's language or English) hold every word of it
   * are shown, whatever the case and accents. Matched as text: `(`, `*` and `\` are only
   * characters.
   */
  @property({ type: String, reflect: true }) query = '';

  /**
   * The heading of the timeline's title card (part `title-card`), shown where the details go
   * while nothing is selected (with `summary`); blank or unset, a `src` file's `title` or the
   * Sahel dataset's own. Named `heading` so that `title` stays what it is on any element: the
   * tooltip.
   */
  @property({ type: String }) heading: string | undefined;

  /**
   * Makes the selection part of the URL: selecting an event pushes a history entry whose
   * fragment names it, `#<id of this element>=<event id>` (`#event=…` when the element has no
   * `id`; two timelines on a page with ids of their own keep separate keys, `#a=coup&b=protest`).
   * Opening a URL with that fragment selects the event and brings it into view, Back and
   * Forward move between selected events, and the details get a "Copy link" button (where the
   * browser refuses the clipboard, the link is shown to copy by hand). A fragment naming no
   * event shown is ignored. Off, the URL is never read or touched.
   */
  @property({ type: Boolean }) hash = false;

  /** The title card's text: what the timeline tells, in a sentence or two. Also read from a `src` file's `summary`. */
  @property({ type: String }) summary: string | undefined;

  /**
   * How the timeline reads. `timeline` (the default): the plot, with the selected event's
   * details under it. `story`: one event at a time, as a slide (its media large, its title,
   * date, text and sources), the title card first and then the events shown in time order;
   * the plot under it is the navigator. The slide's buttons, ← and →, a swipe, Play, `hash`
   * links and choosing a mark move between slides; the search and the legend's toggles narrow
   * which slides there are.
   */
  @property({ type: String, reflect: true }) mode: 'timeline' | 'story' = 'timeline';

  /**
   * Which way time runs. `horizontal` (the default): left to right. `vertical`: down the plot,
   * as a phone reader scrolls, each event's title and date beside the axis (either side where
   * the plot is wide, else to its right), spans as bars along it, eras as bands across, and
   * clusters where labels would crowd; ↑ and ↓ move between events, ctrl+wheel and a pinch
   * zoom, a drag or two fingers pan. Lanes are not drawn vertically (the legend's filters
   * still apply). A page may set it below a width: see the guide's "A vertical timeline".
   */
  @property({ type: String, reflect: true }) orientation: 'horizontal' | 'vertical' = 'horizontal';

  /** Seconds between two events while playing (`play()`, or the toolbar's Play). */
  @property({ type: Number, attribute: 'play-interval' }) playInterval = 6;

  /**
   * The title card's picture, video or page, as an event's `media`: `{ url, alt?, caption?,
   * credit?, thumbnail?, kind? }`. Also read from a `src` file's `media`.
   */
  @property({ attribute: false }) media: Media | undefined;

  /**
   * Lets YouTube and Vimeo videos play in a frame in the details, from their privacy-enhanced
   * addresses (`youtube-nocookie.com`, Vimeo with `dnt=1`), sandboxed. Off, a video is a link
   * card: no third-party frame loads, and no third party learns who reads the page. A page with
   * a Content-Security-Policy must allow those frames (`frame-src`) for them to play.
   */
  @property({ type: Boolean, attribute: 'embed-media' }) embedMedia = false;

  /**
   * A page's own test of which events to show, `(event) => boolean`, with the legend's toggles
   * and the search. One that throws hides nothing (and says so once in the console).
   */
  @property({ attribute: false }) filter: EventFilter | undefined;

  /** Categories hidden with the legend's toggles, by id as events name them (`military`, or the page's own). */
  @property({ attribute: false }) hiddenCategories: readonly string[] = [];

  /**
   * Groups the events in lanes, one above the other: by `category`, `country`, `actor` or
   * any other field of the events (the page's own too: `desk`, a spreadsheet's extra column),
   * or, as a property, by a function `(event) => string | string[] | undefined`. An event with
   * several values (`countries: ['ML', 'RU']`) is drawn in each of their lanes; one with none
   * in a last lane, "Other". Unset: one strip, no lanes.
   */
  @property({ attribute: 'group-by' }) groupBy: GroupBy | undefined;

  /**
   * The lanes' order, names and initial state: `{ id, label?, collapsed? }` (`id` as the
   * events hold it; `''` for "Other"). Lanes not listed follow, in order of their first event;
   * listed lanes show even when empty. Countries are named in the element's language ("ML"
   * reads "Mali").
   */
  @property({ attribute: false }) lanes: readonly LaneSpec[] | undefined;

  /**
   * Periods drawn as faint bands behind the events (part `era`), their titles on a strip above
   * the axis (overlapping eras stack their titles), and listed with their dates under the
   * legend (part `era-list`), which is what screen readers read: `{ id?, title, start, end?,
   * color? }`, dated like events, `end` included (no `end`: still going on). `color` is any CSS
   * colour; without one, eras take the palette's colours in turn. Also read from a `src` file's
   * `eras`; the Sahel dataset has its own. An era with no title, a date that does not parse or
   * an end before its start is left out and reported (`sahel-error`, `origin: 'eras'`, with its
   * index and field).
   */
  @property({ attribute: false }) eras: readonly Era[] | undefined;

  /**
   * Lets the reader edit the events where they stand, by pointer and by keyboard alike: drag an
   * event to move it (and between lanes), drag a span's end; double-click or long-press the plot
   * to add one; the selected event's details offer Edit, Move… and Remove; Alt+arrows, Enter,
   * Delete and Ctrl+Z do the same from the keyboard. Each change fires `sahel-change` first
   * (cancelable), then `events` holds a new array with it. Events with `editable: false`, and
   * those `canEdit` refuses, stay as they are.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** A page's test of which edits to allow, `(event, kind) => boolean` (`event` null when adding); with `editable`. */
  @property({ attribute: false }) canEdit: EditTest | undefined;
}
