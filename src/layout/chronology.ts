/**
 * Time for the view, in one place: the scale from instants to pixels, the units ticks step by,
 * and dates as words in the reader's language. Everything the element draws goes through
 * here, so another way of counting time (a numeric-year axis for deep time, beyond the
 * ±270,000 years a JS Date holds) is added in this module. Calendar arithmetic lives in
 * `dataset/calendar.ts`, which the dataset entry shares.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { calendarParts, utcInstant, yearOf } from '../dataset/calendar.js';

export { calendarParts, utcInstant, yearOf };

export const DAY_MS = 86_400_000;

/** A scale from UTC milliseconds to pixels, with `ticks()` at calendar boundaries. */
export type TimeScale = ScaleTime<number, number>;

/** The scale that lays `domain` (UTC milliseconds) across `range` (pixels). */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return scaleUtc().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}

/** The unit the ticks step by at the current zoom. */
export type TickUnit = 'decade' | 'year' | 'month' | 'day' | 'hour' | 'minute';

/** The unit of ticks `step` milliseconds apart. */
export function tickUnitOf(step: number): TickUnit {
  if (step >= 3000 * DAY_MS) return 'decade';
  if (step >= 360 * DAY_MS) return 'year';
  if (step >= 28 * DAY_MS) return 'month';
  if (step >= DAY_MS) return 'day';
  if (step >= 3_600_000) return 'hour';
  return 'minute';
}

/** Whether an instant is the very start of the larger unit (1 January among months, the 1st among days…). */
export function startsLargerUnit(unit: TickUnit, time: number): boolean {
  const d = calendarParts(time);
  const midnight = d.hour === 0 && d.minute === 0;
  switch (unit) {
    case 'month':
      return d.month === 1 && d.day === 1;
    case 'day':
      return d.day === 1 && midnight;
    case 'hour':
    case 'minute':
      return midnight;
    default:
      return d.year % 10 === 0;
  }
}

/** The larger unit a tick belongs to, to tell when a new one begins (a new year among months…). */
export function largerUnit(unit: TickUnit, time: number): number {
  const d = calendarParts(time);
  switch (unit) {
    case 'month':
      return d.year;
    case 'day':
      return d.year * 12 + d.month - 1;
    case 'hour':
    case 'minute':
      return Math.floor(time / DAY_MS);
    default:
      return Math.floor(d.year / 10);
  }
}

/** How a tick of each unit is written: plain, or naming its larger unit ("Jan 2022", "1 Mar"). */
export function tickFormat(unit: TickUnit, named: boolean): Intl.DateTimeFormatOptions {
  switch (unit) {
    case 'decade':
    case 'year':
      return { year: 'numeric' };
    case 'month':
      return named ? { month: 'short', year: 'numeric' } : { month: 'short' };
    case 'day':
      return named ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric' };
    case 'hour':
      return named ? { day: 'numeric', month: 'short', hour: 'numeric' } : { hour: 'numeric' };
    case 'minute':
      return named ? { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' } : { hour: 'numeric', minute: '2-digit' };
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A cached `Intl.DateTimeFormat` in the UTC time zone; falls back to the default locale if `locale` is not valid. */
export function dateFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, f);
  }
  return f;
}

/** Formats a UTC instant with cached `Intl.DateTimeFormat`s, in the UTC time zone. */
export function formatUtc(time: number, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  return dateFormatter(locale, options).format(time);
}
