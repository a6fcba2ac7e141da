/**
 * Every word the interface says to a reader or a screen reader, in one typed table (English
 * here; French is a chunk of its own, strings-fr.ts), and `Words`, which fills a string in for
 * a language: counts with `Intl.PluralRules` and `Intl.NumberFormat`, lists with
 * `Intl.ListFormat`. Templates name their values in braces (`"{count} events"`) so a table is
 * plain data that a page can supply for its own language (the element's `strings`).
 */
import type { DatePrecision } from './dataset/types.js';
import type { EditStrings } from './strings-edit.js';
export type { EditStrings };

/** Word forms by plural category, as `Intl.PluralRules` names them; `other` is always given. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/**
 * The interface's strings: every word the timeline shows or says to a screen reader.
 * Templates take the values named in braces. English and French are built in; a page gives
 * its own words for any of them with the element's `strings` property (a partial table).
 */
export interface TimelineStrings {
  /** The table's language (BCP 47): its plurals and lists follow it, whatever the dates' locale. */
  readonly lang: string;
  /** Name of the toolbar. */
  readonly toolbar: string;
  /** What the plot is, said with its name (`aria-roledescription`). */
  readonly timeline: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly showAll: string;
  readonly previousEvent: string;
  readonly nextEvent: string;
  readonly keyboardShortcuts: string;
  /** The toggle that walks through the events, playing and paused. */
  readonly play: string;
  readonly pause: string;
  /** The toolbar button that opens the export panel, and the panel's name. */
  readonly exportView: string;
  /** The export panel's buttons: download the view as an SVG or a PNG file. */
  readonly downloadSvg: string;
  readonly downloadPng: string;
  /** An exported picture's last line: `{sources}` (the dataset's sources as a list, or a site's host). */
  readonly exportSource: string;

  /** A number of events: `{count}`. */
  readonly events: PluralForms;
  /** The timeline's accessible name: `{events}` (a count), `{years}`. */
  readonly timelineName: string;
  /** Two years in the name: `{start}`, `{end}`. */
  readonly yearSpan: string;
  readonly timelineEmpty: string;
  /** How to use the plot from the keyboard, read with its name. */
  readonly plotHelp: string;
  readonly loading: string;
  /** While a large dataset is read: `{percent}`. */
  readonly reading: string;
  readonly noEvents: string;
  /** When the search and filters hide every event. */
  readonly noMatches: string;
  readonly wheelHint: string;
  /** Said once a zoom settles: `{start}`, `{end}`, `{events}`. */
  readonly announce: string;

  /** The hidden list of events: `{name}` (the timeline's name). */
  readonly listName: string;
  /** Above a partial list: `{events}` (all), `{shown}`. */
  readonly listNote: string;

  /** A cluster's name: `{count}`, `{when}`. */
  readonly cluster: PluralForms;
  /** A cluster that reaches in from before the view: `{date}`. */
  readonly clusterFrom: string;
  /** Heading of a cluster's list: `{events}`, `{date}`. */
  readonly clusterListTitle: string;
  readonly closeList: string;
  /** Under a cut list: `{count}`. */
  readonly showingFirst: string;

