/**
 * The calendar under every date: proleptic Gregorian years, months and days in UTC, for any
 * year (astronomical numbering: year 0 is 1 BCE, -43 is 44 BCE), and the text form of a
 * partial date. Dataset code and the element's chronology (`layout/chronology.ts`) both stand
 * on this module. No imports: the dataset entry stays plain.
 *
 * Instants are UTC milliseconds as plain numbers, also beyond the ±8.64e15 ms a JS Date holds
 * (about ±270,000 years): 13.8 billion years ago is about -4.4e20 ms, which a double still
 * holds to the minute. So days and months are counted here by arithmetic, never with a Date.
 */

/**
 * A partial date as text: a year (astronomical numbering) of four digits, or more with a sign
 * as ISO 8601's expanded years have (`-0043`, `-13800000000`, `+12000`), then optionally
 * `-MM`, `-DD` and a time of day `THH:MM[:SS]` with an optional zone (`Z`, `+01:00`, `-05:30`).
 * Groups: year, month, day, hour, minute, second, zone.
 */
export const PARTIAL_DATE_PATTERN = '^(\\d{4}|-\\d{4}|[+-][1-9]\\d{4,})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$';

/** The same pattern, without capture groups, for JSON Schema. */
export const PARTIAL_DATE_SCHEMA_PATTERN =
  '^(\\d{4}|-\\d{4}|[+-][1-9]\\d{4,})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$';

export const DAY_MS = 86_400_000;

/** Days in a month of the proleptic Gregorian calendar, for any year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (month from 1), for any
 * year; a day past the month's end runs on into the next. Howard Hinnant's `days_from_civil`.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * UTC milliseconds of an instant of the calendar (`monthIndex` from 0; months and days past
 * their end run on, as with `Date.UTC`), for any year: years 0-99 are not read as 1900-1999,
 * and years beyond a JS Date's range are counted all the same.
 */
export function utcInstant(year: number, monthIndex = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  const y = year + Math.floor(monthIndex / 12);
  const m = (((monthIndex % 12) + 12) % 12) + 1;
  return daysFromCivil(y, m, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
}

/** The calendar fields of a UTC instant (`month` from 1). */
export interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** Splits a UTC instant into its calendar fields, for any year. Howard Hinnant's `civil_from_days`. */
export function calendarParts(time: number): CalendarParts {
  const days = Math.floor(time / DAY_MS);
  const inDay = Math.max(0, time - days * DAY_MS);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day, hour: Math.floor(inDay / 3_600_000), minute: Math.floor((inDay % 3_600_000) / 60_000) };
}

/** The calendar year a UTC instant falls in. */
export function yearOf(time: number): number {
  return calendarParts(time).year;
}

/** The largest instant a JS Date holds, in milliseconds (about 275,760 CE). */
export const DATE_LIMIT_MS = 8.64e15;

/** Whether a JS Date (and so Intl and d3-time) can hold an instant. */
export function inDateRange(time: number): boolean {
  return Math.abs(time) <= DATE_LIMIT_MS;
}
