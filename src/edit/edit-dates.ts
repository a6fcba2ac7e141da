/**
 * Dates as editing moves them: the unit a move snaps to (the axis's ticks or the date's own
 * precision, whichever is coarser), a partial date moved by whole units at its own precision,
 * and the date a pointer points at. Pure: no DOM.
 */
import { calendarParts, daysInMonth, DAY_MS, utcInstant } from '../dataset/calendar.js';
import { tickUnitOf, YEAR_MS } from '../layout/chronology.js';
import { formatIsoPartialDate, readPartialDate, toIntervalMs } from '../dataset/dates.js';
import type { DatePrecision, IsoPartialDate, PartialDate } from '../dataset/types.js';

/** What a move steps by: a number of years, or one month, day, hour or minute. */
export interface SnapUnit {
  readonly unit: 'year' | 'month' | 'day' | 'hour' | 'minute';
  /** How many of them (years only: 1, 10, 100…). */
  readonly count: number;
}

const ORDER = ['minute', 'hour', 'day', 'month', 'year'] as const;
const UNIT_MS: Readonly<Record<SnapUnit['unit'], number>> = { minute: 60_000, hour: 3_600_000, day: DAY_MS, month: YEAR_MS / 12, year: YEAR_MS };

/** About how long a unit lasts, in milliseconds. */
export function unitMs(u: SnapUnit): number {
  return UNIT_MS[u.unit] * u.count;
}

/** The finest unit a date of this precision is moved by. */
function precisionUnit(precision: DatePrecision): SnapUnit {
  return { unit: precision === 'minute' ? 'minute' : precision, count: 1 };
}

/**
 * The unit of the axis's ticks `step` milliseconds apart: a minute, an hour, a day, a month,
 * or years in powers of ten (ticks five years apart move by one, fifty by ten).
 */
export function tickSnap(step: number): SnapUnit {
  const unit = tickUnitOf(step);
  if (unit === 'year' || unit === 'decade') return { unit: 'year', count: 10 ** Math.max(0, Math.floor(Math.log10(step / YEAR_MS + 1e-9))) };
  return { unit, count: 1 };
}

/** The coarser of two units. */
export function coarser(a: SnapUnit, b: SnapUnit): SnapUnit {
  const ia = ORDER.indexOf(a.unit);
  const ib = ORDER.indexOf(b.unit);
  if (ia !== ib) return ia > ib ? a : b;
  return a.count >= b.count ? a : b;
}

/** The unit a move of a date of `precision` snaps to, with the axis's ticks `step` ms apart. */
export function snapUnit(step: number, precision: DatePrecision): SnapUnit {
  return coarser(tickSnap(step), precisionUnit(precision));
}

/** The next larger unit (Alt+Page Up and Page Down): an hour for minutes, a day for hours, … ten times the years. */
export function largerUnit(u: SnapUnit): SnapUnit {
  if (u.unit === 'year') return { unit: 'year', count: u.count * 10 };
  return { unit: ORDER[ORDER.indexOf(u.unit) + 1] ?? 'year', count: 1 };
}

/**
 * A partial date moved by `by` units, written at its own precision: `"2021-01-31"` a month on
 * is `"2021-02-28"` (the last day there is), `"2012"` ten years on `"2022"`; a time keeps its
 * zone as written. Undefined for text that is not a date.
 */
export function shiftDate(iso: string, u: SnapUnit, by: number): IsoPartialDate | undefined {
  const d = readPartialDate(iso);
  if (typeof d === 'string') return undefined;
  const n = Math.round(by) * u.count;
  if (n === 0) return iso as IsoPartialDate;
  if (u.unit === 'year' || u.unit === 'month') {
    const months = u.unit === 'year' ? n * 12 : n;
    const index = d.year * 12 + (d.month ?? 1) - 1 + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const out: PartialDate = { ...d, year, ...(d.month !== undefined && { month }) };
    return formatIsoPartialDate(d.day === undefined ? out : { ...out, day: Math.min(d.day, daysInMonth(year, month)) }) as IsoPartialDate;
  }
  // Days, hours and minutes: the wall-clock fields moved on, the zone kept.
  const wall = utcInstant(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0) + n * UNIT_MS[u.unit];
  const p = calendarParts(wall);
  const out: PartialDate = { ...d, year: p.year, month: p.month, day: p.day, ...(d.hour !== undefined && { hour: p.hour, minute: p.minute }) };
  return formatIsoPartialDate(out) as IsoPartialDate;
}

/**
 * How many `u` a date moves so that it comes nearest to `target` (an instant), from `iso`: a
 * pointer dragged by some time moves the date by whole units, as the keys do.
 */
export function stepsTowards(iso: string, u: SnapUnit, target: number): number {
  const d = readPartialDate(iso);
  if (typeof d === 'string') return 0;
  const from = toIntervalMs(d)[0];
  return Math.round((target - from) / unitMs(u));
}

/** The date at instant `time` written at `precision` (a new event where a pointer added it). */
export function dateAt(time: number, precision: DatePrecision): IsoPartialDate {
  const p = calendarParts(time);
  const d: PartialDate =
    precision === 'year'
      ? { year: p.year, precision }
      : precision === 'month'
        ? { year: p.year, month: p.month, precision }
        : precision === 'day'
          ? { year: p.year, month: p.month, day: p.day, precision }
          : { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, offset: 0, precision };
  return formatIsoPartialDate(d) as IsoPartialDate;
}

/** The precision a unit writes a new date at: an axis of years adds a year, of days a day. */
export function precisionOf(u: SnapUnit): DatePrecision {
  return u.unit === 'hour' ? 'minute' : u.unit;
}

/** The first instant a date covers, and the last one's end; undefined for text that is not a date. */
export function interval(iso: string | undefined): readonly [number, number] | undefined {
  if (iso === undefined) return undefined;
  const d = readPartialDate(iso);
  return typeof d === 'string' ? undefined : toIntervalMs(d);
}

/**
 * A date written at another precision: cut short (`"2021-03-05"` to the month is `"2021-03"`)
 * or made finer from its first instant (`"2021"` to the day is `"2021-01-01"`). Text that is
 * not a date is given back as it is.
 */
export function atPrecision(iso: string, precision: DatePrecision): string {
  const d = readPartialDate(iso);
  if (typeof d === 'string' || d.precision === precision) return iso;
  const parts: PartialDate = { ...d, month: d.month ?? 1, day: d.day ?? 1, hour: d.hour ?? 0, minute: d.minute ?? 0, precision };
  const cut: PartialDate =
    precision === 'year'
      ? { year: d.year, precision }
      : precision === 'month'
        ? { year: d.year, month: parts.month ?? 1, precision }
        : precision === 'day'
          ? { year: d.year, month: parts.month ?? 1, day: parts.day ?? 1, precision }
          : parts;
  return formatIsoPartialDate(cut);
}
