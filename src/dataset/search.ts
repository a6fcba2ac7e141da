/**
 * Finding events by what they say: a search index over their words, folded so that case and
 * accents do not count ("bamako" finds "Bamako", "senegal" finds "Sénégal"). Pure: the
 * country names come from the caller (Intl.DisplayNames in the element's language).
 */
import { foldText } from './fold.js';
import { markupText } from './markup.js';
import type { TimelineEvent } from './types.js';

export { foldText };

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
    // A summary may carry HTML (TimelineJS3): its words are searched, not its tag names.
    const parts = [e.title, markupText(e.summary ?? ''), ...(e.actors ?? []), e.place?.name ?? ''];
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
  /** The last query's terms and the positions it matched, to narrow from as the reader types on. */
  private last: { terms: readonly string[]; hits: Uint32Array } | undefined;

  constructor(private readonly texts: readonly string[]) {}

  /**
   * The positions of the events that match `query`, ascending: every word of the query must
   * appear, as written (no pattern: `(`, `*` and `\` are only characters). A query that only
   * narrows the last one (each of its words holds one of the last one's, as when the reader
   * types on) is tried on the last one's matches only: a keystroke costs what is still shown,
   * not the data.
   */
  positions(query: string): Uint32Array {
    const terms = queryTerms(query);
    const last = this.last;
    const from = last?.terms.every((p) => terms.some((t) => t.includes(p))) ? last.hits : undefined;
    // A word that holds one of the last words (or is one) is in each of the last matches
    // already: only the others are tried ("event 1" after "event" tries only "1").
    const tried = from && last ? terms.filter((t) => !last.terms.some((p) => p.includes(t))) : terms;
    const texts = this.texts;
    const hits = new Uint32Array(from ? from.length : texts.length);
    let n = 0;
    const test = (i: number) => {
      const text = texts[i] as string;
      for (const t of tried) if (!text.includes(t)) return;
      hits[n++] = i;
    };
    if (from) for (const i of from) test(i);
    else for (let i = 0; i < texts.length; i++) test(i);
    const result = hits.slice(0, n);
    this.last = { terms, hits: result };
    return result;
  }
}
