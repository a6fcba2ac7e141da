/**
 * What the spreadsheet and TimelineJS3 readers share: the result and issue shapes, plain text
 * from HTML, ids made from titles, and dates built from a year, month, day and time written
 * apart. Pure: runs in Node as in the browser.
 */
import { calendarParts } from './calendar.js';
import { formatIsoPartialDate, readPartialDate, toIntervalMs } from './dates.js';
import { htmlToText } from './markup.js';
import { runSteps } from './steps.js';

export { htmlToText };
import type { PartialDate, TimelineData, TimelineEvent } from './types.js';
import { validateEventsInSteps, type ReadAhead, type ValidationIssue } from './validate.js';

/** One problem found while reading a spreadsheet or a TimelineJS3 file. */
export interface ImportIssue extends ValidationIssue {
  /**
   * What it is about: an event (`index` counts the file's events), an era (`index` counts its
   * eras) or the title card. `row`, for a spreadsheet, is the line in any case.
   */
  readonly part: 'events' | 'eras' | 'title';
}

/** What {@link parseCsv} and {@link fromTimelineJS} return: the data in object form, and every problem found. */
export interface ImportResult {
  /** Every event that could be read (checked as `validateEvents` checks them), the title card and the eras. */
  readonly data: TimelineData;
  readonly issues: ImportIssue[];
}

/** An import with what the element needs beyond it. @internal */
export interface ImportRead extends ImportResult {
  /** Issues about events and the file's columns, for the notice (eras are reported by the eras' own check). */
  readonly eventIssues: ImportIssue[];
  /** The eras as read, before checking (the element checks them with its own). */
  readonly rawEras: unknown[];
  /** How many events the file held. */
  readonly total: number;
  readonly ahead: ReadAhead;
}

/** Text as HTML that {@link htmlToText} reads back as the same text (when its white space is single spaces, trimmed). @internal */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A kebab-case id from a title: `"Coup in Mali (2020)"` is `coup-in-mali-2020`. */
function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s === '' ? 'event' : s;
}

/**
 * Ids for events that have none, made from their titles and unique among the file's own ids
 * and each other (`flood`, `flood-2`, `flood-3`). @internal
 */
