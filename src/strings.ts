/**
 * Every word the interface says to a reader or a screen reader, in one typed table (English
 * here), and `Words`, which fills a string in for a language: counts with `Intl.PluralRules`
 * and `Intl.NumberFormat`, lists with `Intl.ListFormat`. Templates name their values in braces
 * (`"{count} events"`) so a table is plain data that a page can supply for its own language.
 */
import type { DatePrecision } from './dataset/types.js';

/** Word forms by plural category, as `Intl.PluralRules` names them; `other` is always given. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** The interface's strings. Templates take the values named in braces. */
export interface TimelineStrings {
  /** Name of the toolbar. */
  readonly toolbar: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly showAll: string;
  readonly previousEvent: string;
  readonly nextEvent: string;
  readonly keyboardShortcuts: string;

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
  readonly noEvents: string;
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
  /** Names of the built-in categories, matched without regard to case. */
  readonly categories: Readonly<Record<string, string>>;
  /** The kind of an event without a category. */
  readonly uncategorised: string;
  readonly legend: string;

  readonly closeDetails: string;
  readonly place: string;
  readonly actors: string;
  readonly countries: string;
  readonly reportedDate: string;
  readonly sources: string;
  /** A source's paragraph: `{n}`. */
  readonly paragraph: string;
  /** Certainty words. */
  readonly certainty: Readonly<Record<string, string>>;

  readonly dismissNotice: string;
  /** After the first issues listed: `{count}`. */
  readonly moreIssues: string;

  /** The keys panel, in order: the keys as shown, and what they do. */
  readonly keys: readonly (readonly [keys: readonly string[], action: string])[];
}

/** The English table, and the one a partial table is completed from. */
export const en: TimelineStrings = {
  toolbar: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  keyboardShortcuts: 'Keyboard shortcuts',

  events: { one: '{count} event', other: '{count} events' },
  timelineName: 'Timeline of {events}, {years}',
  yearSpan: '{start} to {end}',
  timelineEmpty: 'Timeline with no events',
  plotHelp:
    'Use the left and right arrow keys to move between events, Enter to open one, plus and minus to zoom, shift with the arrow keys to move in time, and 0 to show everything.',
  loading: 'Loading events…',
  noEvents: 'No events to show.',
  wheelHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom',
  announce: 'Showing {start} to {end}: {events}.',

  listName: 'Events in time order: {name}',
  listNote: '{events} in all; listing {shown} of those in view. Zoom or move to list others.',

  cluster: { one: '{count} event, {when}. Zoom in to see it.', other: '{count} events, {when}. Zoom in to see them.' },
  clusterFrom: 'from {date}',
  clusterListTitle: '{events} from {date}',
  closeList: 'Close the list',
  showingFirst: 'Showing the first {count}.',

  precision: { year: 'known to the year', month: 'known to the month', day: 'known to the day' },
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

  closeDetails: 'Close details',
  place: 'Place',
  actors: 'Actors',
  countries: 'Countries',
  reportedDate: "Source's date",
  sources: 'Sources',
  paragraph: 'paragraph {n}',
  certainty: { confirmed: 'confirmed', reported: 'reported', disputed: 'disputed' },

  dismissNotice: 'Dismiss this notice',
  moreIssues: '…and {count} more.',

  keys: [
    [['←', '→'], 'Previous or next event'],
    [['Home', 'End'], 'First or last event'],
    [['Enter', 'Space'], "Open the event's details"],
    [['Esc'], 'Close the details'],
    [['+', '−'], 'Zoom in or out around the event'],
    [['Shift', '+', '←', '→'], 'Move back or forward in time'],
    [['0'], 'Show everything'],
  ],
};

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

  constructor(
    readonly strings: TimelineStrings,
    readonly locale: string | undefined,
  ) {
    this.plurals = safe(() => new Intl.PluralRules(locale), () => new Intl.PluralRules());
    this.numbers = safe(() => new Intl.NumberFormat(locale), () => new Intl.NumberFormat());
    this.lists = safe(() => new Intl.ListFormat(locale, { type: 'conjunction' }), () => new Intl.ListFormat());
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

/** A complete table: the built-in one with a page's partial table over it. */
export function completeStrings(partial?: Partial<TimelineStrings>, base: TimelineStrings = en): TimelineStrings {
  if (!partial) return base;
  return {
    ...base,
    ...partial,
    precision: { ...base.precision, ...partial.precision },
    categories: { ...base.categories, ...partial.categories },
    certainty: { ...base.certainty, ...partial.certainty },
  };
}
