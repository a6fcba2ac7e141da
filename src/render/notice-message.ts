/**
 * The notice's sentence: what of the page's data could not be shown and why, in the
 * reader's words from the strings table (never an item's index or a field's name: those go
 * to developers, with `sahel-error` and the console). Groups the issues by event and reason,
 * with a line for the slides of a file named for want of a headline and one for its months
 * read as their year;
 * the words are `TimelineStrings['notice']`, over the English ones here. A chunk of its own,
 * loaded with the first problem to report: most pages never have one.
 */
import type { ImportIssue, ImportNote } from '../dataset/import-shared.js';
import { issueEffect, type ValidationIssue } from '../dataset/validate.js';
import type { NoticeReason, NoticeStrings, Words } from '../strings.js';
import { over } from '../strings-merge.js';

/** The English sentences, under a table's own (`en` leaves them to this chunk). */
export const noticeEn: NoticeStrings = {
  network: 'The events could not be loaded: the connection failed.',
  notFound: 'The events could not be loaded: the file was not found (404).',
  status: 'The events could not be loaded: the server answered with an error ({status}).',
  notJson: 'The events could not be read: the file is neither JSON nor a spreadsheet.',
  wrongShape: 'The events could not be read: the file holds no list of events.',
  formats: 'The timeline reads JSON files of events (a list, or an object with an "events" list), TimelineJS3 files, and spreadsheets saved as CSV or TSV with a header row.',
  empty: 'The events file holds no events.',
  notAList: 'The timeline’s events could not be read: they are not a list of events.',
  dropped: { other: '{dropped} of {events} could not be shown: {why}.' },
  reasons: {
    notEvent: { all: { one: 'it is not an event', other: 'they are not events' }, some: { one: '{count} is not an event', other: '{count} are not events' } },
    date: {
      all: { one: 'its date is missing or could not be read', other: 'their dates are missing or could not be read' },
      some: { one: '{count} has no date that could be read', other: '{count} have no date that could be read' },
    },
    title: { all: { one: 'its title is missing', other: 'their titles are missing' }, some: { one: '{count} has no title', other: '{count} have no title' } },
    id: { all: { one: 'it has no identifier', other: 'they have no identifier' }, some: { one: '{count} has no identifier', other: '{count} have no identifier' } },
    duplicate: {
      all: { one: "it repeats another event's identifier", other: "they repeat other events' identifiers" },
      some: { one: "{count} repeats another event's identifier", other: "{count} repeat other events' identifiers" },
    },
  },
  trimmed: {
    one: '{count} event is shown without details that could not be used: {details}.',
    other: '{count} events are shown without details that could not be used: {details}.',
  },
  trimmedOthers: {
    one: '{count} other event is shown without details that could not be used: {details}.',
    other: '{count} other events are shown without details that could not be used: {details}.',
  },
  // Items of a list, which Intl.ListFormat joins: "pictures, links, and an end date".
  fields: {
    end: 'an end date',
    place: 'a place',
    sources: 'sources',
    countries: 'countries',
    actors: 'who was involved',
    category: 'a category',
    certainty: 'certainty',
    summary: 'a summary',
    reportedDate: "the source's date",
    pictures: 'pictures',
    links: 'links',
    translations: 'translations',
    other: 'notes',
  },
  untitled: { one: '{count} slide had no headline: it is named from {from}.', other: '{count} slides had no headline: they are named from {from}.' },
  untitledFrom: {
    text: { one: 'its text', other: 'their text' },
    caption: { one: 'its caption', other: 'their captions' },
    date: { one: 'its date', other: 'their dates' },
  },
  months: {
    one: '{count} month could not be read, so its event is placed at its year: {cells}.',
    other: '{count} months could not be read, so their events are placed at their year: {cells}.',
  },
  monthAtLine: '“{value}” (line {row}, {column})',
  monthAtSlide: '“{value}” (slide {slide}, {column})',
  more: { other: '{count} more' },
};

/** Months named in the notice at most; the others are counted. */
const MONTHS_NAMED = 5;


/** Why a file of events could not be used at all. */
export type LoadFailure =
  | { readonly reason: 'network' }
  | { readonly reason: 'status'; readonly status: number }
  /** Not JSON. */
  | { readonly reason: 'format' }
  /** JSON, but not a list of events nor an object with an `events` list. */
  | { readonly reason: 'shape' }
  | { readonly reason: 'empty' };