export class IdMaker {
  private readonly taken: Set<string>;
  constructor(given: Iterable<string>) {
    this.taken = new Set(given);
  }
  make(title: string): string {
    const base = slug(title);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A whole number written as a number or as text (spaces and thousands commas allowed, as TimelineJS3 allows them). @internal */
export function readInteger(value: unknown): number | undefined | string {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : String(value);
  if (typeof value !== 'string') return typeof value;
  const t = value.replace(/[\s,]+/g, '');
  if (t === '') return undefined;
  if (!/^[+-]?\d+$/.test(t)) return value.trim();
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : value.trim();
}

/** A time of day as TimelineJS3 reads it: `14:30`, `2:30 PM`, `1430`, `14.30`, `14:30:15`. @internal */
export function readTime(text: string): { hour: number; minute: number; second: number } | undefined {
  const m = /^\s*(\d{1,2})(?:[:.]?(\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?\s*([AaPp])?\.?\s*(?:[Mm]\.?)?\s*$/.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const period = m[4]?.toLowerCase();
  if (period !== undefined && (hour < 1 || hour > 12)) return undefined;
  if (period === 'p' && hour !== 12) hour += 12;
  else if (period === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { hour, minute, second };
}

/** The parts of a date, as a year, month, day and time written apart give them: a partial date without its zone. @internal */
export type DateParts = Omit<PartialDate, 'precision' | 'offset'>;

/** ISO 8601 text for date parts: `-0043-03-15`, `+12000`, `2022-03-27T14:30` (seconds only when not zero; no zone: wall-clock time). @internal */
export function isoDate(d: DateParts): string {
  const { year, month, day, hour, second } = d;
  if (month === undefined) return formatIsoPartialDate({ year, precision: 'year' });
  if (day === undefined) return formatIsoPartialDate({ year, month, precision: 'month' });
  if (hour === undefined) return formatIsoPartialDate({ year, month, day, precision: 'day' });
  return formatIsoPartialDate({ year, month, day, hour, minute: d.minute ?? 0, ...(second ? { second } : {}), precision: 'minute' });
}

/**
 * Reads ISO 8601 text into its parts (a zone's offset is applied, giving the time in UTC), or
 * undefined when it is not a date. Only for writing other formats: checking is `validateEvents`'s. @internal
 */
export function dateParts(text: string): DateParts | undefined {
  const date = readPartialDate(text.trim());
  if (typeof date === 'string') return undefined;
  const { year, month, day, hour, minute } = date;
  if (month === undefined || day === undefined || hour === undefined || minute === undefined) return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
  if (!date.offset) return { year, month, day, hour, minute, second: date.second ?? 0 };
  // The wall-clock time in UTC: TimelineJS3 has no zones.
  const utc = calendarParts(toIntervalMs(date)[0]);
  return { ...utc, second: date.second ?? 0 };
}

/**
 * Checks the events read from a file as `validateEvents` does, and says where each problem
 * is in the file: `origin[i]` is the file's index of the i-th item read, `rows[i]` its line. @internal
 */
export function checkEvents(
  raw: readonly Record<string, unknown>[],
  origin: readonly number[],
  rows?: readonly number[],
): { events: TimelineEvent[]; issues: ImportIssue[]; ahead: ReadAhead } {
  const result = runSteps(validateEventsInSteps(raw));
  const issues = result.issues.map((issue): ImportIssue => {
    const i = issue.index;
    if (i === null) return { ...issue, part: 'events' };
    const row = rows?.[i];
    return {
      ...issue,
      index: origin[i] ?? i,
      ...(row !== undefined && { row }),
      ...(issue.duplicateOf !== undefined && { duplicateOf: origin[issue.duplicateOf] ?? issue.duplicateOf }),
      part: 'events',
    };
  });
  return { events: result.events, issues, ahead: result.ahead };
}

/**
 * TimelineJS3 numbers years as people write them: -44 is 44 BCE (it shows "44 BCE"), and
 * there is no year 0. ISO 8601 counts astronomically: 44 BCE is -43, and 0 is 1 BCE. @internal
 */
export function astronomicalYear(timelineJSYear: number): number {
  return timelineJSYear < 0 ? timelineJSYear + 1 : timelineJSYear;
}

/** The inverse of {@link astronomicalYear}: the year TimelineJS3 shows for an ISO 8601 one. @internal */
export function timelineJSYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

/** A date written apart, as TimelineJS3 writes them: each part a number or numeric text. @internal */
export interface LooseDate {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
  readonly second?: unknown;
}

/** What {@link readLooseDate} made of a date: its ISO 8601 text, or why there is none; and a remark on a date kept. @internal */
export type LooseDateRead = { readonly date: string; readonly remark?: string } | { readonly problem: string; readonly empty?: true };

/** An ISO 8601 date from a TimelineJS3 date's parts (years converted: see {@link astronomicalYear}). @internal */
export function readLooseDate(d: LooseDate): LooseDateRead {
  const year = readInteger(d.year);
  const parts = (['month', 'day', 'hour', 'minute', 'second'] as const).map((k) => [k, readInteger(d[k])] as const);
  if (year === undefined) {
    const given = parts.some(([, v]) => v !== undefined);
    return given ? { problem: 'has a month, day or time but no year' } : { problem: 'has no year', empty: true };
  }
  if (typeof year === 'string') return { problem: `the year "${year.slice(0, 40)}" is not a whole number` };
  for (const [k, v] of parts) if (typeof v === 'string') return { problem: `the ${k} "${v.slice(0, 40)}" is not a whole number` };
  const [month, day, hour, minute, second] = parts.map(([, v]) => v as number | undefined);
  const astro = astronomicalYear(year);
  const date = isoDate({
    year: astro,
    ...(month !== undefined && { month }),
    ...(month !== undefined && day !== undefined && { day }),
    ...(month !== undefined && day !== undefined && hour !== undefined && { hour, minute: minute ?? 0, second: second ?? 0 }),
  });
  return year === 0 ? { date, remark: 'TimelineJS3 has no year 0: read as 1 BCE' } : { date };
}
