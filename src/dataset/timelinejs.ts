/**
 * TimelineJS3's JSON format, read and written: its title slide is our title card, its eras
 * our eras, its slides our events. Years convert between TimelineJS3's numbering (-44 is
 * 44 BCE, no year 0) and ISO 8601's astronomical one (44 BCE is -0043). Pure.
 */
import { validateEras } from './eras.js';
import {
  checkEvents,
  htmlToText,
  IdMaker,
  mediaFromMarkup,
  monthMessage,
  readLooseDate,
  untitledMessage,
  untitledName,
  type ImportIssue,
  type ImportNote,
  type ImportRead,
  type ImportResult,
} from './import-shared.js';
import type { Media, TimelineData } from './types.js';
import { readTranslations } from './item-reader.js';
import { issueEffect, validateEvents } from './validate.js';

/** A TimelineJS3 date: each part a number or numeric text; years as TimelineJS3 numbers them (-44 is 44 BCE). */
export interface TimelineJSDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  /** Shown in place of the date. */
  display_date?: string;
}

/** A slide's words: both may hold HTML. The headline may be left out (the slide is then named from its text). */
export interface TimelineJSText {
  headline?: string;
  text?: string;
}

/** A slide's picture, video or page. */
export interface TimelineJSMedia {
  /** An address, or HTML as TimelineJS3 allows it: a frame (its `src` is read) or a quote (read as words of the text). */
  url: string;
  /** May hold HTML, as the text does. */
  caption?: string;
  /** May hold HTML, as the text does. */
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
  /** Ours, kept by TimelineJS3's readers as an unknown key: what the address is (see `Media`). */
  kind?: string;
}

/** An event (or the title) slide. Keys TimelineJS3 does not know (our own fields) ride along. */
export interface TimelineJSSlide {
  start_date?: TimelineJSDate;
  end_date?: TimelineJSDate;
  text?: TimelineJSText;
  media?: TimelineJSMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
  background?: { url?: string; color?: string };
  autolink?: boolean;
  [key: string]: unknown;
}

/** A period drawn behind the slides. */
export interface TimelineJSEra {
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text?: TimelineJSText;
  [key: string]: unknown;
}