  /** How much of a date is known. */
  readonly precision: Readonly<Record<DatePrecision, string>>;
  /** An event still going on: `{date}`. */
  readonly since: string;
  /** A year before 1 CE: `{year}` counted back (astronomical -43 is 44): "{year} BCE". */
  readonly bce: string;
  /** A year far back (before about 10,000 BCE): `{years}` ("66 million"). */
  readonly yearsAgo: string;
  /** A year far ahead (after 99,999 CE): `{years}` ("5 billion"). */
  readonly yearsAhead: string;
  /** `yearsAgo` and `yearsAhead` for millions and more, where the language words them apart ("il y a 66 millions d'années", "il y a 12 000 ans"). */
  readonly yearsAgoMillions: string;
  readonly yearsAheadMillions: string;
  /** A year far back that was given round (-300000): `{years}` rounded as it was given ("about 300,000 years ago"). */
  readonly yearsAgoAbout: string;
  /** Names of the built-in categories, matched without regard to case. */
  readonly categories: Readonly<Record<string, string>>;
  /** The kind of an event without a category. */
  readonly uncategorised: string;
  readonly legend: string;
  /** The search box's label, and the hint inside it. */
  readonly search: string;
  readonly searchPlaceholder: string;
  /** How many events are shown while some are hidden: `{shown}` (a number), `{events}` (all, a count). */
  readonly shownOf: string;
  /** The lane of events with no value for what lanes group by. */
  readonly otherLane: string;
  /** After a lane's count, when none of its events is in the window: it shrinks to its header. */
  readonly noneInView: string;
  /** The cue at the foot of a stack of lanes that scrolls: how many lanes are below. */
  readonly moreLanes: PluralForms;
  /** Heading of the list of eras under the plot. */
  readonly eras: string;
  /** The title card's name when the dataset has a summary but no title. */
  readonly aboutTimeline: string;
  /** Under the title card: how to begin, `{events}` (a count). */
  readonly titleCardHint: string;
  /** A media's credit line: `{credit}`. */
  readonly mediaCredit: string;
  /** A link card's site line: `{site}`; a video's, and a frame's name when the video has none. */
  readonly openOn: string;
  readonly watchOn: string;
  readonly video: string;
  /** A video's link card's name when its media has no alt text: `{site}` ("Video on Vimeo"). */
  readonly videoOn: string;
  /** In place of a picture that failed to load, without and with its alt text (`{alt}`). */
  readonly pictureUnavailable: string;
  readonly pictureUnavailableAlt: string;
  /** The details' link to the event (with `hash`), once copied, and when it must be copied by hand. */
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly linkToCopy: string;

  readonly closeDetails: string;
  readonly place: string;
  readonly actors: string;
  readonly countries: string;
  readonly reportedDate: string;
  readonly sources: string;
  /** A source's paragraph: `{n}`. */
  readonly paragraph: string;
  /** A source's words quoted after it, with what comes before them: `{quote}`. */
  readonly quote: string;
  /** Certainty words. */
  readonly certainty: Readonly<Record<string, string>>;

  readonly dismissNotice: string;
  /**
   * The notice's sentences about data that could not be shown. The English ones come with the
   * notice (a chunk: most pages never show one), so `en` has none.
   */
  readonly notice?: Partially<NoticeStrings>;

  /**
   * The keys panel, in order: the keys as shown, and what they do; `keysDown` when time runs
   * down the plot. The English rows come with the panel (a chunk: most readers never open it).
   */
  readonly keys?: KeyRows;
  readonly keysDown?: KeyRows;

  /**
   * The story view's words (`mode="story"`). The English ones come with the view (a chunk:
   * most pages never show it), so `en` has none.
   */
  readonly story?: Partially<StoryStrings>;
  /** The editing words (`editable`), English with the editing chunk. */
  readonly edit?: Partially<EditStrings>;
}

/** The story view's words. */
export interface StoryStrings {
  /** What a slide is, said with its name (`aria-roledescription`). */
  readonly slide: string;
  /** Where a slide stands among the events shown: `{n}`, `{count}`. */
  readonly slideOf: string;
  /** What is said when the slide changes and the focus stays where it is: `{n}`, `{count}`, `{title}`. */
  readonly slideShown: string;
  /** Under the story's title card: how to go on, `{events}` (a count). */
  readonly hint: string;
  /** The keys panel's rows for the slide, before the plot's. */
  readonly keys: KeyRows;
}

/** The keys panel's rows: the keys as shown, and what they do. */
export type KeyRows = readonly (readonly [keys: readonly string[], action: string])[];

/** Why the notice says an event was left out. */
export type NoticeReason = 'notEvent' | 'date' | 'title' | 'id' | 'duplicate';

