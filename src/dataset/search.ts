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

/** A tag or a character reference: text from another tool (a TimelineJS3 text) that carries HTML. */
const MARKUP = /<[a-z!/?]|&(?:[a-z]+|#x?[\da-f]+);/i;
const HIDDEN = /<(script|style|template|noscript|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<\/?([a-z][^\s/>]*)[^>]*>|<[!?][^>]*>/gi;
/** Tags within a word's run of text ("<b>Ba</b>mako"); any other tag parts words. */
const INLINE = /^(?:a|abbr|b|cite|em|i|mark|q|s|small|span|strong|sub|sup|u)$/i;
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi;
/** The named references decoded without a DOM; others are left as written. */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function character(whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return Object.hasOwn(NAMED, name) ? (NAMED[name] as string) : whole;
  const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

/** Whether a text carries HTML markup: a tag or a character reference such as `&amp;`. */
export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/**
 * The words of a text that may carry HTML (a TimelineJS3 text, a spreadsheet's Text cell),
 * without a DOM: tags dropped (with the content of `script`, `style` and the like), character
 * references decoded (numbers, and `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`).
 * Cheap rather than exact, for searching and for a plain fallback; text without markup comes
 * back as it is.
 */
export function markupText(text: string): string {
  if (!MARKUP.test(text)) return text;
  return text
    .replace(HIDDEN, '')
    .replace(TAG, (_, name?: string) => (name && INLINE.test(name) ? '' : ' '))
    .replace(REFERENCE, character)
    .replace(/ {2,}/g, ' ')
    .trim();
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
    const texts = this.texts;
    const hits = new Uint32Array(from ? from.length : texts.length);
    let n = 0;
    const test = (i: number) => {
      const text = texts[i] as string;
      for (const t of terms) if (!text.includes(t)) return;
      hits[n++] = i;
    };
    if (from) for (const i of from) test(i);
    else for (let i = 0; i < texts.length; i++) test(i);
    const result = hits.slice(0, n);
    this.last = { terms, hits: result };
    return result;
  }
}
