/**
 * Time for the view, in one place: the scale from instants to pixels, the units ticks step by,
 * and dates as words in the reader's language, for any year. Within the range of a JS Date and
 * from 1 CE, Intl writes the dates and d3-time finds the ticks; before 1 CE the year is written
 * by the strings table ("44 BCE"), and where ticks step by a year or more they are counted as
 * numbers of years (`yearTicks`), which runs to billions of years ("13.8 billion years ago").
 * Calendar arithmetic lives in `dataset/calendar.ts`, which the dataset entry shares.
 */
import { ticks as niceTicks, tickStep } from 'd3-array';
import type * as D3Time from 'd3-time';
import { calendarParts, DATE_LIMIT_MS, DAY_MS, inDateRange, utcInstant, yearOf } from '../dataset/calendar.js';

export { calendarParts, DAY_MS, utcInstant, yearOf };

/** The mean Gregorian year, in milliseconds. */
export const YEAR_MS = 365.2425 * DAY_MS;
/** The first instant of 1 CE: Intl writes years from here on. */
const YEAR_ONE = utcInstant(1);
/** 400 Gregorian years, in milliseconds: the calendar repeats itself after them. */
const CYCLE_MS = 146_097 * DAY_MS;

/** How years outside the common era are written; the strings table's `bce` and `yearsAgo`. */
export interface CalendarWords {
  /** A year before 1 CE: `{year}` is its number counted back (`-43` is `44`): "{year} BCE". */
  readonly bce: string;
  /** A year far back, as years before now: `{years}` ("66 million"): "{years} years ago". */
  readonly yearsAgo: string;
  /** A year far ahead, as years from now: `{years}` ("5 billion"): "{years} years from now". */
  readonly yearsAhead: string;
  /** `yearsAgo` and `yearsAhead` for millions and more, where a language words them apart ("il y a 66 millions d'années" but "il y a 12 000 ans"). */
  readonly yearsAgoMillions?: string;
  readonly yearsAheadMillions?: string;
  /** A round year far back, said as round as it was given: "about {years} years ago" (-300000 is not "302,026 years ago"). */
  readonly yearsAgoAbout?: string;
}

/** The English words, the default of every function that writes years. */
export const EN_CALENDAR: CalendarWords = { bce: '{year} BCE', yearsAgo: '{years} years ago', yearsAhead: '{years} years from now', yearsAgoAbout: 'about {years} years ago' };

/** Years before this one are written as years ago ("12,000 years ago") rather than BCE. */
export const AGO_BEFORE = -9999;
/** Years after this one are written as years from now ("5 billion years from now"). */
const AHEAD_AFTER = 99_999;
/** The year "years ago" are counted from. */
const PRESENT = yearOf(Date.now());

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

let d3Time: typeof D3Time | undefined;
let loadingTime: Promise<unknown> | undefined;
/** Set when d3-time could not be loaded (offline, a site deployed anew): the axis then has no ticks below a year. */
let timeFailed = false;

/**
 * Loads d3-time, which ticks months, days, hours and minutes (once per page). A chunk: the
 * first view of most datasets ticks whole years, which need no calendar library.
 */
export function loadCalendarTicks(): Promise<unknown> {
  loadingTime ??= import('d3-time').then(
    (m) => (d3Time = m),
    (error: unknown) => {
      timeFailed = true;
      console.warn('<sahel-timeline> d3-time could not be loaded: the axis shows no months, days or hours.', error);
    },
  );
  return loadingTime;
}

/**
 * About `count` instants at calendar boundaries (decades down to minutes, in UTC) across a
 * scale's domain, as d3's UTC time scale would tick it; beyond a JS Date's range, the same
 * ticks 400-year cycles nearer (the calendar repeats after them), moved back. Undefined until
 * {@link loadCalendarTicks} has loaded d3-time (this starts it).
 */
export function calendarTicks(scale: DomainOf, count: number): number[] | undefined {
  if (!d3Time) {
    if (timeFailed) return [];
    void loadCalendarTicks();
    return undefined;
  }
  const { utcTicks } = d3Time;
  const [a = 0, b = 0] = scale.domain().map(Number);
  const shift = inDateRange(a) && inDateRange(b) ? 0 : Math.round((a + b) / 2 / CYCLE_MS) * CYCLE_MS;
  return utcTicks(new Date(a - shift), new Date(b - shift), count).map((d) => +d + shift);
}

