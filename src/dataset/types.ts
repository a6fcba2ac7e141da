/**
 * The shapes of a timeline dataset. Type-only: importing this module costs
 * nothing at run time.
 *
 * Dates are ISO 8601 strings whose length states what is known:
 * `"2012"` (the year), `"2021-12"` (the month), `"2022-03-27"` (the day),
 * `"2022-03-27T14:30Z"` (the minute). Years are astronomical and may have any number of
 * digits: `"-0043-03-15"` is 15 March 44 BCE, `"-66000000"` 66 million years ago.
 * A date known only to the year is never turned into 1 January.
 *
 * A field of {@link TimelineEvent} is also a row of the fields table (fields.ts), which the
 * validator, the JSON Schema and the CSV columns are read from; `tsc` fails when the two differ.
 */

import type { CERTAINTIES, DATE_PRECISIONS, EVENT_CATEGORIES, EVENT_KINDS, MEDIA_KINDS, PLACE_PRECISIONS } from './vocabulary.js';

/** How much of a date is known. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A year, as `"2012"`. */
export type IsoYear = `${number}`;
/** A year and month, as `"2021-12"`. */
export type IsoMonth = `${number}-${number}`;
/** A calendar day, as `"2022-03-27"`. */
export type IsoDay = `${number}-${number}-${number}`;
/** A calendar day and time of day, as `"2022-03-27T14:30Z"`, `"2022-03-27T14:30+01:00"` or `"2022-03-27T14:30"` (as written, read in UTC). */
export type IsoDateTime = `${IsoDay}T${number}:${string}`;
/**
 * An ISO 8601 date at year, month, day or minute precision. Years use astronomical numbering
 * (year 0 is 1 BCE) with any number of digits: `"-0043-03-15"`, `"-13800000000"`.
 */
export type IsoPartialDate = IsoYear | IsoMonth | IsoDay | IsoDateTime;

/** A parsed {@link IsoPartialDate}: the fields its string states and no more. */
export interface PartialDate {
  readonly year: number;
  /** 1-12, present for month and day precision. */
  readonly month?: number;
  /** 1-31, present for day and minute precision. */
  readonly day?: number;
  /** 0-23, present for minute precision. */
  readonly hour?: number;
  /** 0-59, present for minute precision. */
  readonly minute?: number;
  /** 0-59, present only when the text states seconds. */
  readonly second?: number;
  /** The zone's offset east of UTC in minutes (`Z` is 0), when the text states one. */
  readonly offset?: number;
  readonly precision: DatePrecision;
}

/**
 * The shape of an event in time:
 * - `point`: one moment (a day, or a month or year when that is all that is known);
 * - `span`: from `start` to `end`;
 * - `ongoing`: began at `start` and had not ended when the record was made.
 */
export type EventKind = (typeof EVENT_KINDS)[number];

/** One of the built-in categories, each with its own colour and shape. */
export type BuiltInCategory = (typeof EVENT_CATEGORIES)[number];

/**
 * What an event is about. Open: a built-in category (matched without regard to case), or
 * any other name, which gets a colour and a shape of its own (see {@link CategoryDefinition}).
 */
// `string & {}` keeps the built-in names offered by editors' autocompletion.
export type EventCategory = BuiltInCategory | (string & {});

/** How a page names a category and colours it, for the `categories` property. */
export interface CategoryDefinition {
  /** The category as the events write it; matched without regard to case. */
  readonly id: string;
  /** Its name in the legend and for screen readers; defaults to the id (or the built-in name). */
  readonly label?: string;
  /**
   * Any CSS colour. The same in both themes, so choose one with at least 4.5:1 contrast on
   * both backgrounds, or theme it with `--sahel-timeline-color-<id>` instead.
   */
  readonly color?: string;
}

/**
 * How well an event's facts and date are established:
 * - `confirmed`: reported by several independent, reliable sources;
 * - `reported`: rests on reports that are credible but not independently confirmed;
 * - `disputed`: the parties or sources disagree.
 */
export type Certainty = (typeof CERTAINTIES)[number];

/** Where an event happened. Coordinates only where one place is meant. */
export interface Place {
  readonly name: string;
  /** WGS 84 degrees, -90 to 90. */
  readonly lat?: number;
  /** WGS 84 degrees, -180 to 180. */
  readonly lon?: number;
  /**
   * How exactly the coordinates locate the event: `exact`, `town` (the default with
   * coordinates), `region` (somewhere around them) or `country` (the event's `countries`).
   */
  readonly precision?: PlacePrecision;
}

/** How exactly a place locates an event; see {@link Place}. */
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/**
 * A picture, video or page that illustrates an event (or a dataset's title card). Only http(s)
 * and relative addresses are used; an image is found by its extension or `kind: 'image'`, a
 * YouTube or Vimeo address is a video, anything else a link.
 */
export interface Media {
  readonly url: string;
  /** What the image shows, for readers who cannot see it (and shown if it fails to load). */
  readonly alt?: string;
  readonly caption?: string;
  /** Who made it, or whose it is. */
  readonly credit?: string;
  /** A small image standing for a video or page. */
  readonly thumbnail?: string;
  /** What `url` is, when its address does not say. */
  readonly kind?: MediaKind;
}

