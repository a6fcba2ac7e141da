/**
 * The calendar under every date: proleptic Gregorian years, months and days in UTC, and the
 * text form of a partial date. Dataset code and the element's chronology
 * (`layout/chronology.ts`) both stand on this module, so a change of calendar (years beyond
 * the range of a JS Date, BCE years) starts here. No imports: the dataset entry stays plain.
 */

/** A partial date as text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$';

/** The same pattern, without capture groups, for JSON Schema. */
export const PARTIAL_DATE_SCHEMA_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** UTC milliseconds of the first instant of a day (`monthIndex` from 0); safe for years below 100. */
export function utcInstant(year: number, monthIndex = 0, day = 1): number {
  // Date.UTC reads years 0-99 as 1900-1999, so those take the slow path.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** The calendar fields of a UTC instant (`month` from 1). */
export interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** Splits a UTC instant into its calendar fields. */
export function calendarParts(time: number): CalendarParts {
  const d = new Date(time);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The calendar year a UTC instant falls in. */
export function yearOf(time: number): number {
  return new Date(time).getUTCFullYear();
}