/** A TimelineJS3 JSON file. */
export interface TimelineJSFile {
  title?: TimelineJSSlide;
  events: TimelineJSSlide[];
  eras?: TimelineJSEra[];
  scale?: 'human' | 'cosmological';
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** Plain text from a slide's HTML field, when there is any. */
const plain = (v: unknown): string | undefined => {
  const t = typeof v === 'string' ? htmlToText(v) : undefined;
  return t === '' ? undefined : t;
};

/** Slide keys read into our fields; any other key is kept on the event as given. */
const SLIDE_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id', 'autolink', 'type']);
const ERA_KEYS = new Set(['start_date', 'end_date', 'text', 'ongoing']);

/** A slide's media; the caption and credit are HTML, kept as written (as the text is). */
function mediaOf(v: unknown): Media | undefined {
  if (!isRecord(v)) return undefined;
  const url = own(v, 'url');
  const caption = text(own(v, 'caption'));
  const credit = text(own(v, 'credit'));
  const alt = text(own(v, 'alt'));
  const thumbnail = text(own(v, 'thumbnail'));
  const kind = text(own(v, 'kind'));
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  return {
    url,
    ...(alt !== undefined && { alt }),
    ...(caption !== undefined && { caption }),
    ...(credit !== undefined && { credit }),
    ...(thumbnail !== undefined && { thumbnail }),
    ...(kind !== undefined && { kind: kind as Media['kind'] }),
  };
}

/** A slide's text and media, a quote given as its media (see {@link mediaFromMarkup}) read as words of its text. */
function wordsAndMedia(summary: string | undefined, media: Media | undefined): { summary?: string; media?: Media } {
  const read = media && mediaFromMarkup(media);
  if (!read || 'media' in read) return { ...(summary !== undefined && { summary }), ...(read && { media: read.media }) };
  return { summary: `${summary ?? ''}${read.quote}` };
}

type Report = (field: string, message: string, effect: ImportIssue['effect'], note?: ImportNote) => void;

/** Reads a slide's start or end; `report` hears of a date that cannot be read, or is read as its year for want of a month. */
function dateOf(v: unknown, field: 'start' | 'end', report: Report): string | undefined {
  if (v === undefined || v === null) {
    if (field === 'start') report('start', 'has no start_date; the event is left out', 'item');
    return undefined;
  }
  if (!isRecord(v)) {
    report(field, `the ${field}_date should be an object with a year; ${field === 'start' ? 'the event is' : 'it is'} left out`, field === 'start' ? 'item' : 'field');
    return undefined;
  }
  const read = readLooseDate(v);
  if ('date' in read) {
    if (read.remark) report(field, read.remark, 'kept');
    if (read.unreadMonth !== undefined) {
      const column = `${field}_date.month`;
      report(field, monthMessage(column, read.unreadMonth), 'field', { kind: 'month', column, value: read.unreadMonth });
    }
    return read.date;
  }
  if (read.empty && field === 'end') return undefined;
  report(field, `the ${field}_date ${read.problem}; ${field === 'start' ? 'the event is' : 'it is'} left out`, field === 'start' ? 'item' : 'field');
  return undefined;
}

/** Reads a TimelineJS3 file with what the element needs beyond {@link fromTimelineJS}'s result. @internal */
export function readTimelineJS(json: unknown): ImportRead {
  const issues: ImportIssue[] = [];
  const slides = isRecord(json) ? own(json, 'events') : undefined;
  if (!isRecord(json) || !Array.isArray(slides)) {
    issues.push({ index: null, field: null, message: 'this is not a TimelineJS3 file: it has no "events" list', effect: 'input', part: 'events' });
    const { ahead } = checkEvents([], []);
    return { data: { events: [] }, issues, eventIssues: issues, rawEras: [], total: 0, ahead };
  }
  const about: { -readonly [K in keyof TimelineData]?: TimelineData[K] } = {};
  const title = own(json, 'title');
  if (isRecord(title)) {
    const words = isRecord(own(title, 'text')) ? (own(title, 'text') as Json) : {};
    const headline = plain(own(words, 'headline'));
    const { summary, media } = wordsAndMedia(text(own(words, 'text')), mediaOf(own(title, 'media')));
    if (headline !== undefined) about.title = headline;
    if (summary !== undefined) about.summary = summary;
    if (media) {
      const checked = validateEvents([{ id: 'title', title: 'title', start: '2000', media }]);
      const ok = checked.events[0]?.media;
      if (ok) about.media = ok;
      for (const i of checked.issues) issues.push({ ...i, index: 0, field: `title.${i.field ?? ''}`, part: 'title' });
    }
    // Our own key, which TimelineJS3 passes over, as on slides and eras.
    const translations = readTranslations(own(title, 'translations'), 'title.translations', (field, message) => {
      issues.push({ index: 0, field, message, effect: 'field', part: 'title' });
    });
    if (translations) about.translations = translations;
  }

  const raw: Json[] = [];
  const origin: number[] = [];
  const unnamed: { item: Json; title: string }[] = [];
  const given: string[] = [];
  slides.forEach((slide: unknown, index) => {
    if (!isRecord(slide)) {
      issues.push({ index, field: null, message: 'should be an object (a slide); left out', effect: 'item', part: 'events' });
      return;
    }
    const item: Json = {};
    for (const key of Object.keys(slide)) if (!SLIDE_KEYS.has(key)) item[key] = slide[key];
    const problems: { field: string; message: string; effect: ImportIssue['effect']; note?: ImportNote }[] = [];
    const report: Report = (field, message, effect, note) => problems.push({ field, message, effect, ...(note && { note }) });
    const start = dateOf(own(slide, 'start_date'), 'start', report);
    const end = dateOf(own(slide, 'end_date'), 'end', report);
    const words = isRecord(own(slide, 'text')) ? (own(slide, 'text') as Json) : {};
    let headline = plain(own(words, 'headline'));
    const { summary, media } = wordsAndMedia(text(own(words, 'text')), mediaOf(own(slide, 'media')));
    const group = text(own(slide, 'group'));
    const startDate = own(slide, 'start_date');
    const display = text(own(slide, 'display_date')) ?? (isRecord(startDate) ? text(own(startDate, 'display_date')) : undefined);
    const uid = text(own(slide, 'unique_id'))?.trim();
    if (uid) {
      item.id = uid;
      given.push(uid);
    }
    // TimelineJS3 needs no headline (a slide can be a picture and a date): the slide is named from its words.
    if (headline === undefined && start !== undefined) {
      const named = untitledName(summary, media?.caption, display ?? start);
      headline = named.title;
      report('title', untitledMessage(named.from, named.title), 'kept', { kind: 'untitled', from: named.from });
    }
    if (start !== undefined) item.start = start;
    if (end !== undefined) item.end = end;
    if (headline !== undefined) item.title = headline;
    if (summary !== undefined) item.summary = summary;
    if (media) item.media = media;
    if (group !== undefined) item.group = group;
    if (display !== undefined) item.reportedDate = display;
    const fatal = problems.some((p) => p.effect === 'item');
    for (const p of problems) {
      if (fatal && p.note) continue;
      issues.push({ index, ...(uid && { id: uid }), field: p.field, message: p.message, effect: fatal ? 'item' : p.effect, part: 'events', ...(p.note && { note: p.note }) });
    }
    if (fatal) return;
    if (!uid) unnamed.push({ item, title: headline ?? '' });
    raw.push(item);
    origin.push(index);
  });
  const ids = new IdMaker(given);
  for (const { item, title } of unnamed) item.id = ids.make(title);
  const { events, issues: found, ahead } = checkEvents(raw, origin);
  issues.push(...found);
  // A slide left out after all needs no note on how it was read.
  const left = new Set(found.filter((i) => issueEffect(i) === 'item').map((i) => i.index));
  const slideIssues = issues.filter((i) => !(i.note && left.has(i.index)));

  const eraList = own(json, 'eras');
  const rawEras: Json[] = [];
  const eraIssues: ImportIssue[] = [];
  if (Array.isArray(eraList)) {
    eraList.forEach((era: unknown, index) => {
      if (!isRecord(era)) {
        rawEras.push({});
        return;
      }
      const out: Json = {};
      for (const key of Object.keys(era)) if (!ERA_KEYS.has(key)) out[key] = era[key];
      const report = (field: string, message: string, effect: ImportIssue['effect']) => {
        eraIssues.push({ index, field: `era.${field}`, message, effect, part: 'eras' });
      };
      const start = dateOf(own(era, 'start_date'), 'start', report);
      // An era `toTimelineJS` wrote as going on has the data's end as its own: read it as it was.
      const end = own(era, 'ongoing') === true ? undefined : dateOf(own(era, 'end_date'), 'end', report);
      const words = isRecord(own(era, 'text')) ? (own(era, 'text') as Json) : {};
      out.title = plain(own(words, 'headline')) ?? '';
      const note = text(own(words, 'text'));
      if (note !== undefined) out.note = note;
      if (start !== undefined) out.start = start;
      if (end !== undefined) out.end = end;
      rawEras.push(out);
    });
  }
  const checked = validateEras(rawEras);
  // An era whose start could not be read is reported above, not again as "missing".
  const reported = new Set(eraIssues.map((i) => i.index));
  for (const i of checked.issues) if (!reported.has(i.index)) eraIssues.push({ ...i, field: i.field === null ? null : `era.${i.field}`, part: 'eras' });
  const data: TimelineData = { ...about, ...(checked.eras.length > 0 && { eras: checked.eras }), events };
  const eventIssues = slideIssues.filter((i) => i.part === 'events');
  return { data, issues: [...slideIssues, ...eraIssues], eventIssues, rawEras, total: slides.length, ahead };
}

/**
 * Reads a TimelineJS3 JSON file (`{ title, events, eras }`) into our object form:
 * - the title slide is the title card (its headline the title, its text the summary, its media);
 * - each slide an event: `unique_id` its id (else one made from the headline), `start_date`
 *   and `end_date` its dates, the headline its title (HTML read as plain text), the text its
 *   summary (kept as written, markup and all), `media` its media (its caption and credit HTML
 *   kept as written, as the text is; a quote given as media read as words of the text, a
 *   frame as its `src`), `group` a field of its own (for `group-by="group"`), `display_date`
 *   its `reportedDate`; any other key is kept as given;
 * - a slide without a headline (TimelineJS3 needs none) is named from the first words of its
 *   text (about 60 characters, cut at a word), else its caption, else its date, with a note
 *   (`note.kind` `untitled`) that the notice gives readers in one line;
 * - each era an era;
 * - `translations` on the title slide, a slide or an era (our own key, which `toTimelineJS`
 *   writes) as that item's translations.
 *
 * TimelineJS3 writes years as people say them: -44 is 44 BCE, and there is no year 0. They
 * become ISO 8601 astronomical years (44 BCE is `-0043`; year 0 is read as 1 BCE, with a
 * note). Years, months and days may be numbers or numeric text, and months names too, in
 * English or French among others ("March", "mars", "févr."); a month that cannot be read
 * leaves the date at its year, with a note naming it (`note.kind` `month`). A time of day
 * becomes `T14:30`. Every event is then checked as `validateEvents` checks it; each problem is
 * reported with the slide's (or era's) index, field and reason. Never throws.
 *
 * @example
 * const { data } = fromTimelineJS({ events: [{ start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Caesar is killed' } }] });
 * // data.events: [{ id: 'caesar-is-killed', start: '-0043-03-15', title: 'Caesar is killed' }]
 */
export function fromTimelineJS(json: unknown): ImportResult {
  const { data, issues } = readTimelineJS(json);
  return { data, issues };
}

/** Whether parsed JSON is a TimelineJS3 file: an object whose `events` are slides with a `start_date`. @internal */
export function isTimelineJS(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const events = own(json, 'events');
  return Array.isArray(events) && events.some((e) => isRecord(e) && own(e, 'start_date') !== undefined);
}
