import { issueEffect, type ValidationIssue } from './validate.js';

/** Why a file of events could not be used at all. */
export type LoadFailure =
  | { readonly reason: 'network' }
  | { readonly reason: 'status'; readonly status: number }
  /** Not JSON. */
  | { readonly reason: 'format' }
  /** JSON, but not a list of events nor an object with an `events` list. */
  | { readonly reason: 'shape' }
  | { readonly reason: 'empty' };

/** The formats `src` reads, in words. */
export const READABLE_FORMATS = 'The timeline reads JSON files that hold a list of events, or an object with an "events" list.';

type Reason = 'not-event' | 'date' | 'title' | 'id' | 'duplicate';

/** Each reason an event is left out: said of one event, of all of them, and of some. */
const REASONS: Record<Reason, { one: string; all: string; some: (n: string, one: boolean) => string }> = {
  'not-event': { one: 'it is not an event', all: 'they are not events', some: (n, one) => `${n} ${one ? 'is not an event' : 'are not events'}` },
  date: { one: 'its date could not be read', all: 'their dates could not be read', some: (n, one) => `${n} ${one ? 'has a date' : 'have dates'} that could not be read` },
  title: { one: 'its title is missing', all: 'their titles are missing', some: (n, one) => `${n} ${one ? 'has' : 'have'} no title` },
  id: { one: 'it has no identifier', all: 'they have no identifier', some: (n, one) => `${n} ${one ? 'has' : 'have'} no identifier` },
  duplicate: {
    one: "it repeats another event's identifier",
    all: "they repeat other events' identifiers",
    some: (n, one) => `${n} ${one ? "repeats another event's identifier" : "repeat other events' identifiers"}`,
  },
};

/** What a left-out field is, to a reader. */
function detailWord(field: string): string {
  const name = field.replace(/[.[].*$/, '');
  switch (name) {
    case 'end':
    case 'kind':
      return 'end dates';
    case 'place':
      return 'places';
    case 'sources':
      return 'sources';
    case 'countries':
      return 'countries';
    case 'actors':
      return 'who was involved';
    case 'category':
      return 'categories';
    case 'certainty':
      return 'how certain they are';
    case 'summary':
      return 'summaries';
    case 'reportedDate':
      return "the sources' dates";
    default:
      return 'notes';
  }
}

function reasonOf(issues: readonly ValidationIssue[]): Reason {
  const fields = new Set(issues.map((i) => i.field));
  if (fields.has(null)) return 'not-event';
  if (fields.has('start')) return 'date';
  if (fields.has('title')) return 'title';
  return issues.some((i) => i.field === 'id' && i.message.includes('already used')) ? 'duplicate' : 'id';
}

/**
 * One or two sentences for the readers of a page, saying what of its data could not be shown
 * and why, in their words (never an item's index or a field's name: those go to developers,
 * with the `sahel-error` event and the console). Empty when nothing a reader would miss is
 * wrong (a value kept as given).
 */
export function readerMessage(issues: readonly ValidationIssue[], total: number, locale?: string, failure?: LoadFailure): string {
  if (failure) return failureMessage(failure);
  if (issues.some((i) => i.index === null)) return 'The timeline’s events could not be read: they are not a list of events.';
  const number = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat('en', { type: 'conjunction' });
  const byItem = new Map<number, ValidationIssue[]>();
  for (const issue of issues) {
    if (issue.index === null) continue;
    const own = byItem.get(issue.index);
    if (own) own.push(issue);
    else byItem.set(issue.index, [issue]);
  }
  const reasons = new Map<Reason, number>();
  const details = new Set<string>();
  let trimmed = 0;
  for (const own of byItem.values()) {
    if (own.some((i) => issueEffect(i) === 'item')) {
      const reason = reasonOf(own.filter((i) => issueEffect(i) === 'item'));
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      continue;
    }
    const lost = own.filter((i) => issueEffect(i) === 'field');
    if (lost.length === 0) continue;
    trimmed++;
    for (const i of lost) details.add(detailWord(i.field ?? ''));
  }
  const dropped = [...reasons.values()].reduce((a, b) => a + b, 0);
  const sentences: string[] = [];
  if (dropped > 0) {
    const [only] = reasons.size === 1 ? [...reasons.keys()] : [];
    const why = only
      ? dropped === 1 ? REASONS[only].one : REASONS[only].all
      : list.format([...reasons].map(([r, n]) => REASONS[r].some(number.format(n), n === 1)));
    sentences.push(`${number.format(dropped)} of ${number.format(total)} ${total === 1 ? 'event' : 'events'} could not be shown: ${why}.`);
  }
  if (trimmed > 0) {
    const whose = dropped > 0 ? `${number.format(trimmed)} ${trimmed === 1 ? 'other' : 'others'}` : `${number.format(trimmed)} ${trimmed === 1 ? 'event' : 'events'}`;
    sentences.push(`Some details of ${whose} could not be read and are left out: ${list.format([...details])}.`);
  }
  return sentences.join(' ');
}

function failureMessage(failure: LoadFailure): string {
  switch (failure.reason) {
    case 'network':
      return 'The events could not be loaded: the connection failed.';
    case 'status':
      return failure.status === 404
        ? 'The events could not be loaded: the file was not found (404).'
        : `The events could not be loaded: the server answered with an error (${failure.status}).`;
    case 'format':
      return `The events could not be read: the file is not valid JSON. ${READABLE_FORMATS}`;
    case 'shape':
      return `The events could not be read: the file holds no list of events. ${READABLE_FORMATS}`;
    case 'empty':
      return 'The events file holds no events.';
  }
}