/** The notice's words: whole-file failures, events left out and why, details left out. */
export interface NoticeStrings {
  readonly network: string;
  readonly notFound: string;
  /** `{status}`. */
  readonly status: string;
  readonly notJson: string;
  readonly wrongShape: string;
  /** The formats `src` reads. */
  readonly formats: string;
  readonly empty: string;
  readonly notAList: string;
  /** By the number left out (`{dropped}`), with `{events}` (a count of all) and `{why}`. */
  readonly dropped: PluralForms;
  /** Each reason, said of all the events left out (`it…` / `they…`), and of some of them (`{count}`). */
  readonly reasons: Readonly<Record<NoticeReason, { readonly all: PluralForms; readonly some: PluralForms }>>;
  /** Events shown without some details (`{count}`, `{details}`), alone or after events left out. */
  readonly trimmed: PluralForms;
  readonly trimmedOthers: PluralForms;
  /**
   * What a left-out detail is called, by field (`other` for the rest), as an item of a list
   * ("pictures, links, and an end date"): media as two, `pictures` and `links` (or one, `media`).
   */
  readonly fields: Readonly<Record<string, string>>;
  /** Slides of a TimelineJS3 file or sheet without a headline, named from their words: `{count}`, `{from}` (a list of `untitledFrom`). */
  readonly untitled: PluralForms;
  /** What such slides are named from, by their number: their text, caption or date. */
  readonly untitledFrom: Readonly<Record<'text' | 'caption' | 'date', PluralForms>>;
  /** Months that could not be read, the events placed at their year: `{count}`, `{cells}` (a list of `monthAtLine` or `monthAtSlide`). */
  readonly months: PluralForms;
  /** One such month in a spreadsheet: `{value}` as written, its `{row}` (line) and `{column}` as the header names it. */
  readonly monthAtLine: string;
  /** One such month in a TimelineJS3 file: `{value}`, the `{slide}` (counted from 1) and the `{column}` (`start_date.month`). */
  readonly monthAtSlide: string;
  /** The rest of a list cut short: `{count}`. */
  readonly more: PluralForms;
}

/** The English table: the words of any language without a table of its own (its notice sentences and keys-panel rows come with those parts, in chunks). */
export const en: TimelineStrings = {
  lang: 'en',
  toolbar: 'Timeline controls',
  timeline: 'timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  keyboardShortcuts: 'Keyboard shortcuts',
  play: 'Play through the events',
  pause: 'Pause',
  exportView: 'Download an image of the view',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  exportSource: 'Source: {sources}',

  events: { one: '{count} event', other: '{count} events' },
  timelineName: 'Timeline of {events}, {years}',
  yearSpan: '{start} to {end}',
  timelineEmpty: 'Timeline with no events',
  plotHelp:
    'Use the left and right arrow keys to move between events, Enter to open one, plus and minus to zoom, shift with the arrow keys to move in time, and 0 to show everything.',
  loading: 'Loading events…',
  reading: 'Reading events… {percent}',
  noEvents: 'No events to show.',
  noMatches: 'No events match.',
  wheelHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom',
  announce: 'Showing {start} to {end}: {events}.',
  listName: 'Events in time order: {name}',
  listNote: '{events} in all; listing {shown} of those in view. Zoom or move to list others.',
  cluster: { one: '{count} event, {when}. Zoom in to see it.', other: '{count} events, {when}. Zoom in to see them.' },
  clusterFrom: 'from {date}',
  clusterListTitle: '{events} from {date}',
  closeList: 'Close the list',
  showingFirst: 'Showing the first {count}.',

  precision: { year: 'known to the year', month: 'known to the month', day: 'known to the day', minute: 'known to the minute' },
  bce: '{year} BCE',
  yearsAgo: '{years} years ago',
  yearsAhead: '{years} years from now',
  yearsAgoMillions: '{years} years ago',
  yearsAheadMillions: '{years} years from now',
  yearsAgoAbout: 'about {years} years ago',
  since: 'since {date}',
  categories: {
    military: 'Military',
    diplomacy: 'Diplomacy',
    politics: 'Politics',
    protest: 'Protest',
    media: 'Media',
    economy: 'Economy',
    violence: 'Violence',
    context: 'Context',
  },
  uncategorised: 'Event',
  legend: 'Categories',
  search: 'Search events',
  searchPlaceholder: 'Search',
  shownOf: '{shown} of {events}',
  otherLane: 'Other',
  noneInView: 'none in view',
  moreLanes: { one: '{count} more lane below', other: '{count} more lanes below' },
  eras: 'Eras',
  aboutTimeline: 'About this timeline',
  mediaCredit: 'Credit: {credit}',
  openOn: 'On {site}',
  watchOn: 'Watch on {site}',
  video: 'Video',
  videoOn: 'Video on {site}',
  pictureUnavailable: 'Picture not available',
  pictureUnavailableAlt: 'Picture not available: {alt}',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkToCopy: 'Link to this event:',
  titleCardHint: 'Select one of the {events} to read about it, or use Next event to go through them in order.',

  closeDetails: 'Close details',
  place: 'Place',
  actors: 'Actors',
  countries: 'Countries',
  reportedDate: "Source's date",
  sources: 'Sources',
  paragraph: 'paragraph {n}',
  quote: ': “{quote}”',
  certainty: { confirmed: 'confirmed', reported: 'reported', disputed: 'disputed' },

  dismissNotice: 'Dismiss this notice',
};

