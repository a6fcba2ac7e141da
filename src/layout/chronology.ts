/**
 * Time for the view, in one place: the scale from instants to pixels, the units ticks step by,
 * and dates as words in the reader's language. Everything the element draws goes through
 * here, so another way of counting time (a numeric-year axis for deep time, beyond the
 * ±270,000 years a JS Date holds) is added in this module. Calendar arithmetic lives in
 * `dataset/calendar.ts`, which the dataset entry shares.
 */
import { utcTicks } from 'd3-time';
import { calendarParts, utcInstant, yearOf } from '../dataset/calendar.js';

export { calendarParts, utcInstant, yearOf };

export const DAY_MS = 86_400_000;

/**
 * A scale from UTC milliseconds to plot pixels: an affine map, which a zoom transform
 * rescales (`rescale`). Written here rather than taken from d3-scale, whose linear scale
 * brings d3-format for tick labels that Intl writes here; the ticks still come from d3-time
 * (`calendarTicks`), the zoom from d3-zoom.
 */
export interface TimeScale {
  (time: number): number;
  /** The instant at a pixel. */
  invert(x: number): number;
  domain(): [number, number];
  range(): [number, number];
}

/** The scale that lays `domain` (UTC milliseconds) across `range` (pixels). */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 !== d0 ? (r1 - r0) / (d1 - d0) : 0;
  const scale = ((time: number) => r0 + (time - d0) * k) as TimeScale;
  scale.invert = (x) => (k !== 0 ? d0 + (x - r0) / k : d0);
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
}

/** `scale` as a zoom transform shows it: what d3's `transform.rescaleX` does to a d3 scale. */
export function rescale(scale: TimeScale, transform: { invertX(x: number): number }): TimeScale {
  const [r0, r1] = scale.range();
  return timeScale([scale.invert(transform.invertX(r0)), scale.invert(transform.invertX(r1))], [r0, r1]);
}

/** What `calendarTicks` needs of a scale: its domain, in UTC milliseconds or Dates. */
export interface DomainOf {
  domain(): readonly (number | Date)[];
}

/**
 * About `count` instants at calendar boundaries (decades down to minutes, in UTC) across a
 * scale's domain, as d3's UTC time scale would tick it.
 */
export function calendarTicks(scale: DomainOf, count: number): number[] {
  const [a = 0, b = 0] = scale.domain();
  return utcTicks(new Date(+a), new Date(+b), count).map(Number);
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
