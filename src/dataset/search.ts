/**
 * Finding events by what they say: a search index over their words, folded so that case and
 * accents do not count ("bamako" finds "Bamako", "senegal" finds "Sénégal"). Pure: the
 * country names come from the caller (Intl.DisplayNames in the element's language).
 */
import type { TimelineEvent } from './types.js';

const NON_ASCII = /[^\0-\x7f]/;
const MARKS = /\p{M}/gu;

/** Text folded for matching: lower case, accents and other combining marks removed. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII: the Unicode decomposition is only paid for where it can change something.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The words of a query, folded: each must appear in an event for it to match. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter((t) => t !== '');
}

/** Events folded between two yields of {@link buildSearchIndex}. */
const STEP = 4096;

/**
 * Builds a {@link SearchIndex}, yielding the share done (0 to 1) now and then, so that a
 * large dataset's index can be made in short tasks before the reader types.
 */
export function* buildSearchIndex(events: readonly TimelineEvent[], countryNames: (code: string) => readonly string[]): Generator<number, SearchIndex, void> {
  const texts: string[] = [];
  for (const e of events) {
    if (texts.length % STEP === 0 && texts.length > 0) yield texts.length / events.length;
    const parts = [e.title, e.summary ?? '', ...(e.actors ?? []), e.place?.name ?? ''];
    for (const code of e.countries ?? []) parts.push(code, ...countryNames(code));
    // A line break never occurs in a query's terms, so no term matches across two fields.
    texts.push(foldText(parts.join('\n')));
  }
  return new SearchIndex(texts);
}

/**
 * The searchable text of each event, folded once: title, summary, actors, place, and its
 * countries' codes and names (see {@link buildSearchIndex}). Events are matched in order.
 */
export class SearchIndex {
  constructor(private readonly texts: readonly string[]) {}

  /**
   * Which events match `query` (1) and which do not (0), by position; every word of the query
   * must appear, as written (no pattern: `(`, `*` and `\` are only characters).
   */
  match(query: string): Uint8Array {
    const terms = queryTerms(query);
    const out = new Uint8Array(this.texts.length);
    this.texts.forEach((text, i) => {
      out[i] = terms.every((t) => text.includes(t)) ? 1 : 0;
    });
    return out;
  }
}