/** The languages with a table built in (French is loaded when first needed). */
export type BuiltInLanguage = 'en' | 'fr';

/**
 * Which built-in table a language tag reads: `fr`, `fr-ML`, `fr-BF`, `FR` read French;
 * anything else (a tag with no table, a malformed one, none) English.
 */
export function builtInLanguage(tag: string | undefined): BuiltInLanguage {
  return /^fr(?:[-_]|$)/i.test(tag?.trim() ?? '') ? 'fr' : 'en';
}

type Partially<T> = T extends string ? string : T extends readonly unknown[] ? T : { readonly [K in keyof T]?: Partially<T[K]> };

/** A page's words for the element's `strings`: any keys of the table, and nested tables (plural forms, categories, the notice's sentences) in part. */
export type PartialStrings = Partially<TimelineStrings>;

/** The values a template names. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * A strings table bound to a language: fills templates, chooses plural forms and writes
 * numbers and lists as that language does. Cheap to make; the element makes one per language.
 */
export class Words {
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;
  private readonly lists: Intl.ListFormat;
  private percents: Intl.NumberFormat | undefined;

  constructor(
    readonly strings: TimelineStrings,
    readonly locale: string | undefined,
  ) {
    // Plurals and lists belong to the sentence's language (an English table says "0 events"
    // on a French page), lists in the reader's variant of it ("a, b and c" in en-GB, "a, b,
    // and c" in en-US); digits are grouped as the reader's locale groups them.
    const variant = locale !== undefined && locale.split('-')[0]?.toLowerCase() === strings.lang.split('-')[0]?.toLowerCase() ? locale : strings.lang;
    this.plurals = safe(() => new Intl.PluralRules(strings.lang), () => new Intl.PluralRules());
    this.numbers = safe(() => new Intl.NumberFormat(locale), () => new Intl.NumberFormat());
    this.lists = safe(() => new Intl.ListFormat(variant, { type: 'conjunction' }), () => new Intl.ListFormat());
  }

  /** A template filled in; numbers are written in the language's way (`10,000`). */
  fill(template: string, values: TemplateValues = {}): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const v = values[key];
      return v === undefined ? whole : typeof v === 'number' ? this.numbers.format(v) : v;
    });
  }

  /** The form of `forms` for `count`, filled in with `count` and `values`. */
  plural(forms: PluralForms, count: number, values: TemplateValues = {}): string {
    const form = forms[this.plurals.select(count)] ?? forms.other;
    return this.fill(form, { ...values, count });
  }

  /** "1 event", "10,000 events" (and "0 événement" in French). */
  events(count: number): string {
    return this.plural(this.strings.events, count);
  }

  /** A number in the language's way. */
  number(n: number): string {
    return this.numbers.format(n);
  }

  /** A share (0 to 1) as a percentage: "40%", "40 %". */
  percent(share: number): string {
    this.percents ??= safe(() => new Intl.NumberFormat(this.locale, { style: 'percent' }), () => new Intl.NumberFormat(undefined, { style: 'percent' }));
    return this.percents.format(share);
  }

  /** "Mali, Niger and Chad". */
  list(items: readonly string[]): string {
    return this.lists.format(items);
  }
}

function safe<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}
