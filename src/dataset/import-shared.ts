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
import type { Media, PartialDate, TimelineData, TimelineEvent } from './types.js';
import { validateEventsInSteps, type ReadAhead, type ValidationIssue } from './validate.js';

/**
 * What the notice tells readers of a slide kept otherwise than written: named for want of a
 * headline (from its text, its caption or its date), or placed at its year for want of a month
 * that could be read (the cell's column as the file names it, and its value).
 */
export type ImportNote =
  | { readonly kind: 'untitled'; readonly from: 'text' | 'caption' | 'date' }
  | { readonly kind: 'month'; readonly column: string; readonly value: string };

/** One problem found while reading a spreadsheet or a TimelineJS3 file. */
export interface ImportIssue extends ValidationIssue {
  /**
   * What it is about: an event (`index` counts the file's events), an era (`index` counts its
   * eras) or the title card. `row`, for a spreadsheet, is the line in any case.
   */
  readonly part: 'events' | 'eras' | 'title';
  /** For the notice: what a reader should know of an event kept otherwise than the file wrote it. */
  readonly note?: ImportNote;
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
  if (month === undefined || day === undefined || hour === undefined || minute === undefined) {
    return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
  }
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

/**
 * What {@link readLooseDate} made of a date: its ISO 8601 text, or why there is none; a remark
 * on a date kept; and the month as written when it could not be read (the date is then its year).
 * @internal
 */
export type LooseDateRead =
  | { readonly date: string; readonly remark?: string; readonly unreadMonth?: string }
  | { readonly problem: string; readonly empty?: true };

/** The languages whose month names are read, long and short ("March", "Mar", "mars", "févr."); English as Britain writes it gives "Sept". */
const MONTH_LOCALES = ['en', 'en-GB', 'fr', 'es', 'pt', 'it', 'de'];

/** A month's name as matched: lower case, without accents nor trailing dots (`Févr.` is `fevr`). */
const foldMonth = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\.+$/, '');

let monthTable: { names: ReadonlyMap<string, number>; long: readonly (readonly [string, number])[] } | undefined;

/** Month names from Intl (no table of our own to fall out of step), long and short, a name two months share left out. */
function months(): NonNullable<typeof monthTable> {
  if (monthTable) return monthTable;
  const names = new Map<string, number>();
  const shared = new Set<string>();
  const long: [string, number][] = [];
  for (const locale of MONTH_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 1; m <= 12; m++) {
        const written = format.formatToParts(Date.UTC(2000, m - 1, 15)).find((p) => p.type === 'month')?.value;
        const name = written === undefined ? '' : foldMonth(written);
        if (name === '' || /\d/.test(name)) continue;
        if (width === 'long') long.push([name, m]);
        const had = names.get(name);
        if (had !== undefined && had !== m) shared.add(name);
        else names.set(name, m);
      }
    }
  }
  for (const name of shared) names.delete(name);
  monthTable = { names, long };
  return monthTable;
}

/**
 * A month as a number from 1 to 12: a number or numeric text, or its name in English, French,
 * Spanish, Portuguese, Italian or German, long or short, in any case, with or without accents
 * and a trailing dot ("March", "mar.", "Mars", "févr.", "fevrier"); a name's first three letters
 * or more do when they begin one month's name only ("Sept", "juil"). `undefined` for an empty
 * cell, the text as written when it is none of these. @internal
 */
export function readMonth(value: unknown): number | undefined | string {
  const n = readInteger(value);
  if (n === undefined) return undefined;
  if (typeof n === 'number') return n >= 1 && n <= 12 ? n : String(value).trim();
  const written = typeof value === 'string' ? value.trim() : n;
  const name = foldMonth(written);
  const { names, long } = months();
  const exact = names.get(name);
  if (exact !== undefined) return exact;
  if (name.length < 3 || !/^\p{L}+$/u.test(name)) return written;
  const found = new Set(long.filter(([full]) => full.startsWith(name)).map(([, m]) => m));
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : written;
}

/**
 * An ISO 8601 date from a TimelineJS3 date's parts (years converted: see {@link astronomicalYear}).
 * A month may be written as a word ({@link readMonth}); one that cannot be read leaves the date
 * at its year, with the month as written in `unreadMonth`. @internal
 */
