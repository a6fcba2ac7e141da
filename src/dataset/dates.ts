/**
 * Partial dates (`2012`, `2021-12`, `2022-03-27`): parsed with the reason when they are not
 * one, and turned into the instants they cover.
 */
import { daysInMonth, PARTIAL_DATE_PATTERN, utcInstant as utc } from './calendar.js';
import type { PartialDate } from './types.js';

export { daysInMonth };

const ISO_PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * Parses an ISO 8601 date at year, month or day precision, or says in plain words why it
 * is not one. The shared core of {@link parsePartialDate} and of validation.
 * @internal
 */
export function readPartialDate(value: unknown): PartialDate | string {
  const read = readDate(value);
  return typeof read === 'string' ? read : read.date;
}

/** A partial date as read, with the instants it covers (see {@link toIntervalMs}). @internal */
export interface DateRead {
  readonly date: PartialDate;
  readonly start: number;
  readonly end: number;
}

/** {@link readPartialDate} with the instants the date covers, worked out once per text. @internal */
export function readDate(value: unknown): DateRead | string {
  if (typeof value !== 'string') return `should be a date written as text, like "2022-03-27", not ${describeType(value)}`;
  // Large datasets repeat the same few thousand dates: parse each once.
  let known = readCache.get(value);
  if (known === undefined) {
    if (readCache.size >= READ_CACHE_LIMIT) readCache.clear();
    const date = parse(value);
    if (typeof date === 'string') {
      known = date;
    } else {
      const [start, end] = toIntervalMs(date);
      known = { date: Object.freeze(date), start, end };
    }
    readCache.set(value, known);
  }
  return known;
}

const READ_CACHE_LIMIT = 50_000;
const readCache = new Map<string, DateRead | string>();

function parse(value: string): PartialDate | string {
  const m = ISO_PARTIAL_DATE.exec(value);
  if (!m) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `"${shown}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${value}" has no month ${m[2]}: months run from 01 to 12`;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `"${value}" is not a real date: ${MONTH_NAMES[month - 1] ?? ''} ${year} has ${last} days`;
  }
  return { year, month, day, precision: 'day' };
}

/**
 * Parses an ISO 8601 date whose length states its precision:
 * `"2012"` (year), `"2021-12"` (month) or `"2022-03-27"` (day).
 * @throws {RangeError} if the text is not such a date, or names a day that does not exist.
 */
export function parsePartialDate(value: string): PartialDate {
  const result = readPartialDate(value);
  if (typeof result === 'string') throw new RangeError(result);
  return result;
}

/**
 * The instants a partial date covers, in UTC milliseconds: `[start, end)`.
 * `"2012"` covers all of 2012, `"2021-12"` all of December 2021.
 */
export function toIntervalMs(date: PartialDate): readonly [start: number, end: number] {
  const { year, month, day } = date;
  if (month === undefined) return [utc(year, 0, 1), utc(year + 1, 0, 1)];
  if (day === undefined) return [utc(year, month - 1, 1), utc(year, month, 1)];
  return [utc(year, month - 1, day), utc(year, month - 1, day + 1)];
}

/**
 * The range of instants a partial date covers, in UTC: `start` inclusive, `end` exclusive.
 * `toInterval("2012")` is 2012-01-01T00:00Z to 2013-01-01T00:00Z.
 * @throws {RangeError} if a string is given that is not a valid partial date.
 */
export function toInterval(date: PartialDate | string): { start: Date; end: Date } {
  const [start, end] = toIntervalMs(typeof date === 'string' ? parsePartialDate(date) : date);
  return { start: new Date(start), end: new Date(end) };
}

/** Writes a partial date back as its ISO 8601 string. */
export function formatIsoPartialDate(date: PartialDate): string {
  const y = String(date.year).padStart(4, '0');
  if (date.month === undefined) return y;
  const m = String(date.month).padStart(2, '0');
  if (date.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(date.day).padStart(2, '0')}`;
}

/** Names the type of a value in plain words, for messages. @internal */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