/** A tick of a numeric-year axis: where it is, and the year it stands for as written. */
export interface YearTick {
  readonly time: number;
  readonly label: string;
  /** A round number among the ticks (every tenth step). */
  readonly major: boolean;
  /** The label in short words, for millions of years and more ("5bn years ago"), where the long ones do not fit. */
  readonly short?: string;
}

/**
 * Ticks in whole years across `[start, end]`, about `count` of them, at round numbers as people
 * count them: before 1 CE in years BCE (500 BCE, 400 BCE … 1, 100), and where the window begins
 * more than about 12,000 years ago in years before now ("66 million years ago"). Undefined
 * when a tick would fall less than a year from the next: the calendar's ticks serve then.
 */
export function yearTicks(start: number, end: number, count: number, locale: string | undefined, words: CalendarWords = EN_CALENDAR): YearTick[] | undefined {
  const y0 = fractionalYear(start);
  const y1 = fractionalYear(end);
  if (y0 < AGO_BEFORE) {
    // Counted back from now: ticks nice in years ago.
    const step = tickStep(PRESENT - y1, PRESENT - y0, count);
    if (step < 1) return undefined;
    // Now and the years ahead are not "years ago": no tick there.
    return niceTicks(PRESENT - y1, PRESENT - y0, count)
      .filter((ago) => ago > 0)
      .reverse()
      .map((ago) => ({
        time: utcInstant(PRESENT - ago),
        label: formatYearsAgo(ago, locale, words, step),
        major: ago % (step * 10) === 0,
        ...(ago >= 1e6 && { short: formatYearsAgo(ago, locale, words, step, true) }),
      }));
  }
  // Counted as people write years: there is no year 0 between 1 BCE and 1 CE.
  const h = (y: number) => (y < 1 ? y - 1 : y);
  const step = tickStep(h(y0), h(y1), count);
  if (step < 1) return undefined;
  const seen = new Set<number>();
  const out: YearTick[] = [];
  for (const n of niceTicks(h(y0), h(y1), count)) {
    const year = n < 0 ? n + 1 : Math.max(1, n);
    if (seen.has(year)) continue;
    seen.add(year);
    const time = utcInstant(year);
    if (time < start || time > end) continue;
    out.push({ time, label: formatYear(year, locale, words), major: n % (step * 10) === 0 });
  }
  return out;
}

/** The year an instant falls in, with the fraction of it gone by. */
export function fractionalYear(time: number): number {
  const year = yearOf(time);
  const a = utcInstant(year);
  return year + (time - a) / (utcInstant(year + 1) - a);
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
  return (named ? TICK_FORMATS_NAMED : TICK_FORMATS)[unit];
}

/** {@link tickFormat}'s options, made once: formatters are cached by them. */
const TICK_FORMATS: Readonly<Record<TickUnit, Intl.DateTimeFormatOptions>> = {
  decade: { year: 'numeric' },
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric' },
  hour: { hour: 'numeric' },
  minute: { hour: 'numeric', minute: '2-digit' },
};
const TICK_FORMATS_NAMED: Readonly<Record<TickUnit, Intl.DateTimeFormatOptions>> = {
  ...TICK_FORMATS,
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  hour: { day: 'numeric', month: 'short', hour: 'numeric' },
  minute: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The same, by options object and locale: most options are constants, asked for on every zoom step. */
const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string | undefined, Intl.DateTimeFormat>>();
/** A cached `Intl.DateTimeFormat` in the UTC time zone; falls back to the default locale if `locale` is not valid. */
export function dateFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let mine = byOptions.get(options);
  if (!mine) byOptions.set(options, (mine = new Map<string | undefined, Intl.DateTimeFormat>()));
  let f = mine.get(locale);
  if (f) return f;
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, f);
  }
  mine.set(locale, f);
  return f;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Numbers of years: grouped as written, or in words past a million ("66 million", or short: "66M") to `digits` significant digits. */
function numberFormat(locale: string | undefined, compact: boolean, digits = 3, short = false): Intl.NumberFormat {
  const key = `${locale ?? ''}|${compact}|${digits}|${short}`;
  let f = numberFormats.get(key);
  if (!f) {
    // Years of four digits stay as written ("2000 BCE"); longer ones are grouped ("10,000 BCE").
    const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', compactDisplay: short ? 'short' : 'long', maximumSignificantDigits: digits } : { useGrouping: 'min2' };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat(undefined, options);
    }
    numberFormats.set(key, f);
  }
  return f;
}