export function readLooseDate(d: LooseDate): LooseDateRead {
  const year = readInteger(d.year);
  const month = readMonth(d.month);
  const parts = (['day', 'hour', 'minute', 'second'] as const).map((k) => [k, readInteger(d[k])] as const);
  if (year === undefined) {
    const given = month !== undefined || parts.some(([, v]) => v !== undefined);
    return given ? { problem: 'has a month, day or time but no year' } : { problem: 'has no year', empty: true };
  }
  if (typeof year === 'string') return { problem: `the year "${year.slice(0, 40)}" is not a whole number` };
  const astro = astronomicalYear(year);
  const remark = year === 0 ? { remark: 'TimelineJS3 has no year 0: read as 1 BCE' } : {};
  if (typeof month === 'string') return { date: isoDate({ year: astro }), ...remark, unreadMonth: month.slice(0, 40) };
  for (const [k, v] of parts) if (typeof v === 'string') return { problem: `the ${k} "${v.slice(0, 40)}" is not a whole number` };
  const [day, hour, minute, second] = parts.map(([, v]) => v as number | undefined);
  const date = isoDate({
    year: astro,
    ...(month !== undefined && { month }),
    ...(month !== undefined && day !== undefined && { day }),
    ...(month !== undefined && day !== undefined && hour !== undefined && { hour, minute: minute ?? 0, second: second ?? 0 }),
  });
  return { date, ...remark };
}

/** Titles named for want of a headline are cut to about this many characters. @internal */
export const NAME_LENGTH = 60;

/**
 * The first words of a text as a name: plain text (tags dropped, entities decoded), cut at a
 * word boundary to at most `max` characters, an ellipsis marking the cut. @internal
 */
export function firstWords(text: string, max = NAME_LENGTH): string {
  const plain = htmlToText(text);
  const chars = Array.from(plain);
  if (chars.length <= max) return plain;
  // Room for the ellipsis; the last word that does not fit whole is left out, unless that
  // leaves too little of the text (a long word, a script written without spaces).
  const head = chars.slice(0, max - 1).join('');
  const space = /\s/.test(chars[max - 1] ?? '') ? head.length : head.search(/\s\S*$/);
  const cut = space > max / 3 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s.,;:!?\-–—]+$/u, '') || cut}…`;
}

/**
 * A name for a slide without a headline (TimelineJS3 needs none: a slide can be a picture and
 * a date): the first words of its text, else its caption as plain text, else its date as
 * written. @internal
 */
export function untitledName(text: string | undefined, caption: string | undefined, date: string): { title: string; from: 'text' | 'caption' | 'date' } {
  const fromText = text === undefined ? '' : firstWords(text);
  if (fromText !== '') return { title: fromText, from: 'text' };
  const fromCaption = caption === undefined ? '' : firstWords(caption);
  if (fromCaption !== '') return { title: fromCaption, from: 'caption' };
  return { title: date, from: 'date' };
}

/** The message for developers about a slide named for want of a headline. @internal */
export function untitledMessage(from: 'text' | 'caption' | 'date', title: string): string {
  const what = from === 'text' ? 'the first words of its text' : from === 'caption' ? 'its media caption' : 'its date';
  return `has no headline; named "${title}" from ${what}`;
}

/** The message for developers about a month that could not be read. @internal */
export function monthMessage(column: string, value: string): string {
  return `the month "${value}" (${column}) is neither a number from 1 to 12 nor a month's name; the date is read as its year alone`;
}

/**
 * What TimelineJS3 makes of a media address that is HTML (its "iframe", "blockquote" and
 * embedded-tweet media): a frame's `src` is the address; any other markup (a quote) is no
 * address but words, which join the slide's text, with the caption and credit under them.
 * Media with an address come back as they are. @internal
 */
export function mediaFromMarkup<M extends { readonly url: string; readonly caption?: string; readonly credit?: string }>(
  media: M,
): { media: M } | { quote: string } {
  const written = media.url.trim();
  if (!written.startsWith('<')) return { media };
  const frame = /^<iframe\b(?:[^>"']|"[^"]*"|'[^']*')*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(written);
  if (frame) return { media: { ...media, url: htmlToText(frame[1] ?? frame[2] ?? frame[3] ?? '') } };
  const under = [media.caption, media.credit].filter((t) => t !== undefined && t.trim() !== '');
  return { quote: under.length > 0 ? `${written}<p>${under.join(' — ')}</p>` : written };
}

/** A spreadsheet row's media, from its cells by normalised column name: its caption and credit are HTML, kept as written (as a Text cell is). */
export function mediaOfRow(c: ReadonlyMap<string, string>): Media | undefined {
  const url = c.get('media')?.trim();
  // TimelineJS3's own sheets call it Alt Text.
  const alt = c.get('media alt') ?? c.get('alt text');
  const caption = c.get('media caption');
  const credit = c.get('media credit');
  const thumbnail = c.get('media thumbnail')?.trim();
  if (url === undefined && alt === undefined && caption === undefined && credit === undefined && thumbnail === undefined) return undefined;
  return {
    url: url ?? '',
    ...(alt !== undefined && { alt }),
    ...(caption !== undefined && { caption }),
    ...(credit !== undefined && { credit }),
    ...(thumbnail !== undefined && { thumbnail }),
  };
}
