/**
 * Event dates as words at their own precision, in the reader's language ("Dec 2021",
 * "27–31 Mar 2022", "since 2018", "15 Mar 44 BCE", "66 million years ago", "27 Mar 2022, 14:30").
 */
import { en } from '../strings.js';
import { formatOffset, readPartialDate, toIntervalMs } from '../dataset/dates.js';
import type { DatePrecision, PartialDate, TimelineEvent } from '../dataset/types.js';
import { dateFormatter, EN_CALENDAR, formatUtc, formatYearAsKnown, intlCanWrite, intlWrites, YEAR_MS, yearOf, type CalendarWords } from './chronology.js';

const SHORT: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  minute: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};
const LONG: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  minute: { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/** The instant whose UTC fields are the date's own as written: a time with a zone is shown at its wall-clock time. */
function asWritten(date: PartialDate): number {
  return toIntervalMs(date)[0] + (date.offset ?? 0) * 60_000;
}

/** The zone a time was written in, after it: " UTC", " UTC+01:00"; nothing for none. */
function zoneOf(date: PartialDate): string {
  if (date.offset === undefined) return '';
  return ` UTC${date.offset === 0 ? '' : formatOffset(date.offset)}`;
}

/**
 * A partial date in the reader's language at its own precision: `"2012"`, `"Dec 2021"`,
 * `"27 Mar 2022"`, `"15 Mar 44 BCE"`, `"66 million years ago"`, `"27 Mar 2022, 14:30 UTC"`.
 * Never shows a day or month that the data does not state.
 */
export function formatPartialDate(date: PartialDate, locale: string | undefined, style: 'short' | 'long' = 'short', calendar: CalendarWords = EN_CALENDAR): string {
  return formatUtc(asWritten(date), locale, (style === 'short' ? SHORT : LONG)[date.precision], calendar) + zoneOf(date);
}

/** An event's dates as text: `"Dec 2021"`, `"2015 – 2022"`, `"since 2018"`. */
export function formatEventDate(
  event: TimelineEvent,
  locale: string | undefined,
  style: 'short' | 'long' = 'short',
  /** How an ongoing event is written (the strings table's `since`). */
  since = en.since,
  /** How years before 1 CE and far back are written (the strings table's `bce` and `yearsAgo`). */
  calendar: CalendarWords = EN_CALENDAR,
): string {
  const s = readPartialDate(event.start);
  if (typeof s === 'string') return event.start;
  const start = formatPartialDate(s, locale, style, calendar);
  if (event.kind === 'ongoing') return since.replace('{date}', start);
  const e = event.end === undefined ? undefined : readPartialDate(event.end);
  if (e === undefined || typeof e === 'string') return start;
  const a = asWritten(s);
  const b = asWritten(e);
  if (a === b && s.precision === e.precision && s.offset === e.offset) return start;
  if (e.precision === s.precision && s.offset === e.offset && intlCanWrite(a, b)) {
    // Intl writes shared parts once: "27–31 Mar 2022", "Jan 2013 – Aug 2022".
    return dateFormatter(locale, (style === 'short' ? SHORT : LONG)[s.precision]).formatRange(a, b) + zoneOf(s);
  }
  const end = formatPartialDate(e, locale, style, calendar);
  return `${start} – ${end}`;
}

/** The precision of an event's start. */
export function precisionOf(event: TimelineEvent): DatePrecision {
  const s = readPartialDate(event.start);
  return typeof s === 'string' ? 'day' : s.precision;
}

/**
 * A window of the view in words, at a precision its width calls for: days ("1 Mar – 1 Apr
 * 2020"), minutes within a day or two ("27 Mar 2022, 08:50 – 18:10"), or years once it spans a
 * thousand years or more ("500 BCE – 1200",
 * "70 million years ago – 60 million years ago").
 */
export function formatWindow(
  start: number,
  end: number,
  locale: string | undefined,
  style: 'short' | 'long' = 'short',
  calendar: CalendarWords = EN_CALENDAR,
): { start: string; end: string; range: string } {
  const { options, write } = windowWriting(start, end, locale, style, calendar);
  const a = write(start);
  const b = write(end);
  const range = intlCanWrite(start, end) ? dateFormatter(locale, options).formatRange(start, end) : a === b ? a : `${a} – ${b}`;
  return { start: a, end: b, range };
}

/** `formatWindow`'s range alone: one call to Intl where it can write both ends (each step of a zoom writes one). */
export function formatWindowRange(
  start: number,
  end: number,
  locale: string | undefined,
  style: 'short' | 'long' = 'short',
  calendar: CalendarWords = EN_CALENDAR,
): string {
  const { options, write } = windowWriting(start, end, locale, style, calendar);
  if (intlCanWrite(start, end)) return dateFormatter(locale, options).formatRange(start, end);
  const a = write(start);
  const b = write(end);
  return a === b ? a : `${a} – ${b}`;
}

/** The precision a window of the view is written at, and how one of its ends is written. */
function windowWriting(start: number, end: number, locale: string | undefined, style: 'short' | 'long', calendar: CalendarWords) {
  const table = style === 'short' ? SHORT : LONG;
  const span = end - start;
  const inYears = span >= 1000 * YEAR_MS;
  const options = inYears ? table.year : span < 2 * 86_400_000 ? table.minute : table.day;
  // Far back, as many digits as tell the two ends apart ("66.2 million – 65.9 million years ago").
  const write = (t: number) =>
    inYears && !intlWrites(t) ? formatYearAsKnown(yearOf(t), locale, calendar, span / YEAR_MS / 10) : formatUtc(t, locale, options, calendar);
  return { options, write };
}
