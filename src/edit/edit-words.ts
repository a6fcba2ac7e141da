/**
 * Editing's words in the element's language (the built-in English under the table's and a
 * page's `strings.edit`), and the sentence that says a change once it is made.
 */
import type { TimelineEvent } from '../dataset/types.js';
import { formatEventDate } from '../layout/format.js';
import type { Words } from '../strings.js';
import { editEn, editFr, type EditStrings } from '../strings-edit.js';
import type { EventChange } from './edit-changes.js';

/** The editing words in `words`' language: French or English, under a page's `strings.edit`. */
export function editWords(words: Words): EditStrings {
  const base = /^fr\b/i.test(words.strings.lang) ? editFr : editEn;
  const given = (words.strings.edit ?? {}) as Partial<EditStrings>;
  return { ...base, ...given, refused: { ...base.refused, ...given.refused } };
}

/** A template filled in with text (never markup). */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * The sentence that says a change ("“Coup in Mali” moved to 24 May 2021"); `laneName` names
 * the lane a move between lanes took the event to.
 */
export function changeSentence(
  change: EventChange,
  w: EditStrings,
  words: Words,
  laneName: (before: TimelineEvent, after: TimelineEvent) => string | undefined,
): string {
  const { before, after } = change;
  const title = (after ?? before)?.title ?? '';
  const long = (e: TimelineEvent) => formatEventDate(e, words.locale, 'long', words.strings.since, words.strings);
  const date = (iso: string | undefined) => (iso === undefined ? '' : long({ id: '', title: '', start: iso as TimelineEvent['start'] }));
  switch (change.kind) {
    case 'add':
      return fillIn(w.added, { title, date: after ? long(after) : '' });
    case 'remove':
      return fillIn(w.removed, { title });
    case 'resize':
      return before?.start !== after?.start
        ? fillIn(w.resizedStart, { title, date: date(after?.start) })
        : fillIn(w.resized, { title, date: date(after?.end ?? after?.start) });
    case 'move':
      if (before && before.start === after?.start) return fillIn(w.movedLane, { title, lane: laneName(before, after) ?? words.strings.otherLane });
      return fillIn(w.moved, { title, date: date(after?.start) });
    default:
      return fillIn(w.edited, { title });
  }
}
