/**
 * Plain text from HTML without a DOM: TimelineJS3 headlines and texts and spreadsheet cells
 * carry markup, which the readers turn into plain titles and the search reads for its words.
 * (The details panel shows a safe subset of it with the browser's own parser:
 * render/rich-text.ts.) Pure: runs in Node as in the browser, and never builds markup.
 */

/** A tag or a character reference: text from another tool (a TimelineJS3 text) that carries HTML. */
const MARKUP = /<[a-z!/?]|&(?:[a-z]+|#x?[\da-f]+);/i;
/** Elements whose content is not text a reader sees, and comments. */
const HIDDEN = /<(script|style|template|noscript|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)/gi;
/** A tag, whose attributes may quote a `>`; or a declaration or processing instruction. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>|<[!?][^<>]*>/g;
/** Tags that end a line or a block: they become a space, so that the words on each side stay apart. */
const BREAKING = /^(?:br|p|div|li|ul|ol|blockquote|h[1-6]|tr|td|th|hr|section|article|header|footer|figure|figcaption)$/i;
const REFERENCE = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', euro: '€', pound: '£',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô',
  uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ', iacute: 'í', oacute: 'ó', uacute: 'ú', aacute: 'á',
};

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    // Code points that are not characters (0, surrogates, beyond Unicode) read as the replacement character, as browsers do.
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
}

/** Whether a text carries HTML markup: a tag or a character reference such as `&amp;`. */
export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/**
 * Plain text from a piece of HTML (a TimelineJS3 headline): tags dropped (a line or block
 * break becomes a space), the content of `script`, `style` and the like dropped with them,
 * the common named character references and all numeric ones decoded, and runs of white
 * space made one space. Never builds markup: safe for any text.
 */
export function htmlToText(html: string): string {
  // Hidden elements are looked for in what a reader could be shown: an unclosed <script> in a
  // huge text would make the search for its end slow.
  const hidden = html.length <= 100_000 ? html.replace(HIDDEN, '') : html;
  return hidden
    .replace(TAG, (_, tag?: string) => (tag !== undefined && BREAKING.test(tag) ? ' ' : ''))
    .replace(REFERENCE, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** {@link htmlToText} for a text that may carry markup; one without comes back as it is. @internal */
export function markupText(text: string): string {
  return MARKUP.test(text) ? htmlToText(text) : text;
}
