/**
 * Reading a spreadsheet (CSV or TSV with a header row): our own columns, as `eventsToCsv`
 * writes them, and TimelineJS3's Google Sheets template. Parsed by d3-dsv; every problem is
 * reported with the line it is on. Pure: runs in Node as in the browser.
 */
import { dsvFormat } from 'd3-dsv';
import { validateEras } from './eras.js';
import { issueEffect, validateEvents } from './validate.js';
import {
  checkEvents,
  htmlToText,
  IdMaker,
  mediaFromMarkup,
  monthMessage,
  mediaOfRow,
  readLooseDate,
  readTime,
  untitledMessage,
  untitledName,
  type ImportIssue,
  type ImportNote,
  type ImportRead,
  type ImportResult,
} from './import-shared.js';
import { TRANSLATION_FIELDS, type TranslationFieldSpec } from './fields.js';
import type { TimelineData, Translations } from './types.js';

/** A cell a spreadsheet would run as a formula, written after an apostrophe by `eventsToCsv`. */
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/** Our own columns (as `eventsToCsv` writes them) and TimelineJS3's template's, by their normalised names. */
const KNOWN = new Set([
  'id', 'start', 'end', 'kind', 'category', 'title', 'summary', 'countries', 'actors', 'place', 'lat', 'lon', 'latitude', 'longitude', 'place precision',
  'certainty', 'reporteddate', 'sources', 'note', 'media', 'media alt', 'alt text', 'media caption', 'media credit', 'media thumbnail',
  'year', 'month', 'day', 'time', 'end year', 'end month', 'end day', 'end time', 'display date', 'headline', 'text',
  'type', 'group', 'background', 'importance', 'editable',
]);

/** A column's name as matched: case, spaces around, and `_` between words do not count. */
const normalise = (name: string) => name.trim().replace(/[\s_]+/g, ' ').toLowerCase();

/**
 * A column of translated words, `title_fr`, `summary_pt-BR`, `media_caption_de`, as
 * normalised: the translated column's name, then a language tag (its language two or three
 * letters, as BCP 47 has them, so that a column such as `summary_short` stays a column of its own).
 */
const TRANSLATION_COLUMN = /^(.+) ([a-z]{2,3}(?:-[a-z0-9]{1,8})*)$/;
/** The translation field of each translated column, by its normalised name (`reportedDate` also as `reported date`). */
const TRANSLATED: ReadonlyMap<string, TranslationFieldSpec> = new Map(
  TRANSLATION_FIELDS.flatMap((f): [string, TranslationFieldSpec][] => {
    const name = normalise(f.column);
    const spaced = normalise(f.column.replace(/([a-z])([A-Z])/g, '$1 $2'));
    return name === spaced ? [[name, f]] : [[name, f], [spaced, f]];
  }),
);

/** What a translation column holds: which words, in which language. */
interface TranslationColumn {
  readonly field: TranslationFieldSpec;
  readonly tag: string;
}

/** A translation column's field and language tag, in its canonical case (`Title PT-br` is `pt-BR`'s title). */
function translationColumn(header: string): TranslationColumn | undefined {
  const m = TRANSLATION_COLUMN.exec(normalise(header));
  const field = m ? TRANSLATED.get(m[1] ?? '') : undefined;
  const written = m?.[2];
  if (!field || written === undefined) return undefined;
  let tag = written;
  try {
    tag = Intl.getCanonicalLocales(written)[0] ?? written;
  } catch {
    // Not a tag Intl knows how to write (`fr-x`): kept as the header writes it.
  }
  return { field, tag };
}