/** A year as written in the reader's language: "476", "2022", "44 BCE", "10,000 BCE". */
export function formatYear(year: number, locale: string | undefined, words: CalendarWords = EN_CALENDAR): string {
  if (year >= 1) return numberFormat(locale, false).format(year);
  return words.bce.replace('{year}', numberFormat(locale, false).format(1 - year));
}

/** Significant digits that tell apart years `step` apart around `years` (at least 3: "66 million", "66.02 million"). */
function digitsFor(years: number, step: number | undefined): number {
  if (!step || step <= 0) return 3;
  return Math.min(21, Math.max(3, Math.ceil(Math.log10(Math.abs(years) + 1)) - Math.floor(Math.log10(step)) + 1));
}

/**
 * A number of years before now: "12,000 years ago", "66 million years ago", "13.8 billion
 * years ago"; with `step` (the years between neighbours, as on an axis), with the digits that
 * tell them apart ("66.02 million years ago").
 */
export function formatYearsAgo(years: number, locale: string | undefined, words: CalendarWords = EN_CALENDAR, step?: number, short = false): string {
  return ((years >= 1e6 ? words.yearsAgoMillions : undefined) ?? words.yearsAgo).replace('{years}', numberFormat(locale, years >= 1e6, digitsFor(years, step), short).format(years));
}

/**
 * Years before now for a year given round (-300000, a multiple of 100 or more), to what it can
 * say: two significant digits at most ("about 300,000 years ago", not "302,026 years ago"),
 * never rounder than the year was given. Undefined when the exact count is what the year says.
 * Millions and more are already written to three significant digits ("66 million").
 */
function roundYearsAgo(year: number, ago: number): number | undefined {
  if (ago >= 1e6) return undefined;
  let given = 1;
  while (given < 1e6 && year % (given * 10) === 0) given *= 10;
  const unit = Math.min(given, 10 ** (Math.floor(Math.log10(ago)) - 1));
  if (unit < 100) return undefined;
  const rounded = Math.round(ago / unit) * unit;
  return rounded === ago ? undefined : rounded;
}

/** A year at year precision, as people write it: years far back as years ago, then BCE, CE, and years far ahead from now. */
export function formatYearAsKnown(year: number, locale: string | undefined, words: CalendarWords = EN_CALENDAR, step?: number): string {
  if (year < AGO_BEFORE) {
    // An axis tick (with `step`) is a round number of years ago already; a date given round is said as round.
    const about = step === undefined ? roundYearsAgo(year, PRESENT - year) : undefined;
    if (about !== undefined && words.yearsAgoAbout) return words.yearsAgoAbout.replace('{years}', numberFormat(locale, false).format(about));
    return formatYearsAgo(PRESENT - year, locale, words, step);
  }
  const ahead = year - PRESENT;
  if (year > AHEAD_AFTER) return ((ahead >= 1e6 ? words.yearsAheadMillions : undefined) ?? words.yearsAhead).replace('{years}', numberFormat(locale, ahead >= 1e6, digitsFor(ahead, step)).format(ahead));
  return formatYear(year, locale, words);
}

/**
 * Formats a UTC instant with cached `Intl.DateTimeFormat`s, in the UTC time zone, for any
 * year: from 1 CE within a JS Date's range Intl writes it all; otherwise Intl writes the same
 * day of a year with the same calendar (400-year cycles apart) and the year is written by
 * {@link formatYear} in its place.
 */
export function formatUtc(time: number, locale: string | undefined, options: Intl.DateTimeFormatOptions, words: CalendarWords = EN_CALENDAR): string {
  if (intlWrites(time)) return dateFormatter(locale, options).format(time);
  if (!Number.isFinite(time)) return '';
  const year = yearOf(time);
  if (options.month === undefined && options.day === undefined && options.hour === undefined) return formatYearAsKnown(year, locale, words);
  const twin = time - utcInstant(year) + utcInstant(2000 + (((year % 400) + 400) % 400));
  let out = '';
  // The Gregorian calendar whatever the locale's own: the twin year must not show through.
  for (const part of dateFormatter(locale, { ...options, calendar: 'gregory' }).formatToParts(twin)) {
    if (part.type === 'year') out += formatYear(year, locale, words);
    else if (part.type !== 'era') out += part.value;
  }
  return out;
}

/** Whether Intl writes an instant itself: from 1 CE, within a JS Date's range. */
export function intlWrites(time: number): boolean {
  return time >= YEAR_ONE && time <= DATE_LIMIT_MS;
}

/** Whether Intl can write the range between two instants itself. */
export function intlCanWrite(a: number, b: number): boolean {
  return intlWrites(a) && intlWrites(b);
}