/** What a {@link Media} `url` points at. */
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** A pointer from an event to the passage of a source it rests on. */
export interface SourceRef {
  /** The `id` of a {@link Source}. */
  readonly source: string;
  /** 1-based paragraph number in the source (its non-empty lines, headline included). */
  readonly paragraph?: number;
  /** A few words quoted from that paragraph, so a reader can find it. */
  readonly quote?: string;
  /** A web address for this source; shown as a link only if it is http or https. */
  readonly url?: string;
}

/** A document that events cite. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  /** When it was published, as precisely as can be established. */
  readonly published?: IsoPartialDate;
  /** How `published` was established. */
  readonly publishedNote?: string;
  readonly language?: string;
  readonly url?: string;
  /** The file the text came from. */
  readonly file?: string;
  /** How many paragraphs (non-empty lines) the text has. */
  readonly paragraphs?: number;
}

/**
 * An item's words in another language: what {@link localize} puts in place of the item's own.
 * Each field is optional; what a translation leaves out stays as written. Sources (their
 * titles and quoted words) always stay as published.
 *
 * A field of this interface is also a row of the translation fields table
 * (`TRANSLATION_FIELDS` in fields.ts), which the validator, the JSON Schema and the CSV
 * columns are read from; `tsc` fails when the two differ.
 */
export interface Translation {
  readonly title?: string;
  readonly summary?: string;
  readonly reportedDate?: string;
  /** The note. */
  readonly note?: string;
  /** The place's name; its coordinates are the item's own. */
  readonly place?: string;
  /**
   * The actors, one for each of the item's `actors`, in the same order (a proper name may be
   * the same text). A list of another length is left out by validation, and by {@link localize}.
   */
  readonly actors?: readonly string[];
  /** The media's caption. */
  readonly caption?: string;
  /** The media's alt text. */
  readonly alt?: string;
}

/**
 * Translations by language tag (BCP 47, as `"fr"` or `"pt-BR"`): `{ fr: { title, summary } }`.
 * A reader's language finds its own tag, then the tag's language alone (`"fr-ML"` reads `"fr"`).
 */
export type Translations = Readonly<Record<string, Translation>>;

/** One dated event. Every timeline dataset has this shape. */
export interface TimelineEvent {
  /** Stable, unique, kebab-case identifier. */
  readonly id: string;
  /** A short headline. */
  readonly title: string;
  /** One to three sentences on what happened. */
  readonly summary?: string;
  /** When it began (or happened), at the precision known. */
  readonly start: IsoPartialDate;
  /** When it ended, for spans. */
  readonly end?: IsoPartialDate;
  /** Defaults to `span` when `end` is given, else `point`. */
  readonly kind?: EventKind;
  readonly category?: EventCategory;
  /**
   * ISO 3166-1 alpha-2 codes, upper case. Validation also reads lower-case codes and English
   * country names (`"ml"`, `"France"`) as codes, and keeps any other text as given.
   */
  readonly countries?: readonly string[];
  /** People, governments, forces and organisations involved. */
  readonly actors?: readonly string[];
  readonly place?: Place;
  readonly sources?: readonly SourceRef[];
  readonly certainty?: Certainty;
  /** The source's own wording of the date, where it differs from `start`. */
  readonly reportedDate?: string;
  /** Reasoning about the date, discrepancies with the record, and references. */
  readonly note?: string;
  /** A picture, video or page about it, shown in its details. */
  readonly media?: Media;
  /** Its words in other languages (title, summary, note, place, actors, media caption…); see {@link localize}. */
  readonly translations?: Translations;
  /**
   * How much it matters to the story, any number (default 0). Where not every event in view
   * can be labelled, the most important are labelled first; the rest fill the room left in
   * time order. The Sahel dataset gives 2 to the turns of its story and 1 to their context.
   */
  readonly importance?: number;
  /** `false` keeps the event as it is on a timeline a reader may edit (`editable`). */
  readonly editable?: boolean;
}

/**
 * A period drawn as a labelled band behind the events: an operation, a government, a war.
 * Dated like events, at the precision known; `end` is included (`"2014-07"` runs to the end
 * of July 2014). Without `end`, it was still going on when the record was made.
 */
export interface Era {
  readonly id?: string;
  readonly title: string;
  readonly start: IsoPartialDate;
  readonly end?: IsoPartialDate;
  /** Any CSS colour for its band (drawn faint, under the events); defaults to the muted text colour. */
  readonly color?: string;
  /** The passages of sources it rests on, as for events. */
  readonly sources?: readonly SourceRef[];
  /** Reasoning about its dates, and references. */
  readonly note?: string;
  /** Its title and note in other languages; see {@link localize}. */
  readonly translations?: Translations;
}

/** An event of the Sahel dataset: every field filled in. */
export interface SahelEvent extends TimelineEvent {
  readonly summary: string;
  readonly kind: EventKind;
  readonly category: BuiltInCategory;
  readonly countries: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly SourceRef[];
  readonly certainty: Certainty;
}

/**
 * A dataset in object form: the events with what the timeline shows around them (its title
 * card and eras). What `src` reads from our JSON files, and what `parseCsv`,
 * `fromTimelineJS` and `toTimelineJS` read and write.
 */
export interface TimelineData {
  /** The title card's heading: plain text. */
  readonly title?: string;
  /** The title card's text; may hold simple markup (paragraphs, emphasis, links). */
  readonly summary?: string;
  /** The title card's picture, video or page. */
  readonly media?: Media;
  readonly eras?: readonly Era[];
  readonly events: readonly TimelineEvent[];
  /** The title card's title, summary and media caption and alt text in other languages. */
  readonly translations?: Translations;
}
