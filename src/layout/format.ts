/** Event dates as words at their own precision, in the reader's language ("Dec 2021", "27–31 Mar 2022", "since 2018"). */
import { en } from '../strings.js';
import { readPartialDate, toIntervalMs } from '../dataset/dates.js';
import type { DatePrecision, PartialDate, TimelineEvent } from '../dataset/types.js';
import { dateFormatter, formatUtc } from './chronology.js';

const SHORT: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short', year: 'numeric' },
};
const LONG: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

/**
 * A partial date in the reader's language at its own precision: `"2012"`, `"Dec 2021"`,
 * `"27 Mar 2022"`. Never shows a day or month that the data does not state.
 */
export function formatPartialDate(date: PartialDate, locale: string | undefined, style: 'short' | 'long' = 'short'): string {
  const [start] = toIntervalMs(date);
  return formatUtc(start, locale, (style === 'short' ? SHORT : LONG)[date.precision]);
}

/** An event's dates as text: `"Dec 2021"`, `"2015 – 2022"`, `"since 2018"`. */
export function formatEventDate(
  event: TimelineEvent,
  locale: string | undefined,
  style: 'short' | 'long' = 'short',
  /** How an ongoing event is written (the strings table's `since`). */
  since = en.since,
): string {
  const s = readPartialDate(event.start);
  if (typeof s === 'string') return event.start;
  const start = formatPartialDate(s, locale, style);
  if (event.kind === 'ongoing') return since.replace('{date}', start);
  const e = event.end === undefined ? undefined : readPartialDate(event.end);
  if (e === undefined || typeof e === 'string') return start;
  if (e.precision === s.precision) {
    // Intl writes shared parts once: "27–31 Mar 2022", "Jan 2013 – Aug 2022".
    const a = toIntervalMs(s)[0];
    const b = toIntervalMs(e)[0];
    return a === b ? start : dateFormatter(locale, (style === 'short' ? SHORT : LONG)[s.precision]).formatRange(a, b);
  }
  const end = formatPartialDate(e, locale, style);
  return `${start} – ${end}`;
}

/** The precision of an event's start. */
export function precisionOf(event: TimelineEvent): DatePrecision {
  const s = readPartialDate(event.start);
  return typeof s === 'string' ? 'day' : s.precision;
}