/** The translations a row's cells hold, by tag; undefined when it holds none. */
function translationsOf(record: readonly string[], columns: readonly (TranslationColumn | undefined)[]): Translations | undefined {
  const out: Record<string, Record<string, string | string[]>> = {};
  columns.forEach((column, i) => {
    const raw = record[i];
    if (!column || raw === undefined) return;
    const value = ESCAPED_FORMULA.test(raw) ? raw.slice(1) : raw;
    if (value.trim() === '') return;
    const one = (out[column.tag] ??= {});
    // Of two columns for the same words (title_fr and Title FR), the first is read.
    one[column.field.key] ??= column.field.kind === 'list' ? split(value) : value;
  });
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The delimiter the header line uses most: a comma, a tab or a semicolon. */
function delimiterOf(text: string): string {
  const line = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const count = (c: string) => line.split(c).length - 1;
  const [best] = [',', '\t', ';'].sort((a, b) => count(b) - count(a));
  return best !== undefined && count(best) > 0 ? best : ',';
}

/** How many line breaks a cell holds (CRLF counting as one). */
const breaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/** A list cell's items: split at `;` or `|`, trimmed, blanks left out. */
const split = (list: string) => list.split(/[;|]/).map((s) => s.trim()).filter((s) => s !== '');

/** One row's cells by normalised column name, empty cells left out. */
type Cells = ReadonlyMap<string, string>;

/** A number when the text is one, else the text (validation says what is wrong with it). */
const numberOr = (text: string): number | string => {
  const t = text.trim();
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : t;
};

type Problem = (field: string, message: string, effect?: ImportIssue['effect'], note?: ImportNote) => void;

/**
 * A row's start or end date: our `start`/`end` column, else TimelineJS3's Year, Month, Day and
 * Time (`prefix` "end " for the end's); a Month that cannot be read leaves it at its year, said
 * with the column's name as the header writes it (`header`).
 */
function dateOf(c: Cells, ours: 'start' | 'end', problem: Problem, header: (name: string) => string): string | undefined {
  const own = c.get(ours)?.trim();
  if (own !== undefined) return own;
  const p = ours === 'end' ? 'end ' : '';
  const timeText = c.get(`${p}time`);
  const time = timeText === undefined ? undefined : readTime(timeText);
  if (timeText !== undefined && time === undefined) problem(ours, `the time "${timeText.slice(0, 40)}" is not a time of day such as 14:30 or 2:30 PM; left out`, 'field');
  const read = readLooseDate({ year: c.get(`${p}year`), month: c.get(`${p}month`), day: c.get(`${p}day`), ...time });
  if ('date' in read) {
    if (read.remark) problem(ours, read.remark, 'kept');
    if (read.unreadMonth !== undefined) {
      const column = header(`${p}month`);
      problem(ours, monthMessage(column, read.unreadMonth), 'field', { kind: 'month', column, value: read.unreadMonth });
    }
    return read.date;
  }
  // No date at all: validation says a start is missing; an end is simply not given.
  if (read.empty) return undefined;
  problem(ours, `${read.problem}; ${ours === 'start' ? 'the row is left out' : 'left out'}`, ours === 'start' ? 'item' : 'field');
  return undefined;
}

/**
 * Reads a spreadsheet with what the element needs beyond {@link parseCsv}'s result (the eras
 * unchecked, the issues about events apart, what validation read ahead). @internal
 */
export function readCsv(text: string): ImportRead {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows = dsvFormat(delimiterOf(body)).parseRows(body);
  const issues: ImportIssue[] = [];
  const [header = [], ...records] = rows;
  const names = header.map(normalise);
  // The line each row starts on: the header is line 1, and a quoted cell may hold line breaks.
  const lines: number[] = [];
  let line = 1 + header.reduce((n, cell) => n + breaks(cell), 0);
  for (const record of records) {
    line++;
    lines.push(line);
    line += record.reduce((n, cell) => n + breaks(cell), 0);
  }

  // Translated words (title_fr, summary_pt-BR…) go to each item's translations.
  const translated = header.map(translationColumn);
  // Columns the timeline does not know are kept on each event, under their own name.
  const custom = header.map((h, i) => (KNOWN.has(names[i] ?? '') || translated[i] || h.trim() === '' ? undefined : h.trim()));
  const templateHeadline = names.includes('headline');
  /** A column's name as the header writes it, for the notice. */
  const written = (name: string) => header[names.indexOf(name)]?.trim() ?? name;

  const rawEvents: Record<string, unknown>[] = [];
  const eventRows: number[] = [];
  const origin: number[] = [];
  const rawEras: Record<string, unknown>[] = [];
  const eraRows: number[] = [];
  const about: { -readonly [K in keyof TimelineData]?: TimelineData[K] } = {};
  const pending: { item: Record<string, unknown>; title: string }[] = [];
  const given: string[] = [];
  let titleRow: number | undefined;
  /** How many rows are events (not the title card nor eras), read or left out. */
  let total = 0;
  /** The first row holding a value in each unknown column, for reporting it once. */
  const unknownAt = new Map<string, number>();

  records.forEach((record, r) => {
    const row = lines[r] ?? 0;
    if (record.every((cell) => cell.trim() === '')) return;
    const cells = new Map<string, string>();
    const extra: Record<string, string> = {};
    record.forEach((raw, i) => {
      const value = ESCAPED_FORMULA.test(raw) ? raw.slice(1) : raw;
      if (value === '') return;
      const name = names[i];
      if (name === undefined) {
        if (value.trim() !== '') issues.push({ index: rawEvents.length, row, field: null, message: `cell ${i + 1} is beyond the last column; left out`, effect: 'kept', part: 'events' });
        return;
      }
      const own = custom[i];
      if (own !== undefined) {
        extra[own] = value;
        if (!unknownAt.has(own)) unknownAt.set(own, row);
      } else if (!cells.has(name)) cells.set(name, value);
    });
    const type = cells.get('type')?.trim().toLowerCase();
    const rowIssues: { field: string | null; message: string; effect?: ImportIssue['effect']; note?: ImportNote }[] = [];
    const problem: Problem = (field, message, effect = 'item', note) => rowIssues.push({ field, message, effect, ...(note && { note }) });
    const headline = cells.get('headline');
    const title = cells.get('title') ?? (headline === undefined ? undefined : htmlToText(headline));
    const text = cells.get('summary') ?? cells.get('text');
    // A quote in the Media column (TimelineJS3 shows it as the slide's media) is words of the text.
    const cellMedia = mediaOfRow(cells);
    const read = cellMedia && mediaFromMarkup(cellMedia);
    const media = read && 'media' in read ? read.media : undefined;
    const summary = read && 'quote' in read ? `${text ?? ''}${read.quote}` : text;
    const translations = translationsOf(record, translated);

    if (type === 'title' && titleRow === undefined) {
      titleRow = row;
      if (title) about.title = title;
      if (summary !== undefined) about.summary = summary;
      if (translations) {
        // Checked as an event's: a value that is not text cannot come from a cell, but a tag can be odd.
        const checked = validateEvents([{ id: 'title', title: 'title', start: '2000', translations }]);
        const ok = checked.events[0]?.translations;
        if (ok) about.translations = ok;
      }
      if (media) {
        // Checked as an event's media: an address that is not http(s) or relative leaves it out.
        const checked = validateEvents([{ id: 'title', title: 'title', start: '2000', media }]);
        const ok = checked.events[0]?.media;
        if (ok) about.media = ok;
        for (const i of checked.issues) issues.push({ ...i, index: 0, row, part: 'title' });
      }
      return;
    }
    if (type === 'era') {
      const start = dateOf(cells, 'start', problem, written);
      const end = dateOf(cells, 'end', problem, written);
      const note = cells.get('note') ?? summary;
      rawEras.push({
        ...(cells.get('id') !== undefined && { id: cells.get('id') }),
        title: title ?? '',
        ...(start !== undefined && { start }),
        ...(end !== undefined && { end }),
        ...(cells.get('background') !== undefined && !/^(https?:)?\//.test(cells.get('background') ?? '') && { color: cells.get('background') }),
        ...(note !== undefined && { note }),
        ...(translations && { translations }),
      });
      eraRows.push(row);
      for (const p of rowIssues) issues.push({ index: rawEras.length - 1, row, field: p.field, message: p.message, effect: p.effect ?? 'item', part: 'eras' });
      return;
    }

    const item: Record<string, unknown> = { ...extra };
    const id = cells.get('id')?.trim();
    if (id !== undefined) {
      item.id = id;
      given.push(id);
    }
    const start = dateOf(cells, 'start', problem, written);
    if (start !== undefined) item.start = start;
    const end = dateOf(cells, 'end', problem, written);
    if (end !== undefined) item.end = end;
    for (const key of ['kind', 'category', 'certainty'] as const) {
      const v = cells.get(key)?.trim();
      if (v !== undefined) item[key] = v;
    }
    const reported = cells.get('reporteddate') ?? cells.get('display date');
    let name = title;
    // TimelineJS3 needs no headline (a slide can be a picture and a date): the row is named from its words.
    if (templateHeadline && !title && start !== undefined) {
      const named = untitledName(summary, media?.caption, reported ?? start);
      name = named.title;
      problem('title', untitledMessage(named.from, named.title), 'kept', { kind: 'untitled', from: named.from });
    }
    if (name !== undefined) item.title = name;
    if (summary !== undefined) item.summary = summary;
    for (const key of ['countries', 'actors'] as const) {
      const v = cells.get(key);
      if (v !== undefined) item[key] = split(v);
    }
    const place = cells.get('place');
    const lat = cells.get('latitude') ?? cells.get('lat');
    const lon = cells.get('longitude') ?? cells.get('lon');
    const precision = cells.get('place precision');
    if (place !== undefined || lat !== undefined || lon !== undefined || precision !== undefined) {
      item.place = {
        name: place ?? '',
        ...(lat !== undefined && { lat: numberOr(lat) }),
        ...(lon !== undefined && { lon: numberOr(lon) }),
        ...(precision !== undefined && { precision }),
      };
    }
    if (reported !== undefined) item.reportedDate = reported;
    const sources = cells.get('sources');
    if (sources !== undefined) {
      item.sources = split(sources).map((s) => {
        const at = s.lastIndexOf('#');
        const paragraph = s.slice(at + 1);
        return at > 0 && /^\d+$/.test(paragraph) ? { source: s.slice(0, at), paragraph: Number(paragraph) } : { source: s };
      });
    }
    const note = cells.get('note');
    if (note !== undefined) item.note = note;
    const importance = cells.get('importance');
    if (importance !== undefined) item.importance = numberOr(importance);
    const editable = cells.get('editable');
    if (editable !== undefined) item.editable = editable;
    if (media) item.media = media;
    if (translations) item.translations = translations;
    const group = cells.get('group');
    if (group !== undefined) item.group = group;
    const background = cells.get('background');
    if (background !== undefined) item.background = background;

    const index = total++;
    const fatal = rowIssues.some((p) => p.effect === 'item');
    for (const p of rowIssues) {
      if (fatal && p.note) continue;
      issues.push({ index, row, ...(id && { id }), field: p.field, message: p.message, effect: fatal ? 'item' : (p.effect ?? 'item'), part: 'events', ...(p.note && { note: p.note }) });
    }
    // A row whose start could not be read is left out here; the reason is above.
    if (fatal) return;
    if (id === undefined) pending.push({ item, title: name ?? '' });
    rawEvents.push(item);
    eventRows.push(row);
    origin.push(index);
  });

  // Ids for rows without one, unique among the ids the file gives.
  const ids = new IdMaker(given);
  for (const { item, title } of pending) item.id = ids.make(title);

  const { events, issues: found, ahead } = checkEvents(rawEvents, origin, eventRows);
  // A row left out after all needs no note on how it was read.
  const left = new Set(found.filter((i) => issueEffect(i) === 'item').map((i) => i.index));
  for (let i = issues.length - 1; i >= 0; i--) {
    const issue = issues[i];
    if (issue?.note && issue.part === 'events' && left.has(issue.index)) issues.splice(i, 1);
  }
  issues.push(...found);

  for (const [name, row] of unknownAt) {
    issues.push({ index: 0, row: 1, field: name, message: `the column "${name.slice(0, 40)}" is not one the timeline knows; its cells are kept with each event (first at line ${row}), for group-by or your own use`, effect: 'kept', part: 'events' });
  }
  if (header.length > 0 && !names.some((n) => n === 'start' || n === 'year')) {
    issues.push({ index: null, row: 1, field: null, message: 'the header has no "start" or "Year" column: no event has a date', effect: 'input', part: 'events' });
  }
  if (!templateHeadline && !names.includes('title')) {
    issues.push({ index: null, row: 1, field: null, message: 'the header has no "title" or "Headline" column: no event has a title', effect: 'input', part: 'events' });
  }

  const checkedEras = validateEras(rawEras);
  const eraIssues = checkedEras.issues.map((i): ImportIssue => ({ ...i, ...(i.index !== null && { row: eraRows[i.index] }), field: i.field === null ? null : `era.${i.field}`, part: 'eras' }));
  const eventIssues = issues.filter((i) => i.part === 'events');
  const all = [...issues, ...eraIssues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const data: TimelineData = { ...about, ...(checkedEras.eras.length > 0 && { eras: checkedEras.eras }), events };
  return { data, issues: all, eventIssues, rawEras, total, ahead };
}

/**
 * Reads a spreadsheet: CSV or TSV (the header line's delimiter tells) with a header row.
 * RFC 4180 quoting, line breaks inside quoted cells, a byte order mark and CRLF line ends all
 * work. Two sets of columns are read, matched without regard to case:
 * - our own, as {@link eventsToCsv} writes them (`id`, `start`, `end`, `title`, `summary`,
 *   `countries`, `sources`…): lists separated by `;` or `|`, sources as `source#paragraph`;
 * - TimelineJS3's Google Sheets template (Year, Month, Day, Time, End Year… Headline, Text,
 *   Media, Type, Group, Background): a row of Type "title" is the title card, "era" an era;
 *   a negative year is BCE (-44 is 44 BCE), and the headline's HTML is read as plain text;
 *   Text, Media Caption and Media Credit are HTML, kept as written (a quote given as Media
 *   joins the text). A Month may be a name ("March", "mars", "févr.": see `readMonth`); one
 *   that cannot be read leaves the date at its year, with a note naming the cell. A row
 *   without a headline is named from the first words of its text, else its caption, else its
 *   date, with a note (the notice gives all such rows one line).
 *
 * Columns `title_xx`, `summary_xx`, `reportedDate_xx`, `note_xx`, `place_xx`, `actors_xx`
 * (a list, one name per actor), `media_caption_xx` and `media_alt_xx`, for any language tag xx
 * (`title_fr`, `summary_pt-BR`), are the row's `translations` (an event's, an era's or the
 * title card's).
 * Any other column is kept on each event under its own name (as text: `group-by` can use it).
 * A cell that `eventsToCsv` wrote after an apostrophe (it would have run as a formula) loses
 * that apostrophe. Rows without an id get one made from their title. Every event is checked
 * as `validateEvents` checks it; each problem is reported with its line (1-based, counting
 * the header and the line breaks inside quoted cells), field and reason, and every usable row
 * is kept. Never throws.
 *
 * @example
 * const { data, issues } = parseCsv('id,start,title\nfall,476,Fall of Rome\n');
 * // data.events: [{ id: 'fall', start: '476', title: 'Fall of Rome' }]
 */
export function parseCsv(text: string): ImportResult {
  const { data, issues } = readCsv(text);
  return { data, issues };
}
