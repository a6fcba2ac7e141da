/**
 * Partial dates (`2012`, `2021-12`, `2022-03-27`, `-0043-03-15`, `-13800000000`,
 * `2022-03-27T14:30Z`): parsed with the reason when they are not one, and turned into the
 * instants they cover.
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
 * Parses an ISO 8601 date at year, month, day or minute precision, or says in plain words why
 * it is not one. The shared core of {@link parsePartialDate} and of validation.
 * @internal
 */
export function readPartialDate(value: unknown): PartialDate | string {
  const read = readDate(value);
  return typeof read === 'string' ? read : read.date;
}

/** A partial date as read, with the instants it covers (see {@link toIntervalMs}). */
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
    return `"${shown}" is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm (years before 1 CE have a minus sign: -0043 is 44 BCE; years of more than four digits a sign: -66000000)`;
  }
  if (m[1] === '-0000') return `"${value}" writes year 0 (1 BCE) with a minus sign: write 0000`;
  const year = Number(m[1]);
  if (!Number.isSafeInteger(year)) return `"${value}" has a year too far from today to count`;
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${value}" has no month ${m[2]}: months run from 01 to 12`;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `"${value}" is not a real date: ${MONTH_NAMES[month - 1] ?? ''} ${year} has ${last} days`;
  }
  if (m[4] === undefined) return { year, month, day, precision: 'day' };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return `"${value}" has no time ${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}: times run from 00:00 to 23:59`;
  const offset = readOffset(m[7]);
  if (offset === null) return `"${value}" has a time zone offset beyond ±14:00`;
  return { year, month, day, hour, minute, ...(m[6] !== undefined && { second }), ...(offset !== undefined && { offset }), precision: 'minute' };
}

/** A zone's offset east of UTC in minutes (`Z` is 0), `undefined` for none, `null` when out of range. */
function readOffset(zone: string | undefined): number | undefined | null {
  if (zone === undefined) return undefined;
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const rest = Number(zone.slice(4, 6));
  const minutes = hours * 60 + rest;
  if (minutes > 14 * 60 || rest > 59) return null;
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * Parses an ISO 8601 date whose length states its precision: `"2012"` (year), `"2021-12"`
 * (month), `"2022-03-27"` (day) or `"2022-03-27T14:30Z"` (minute; without a zone, the time
 * is read as written, in UTC). Years use astronomical numbering with any number of digits:
 * `"-0043-03-15"` is 15 March 44 BCE (year 0 is 1 BCE), `"-13800000000"` 13.8 billion years ago.
 * @throws {RangeError} if the text is not such a date, or names a day that does not exist.
 */
export function parsePartialDate(value: string): PartialDate {
  const result = readPartialDate(value);
  if (typeof result === 'string') throw new RangeError(result);
  return result;
}

/**
 * The instants a partial date covers, in UTC milliseconds: `[start, end)`.
 * `"2012"` covers all of 2012, `"2021-12"` all of December 2021, `"2022-03-27T14:30Z"` one
 * minute. Any year, also beyond a JS Date's range.
 */
export function toIntervalMs(date: PartialDate): readonly [start: number, end: number] {
  const { year, month, day, hour, minute } = date;
  if (month === undefined) return [utc(year, 0, 1), utc(year + 1, 0, 1)];
  if (day === undefined) return [utc(year, month - 1, 1), utc(year, month, 1)];
  if (hour === undefined || minute === undefined) return [utc(year, month - 1, day), utc(year, month - 1, day + 1)];
  const start = utc(year, month - 1, day, hour, minute, date.second ?? 0) - (date.offset ?? 0) * 60_000;
  return [start, start + 60_000];
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

/** Writes a partial date back as its ISO 8601 string (`-0043-03-15`, `2022-03-27T14:30Z`). */
export function formatIsoPartialDate(date: PartialDate): string {
  // Years beyond four digits carry their sign, as ISO 8601's expanded years do.
  const y = `${date.year < 0 ? '-' : date.year > 9999 ? '+' : ''}${String(Math.abs(date.year)).padStart(4, '0')}`;
  if (date.month === undefined) return y;
  const m = `${y}-${pad2(date.month)}`;
  if (date.day === undefined) return m;
  const d = `${m}-${pad2(date.day)}`;
  if (date.hour === undefined || date.minute === undefined) return d;
  const seconds = date.second === undefined ? '' : `:${pad2(date.second)}`;
  return `${d}T${pad2(date.hour)}:${pad2(date.minute)}${seconds}${formatOffset(date.offset)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A zone offset in minutes as ISO 8601 writes it: `Z`, `+01:00`, `-05:30`; nothing for none. */
export function formatOffset(offset: number | undefined): string {
  if (offset === undefined) return '';
  if (offset === 0) return 'Z';
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
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

/** An instant given as a Date, UTC milliseconds, or text: an event's ISO 8601 date (any year), else what `Date` reads. */
export function instantOf(value: Date | string | number): number {
  if (typeof value !== 'string') return +value;
  const read = readDate(value.trim());
  return typeof read === 'string' ? Date.parse(value) : read.start;
}

/**
 * The instant a `start` or `end` attribute names: a partial date ("2022", "2022-03",
 * "2022-03-27") counts from the beginning (side 0) or to the end (side 1) of its period, as
 * event dates do; any other date string is read as one instant.
 */
export function attributeInstant(value: string | undefined, side: 0 | 1): number {
  if (!value) return NaN;
  const partial = readPartialDate(value.trim());
  return typeof partial === 'string' ? Date.parse(value) : toIntervalMs(partial)[side];
}
