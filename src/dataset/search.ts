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

/**
 * The searchable text of each event, folded once: title, summary, actors, place, and its
 * countries' codes and names. Events are matched in the order given.
 */
export class SearchIndex {
  private readonly texts: string[];

  constructor(events: readonly TimelineEvent[], countryNames: (code: string) => readonly string[]) {
    this.texts = events.map((e) => {
      const parts = [e.title, e.summary ?? '', ...(e.actors ?? []), e.place?.name ?? ''];
      for (const code of e.countries ?? []) parts.push(code, ...countryNames(code));
      // A line break never occurs in a query's terms, so no term matches across two fields.
      return foldText(parts.join('\n'));
    });
  }

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