/** What a left-out field is called in the notice (a key of `notice.fields`). */
function fieldKey(field: string): string {
  const name = field.replace(/[.[].*$/, '');
  return name === 'kind' ? 'end' : name;
}

/** What a left-out field is called in the notice: media are pictures and links, two items of the list (or one, `media`, when a table says so). */
function detailNames(n: NoticeStrings, field: string): string[] {
  const key = fieldKey(field);
  const names = key === 'media' && n.fields.media === undefined ? [n.fields.pictures, n.fields.links] : [n.fields[key] ?? n.fields.other];
  return names.filter((name): name is string => name !== undefined && name !== '');
}

/** The note an import gave an issue, if any. */
const noteOf = (issue: ValidationIssue): ImportNote | undefined => (issue as Partial<ImportIssue>).note;

/** The sentences about events kept otherwise than written: slides named for want of a headline, months read as their year. */
function notesMessage(words: Words, n: NoticeStrings, issues: readonly ValidationIssue[]): string[] {
  const from = new Set<'text' | 'caption' | 'date'>();
  let untitled = 0;
  const cells: string[] = [];
  for (const issue of issues) {
    const note = noteOf(issue);
    if (note?.kind === 'untitled') {
      untitled++;
      from.add(note.from);
    } else if (note?.kind === 'month') {
      const at = issue.row !== undefined
        ? words.fill(n.monthAtLine, { row: issue.row, column: note.column, value: note.value })
        : words.fill(n.monthAtSlide, { slide: (issue.index ?? 0) + 1, column: note.column, value: note.value });
      cells.push(at);
    }
  }
  const sentences: string[] = [];
  if (untitled > 0) {
    const named = (['text', 'caption', 'date'] as const).filter((f) => from.has(f)).map((f) => words.plural(n.untitledFrom[f], untitled));
    sentences.push(words.plural(n.untitled, untitled, { from: words.list(named) }));
  }
  if (cells.length > 0) {
    const named = cells.length > MONTHS_NAMED ? [...cells.slice(0, MONTHS_NAMED - 1), words.plural(n.more, cells.length - MONTHS_NAMED + 1)] : cells;
    sentences.push(words.plural(n.months, cells.length, { cells: words.list(named) }));
  }
  return sentences;
}

function reasonOf(issues: readonly ValidationIssue[]): NoticeReason {
  const fields = new Set(issues.map((i) => i.field));
  if (fields.has(null)) return 'notEvent';
  if (fields.has('start')) return 'date';
  if (fields.has('title')) return 'title';
  return issues.some((i) => i.duplicateOf !== undefined) ? 'duplicate' : 'id';
}

/**
 * One or two sentences for readers; empty when nothing a reader would miss is wrong (a
 * value kept as given).
 */
export function noticeMessage(words: Words, issues: readonly ValidationIssue[], total: number, failure?: LoadFailure): string {
  // The table's notice words (a page's among them, already checked) over the English ones.
  const given = words.strings.notice;
  const n = given ? (over(noticeEn, given, 'notice.') as NoticeStrings) : noticeEn;
  if (failure) return failureMessage(words, n, failure);
  if (issues.some((i) => i.index === null)) return n.notAList;
  const byItem = new Map<number, ValidationIssue[]>();
  for (const issue of issues) {
    // Notes on how an import read an event have sentences of their own.
    if (issue.index === null || noteOf(issue)) continue;
    const own = byItem.get(issue.index);
    if (own) own.push(issue);
    else byItem.set(issue.index, [issue]);
  }
  const reasons = new Map<NoticeReason, number>();
  const details = new Set<string>();
  let trimmed = 0;
  for (const own of byItem.values()) {
    const fatal = own.filter((i) => issueEffect(i) === 'item');
    if (fatal.length > 0) {
      const reason = reasonOf(fatal);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      continue;
    }
    const lost = own.filter((i) => issueEffect(i) === 'field');
    if (lost.length === 0) continue;
    trimmed++;
    for (const i of lost) for (const name of detailNames(n, i.field ?? '')) details.add(name);
  }
  const dropped = [...reasons.values()].reduce((a, b) => a + b, 0);
  const sentences: string[] = [];
  if (dropped > 0) {
    const [only] = reasons.size === 1 ? [...reasons.keys()] : [];
    const why = only
      ? words.plural(n.reasons[only].all, dropped)
      : words.list([...reasons].map(([r, count]) => words.plural(n.reasons[r].some, count)));
    sentences.push(words.plural(n.dropped, dropped, { dropped, events: words.events(total), why }));
  }
  if (trimmed > 0) sentences.push(words.plural(dropped > 0 ? n.trimmedOthers : n.trimmed, trimmed, { details: words.list([...details]) }));
  sentences.push(...notesMessage(words, n, issues));
  return sentences.join(' ');
}

function failureMessage(words: Words, n: NoticeStrings, failure: LoadFailure): string {
  switch (failure.reason) {
    case 'network':
      return n.network;
    case 'status':
      return failure.status === 404 ? n.notFound : words.fill(n.status, { status: String(failure.status) });
    case 'format':
      return `${n.notJson} ${n.formats}`;
    case 'shape':
      return `${n.wrongShape} ${n.formats}`;
    case 'empty':
      return n.empty;
  }
}
