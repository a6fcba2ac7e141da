/**
 * The notice's sentence: what of the page's data could not be shown and why, in the
 * reader's words from the strings table (never an item's index or a field's name: those go
 * to developers, with `sahel-error` and the console). Groups the issues by event and reason;
 * the words are `TimelineStrings['notice']`.
 */
import { issueEffect, type ValidationIssue } from '../dataset/validate.js';
import type { NoticeReason, Words } from '../strings.js';

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
  const n = words.strings.notice;
  if (failure) return failureMessage(words, failure);
  if (issues.some((i) => i.index === null)) return n.notAList;
  const byItem = new Map<number, ValidationIssue[]>();
  for (const issue of issues) {
    if (issue.index === null) continue;
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
    for (const i of lost) details.add(n.fields[fieldKey(i.field ?? '')] ?? n.fields.other ?? '');
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
  return sentences.join(' ');
}

function failureMessage(words: Words, failure: LoadFailure): string {
  const n = words.strings.notice;
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
