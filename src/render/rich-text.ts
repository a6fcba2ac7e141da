/**
 * Rich text from other tools: a TimelineJS3 text or a spreadsheet's Text cell carries HTML.
 * It is read by the browser's own parser (`DOMParser`, whose document is inert: no script
 * runs, no image loads) and a safe subset is built anew as templates: paragraphs, line
 * breaks, emphasis, quotes, citations and absolute http(s) links. No markup is ever assigned
 * to the page and no attribute is copied but a checked `href`. Text without markup is left as
 * it is. Part of the panels chunk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { looksLikeMarkup, markupText } from '../dataset/markup.js';
import { parserInput } from '../trusted-types.js';
import { httpUrl } from './urls.js';

/** The Trusted Types policy rich text is parsed through (src/trusted-types.ts). */
export { TRUSTED_TYPES_POLICY } from '../trusted-types.js';

/** Longest summary or note shown, in characters of text; the data keeps the whole text. */
export const LONG_TEXT = 4000;

/** Shortens text for the screen only. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A summary ready for a template: the safe subset of its markup, and whether it holds blocks (paragraphs, quotes). */
export interface RichText {
  readonly content: readonly Piece[];
  readonly block: boolean;
}

type Piece = TemplateResult | string;

const BR = html`<br />`;

/** The elements kept, each built anew from its children only. */
const KEPT = new Map<string, (children: readonly Piece[]) => TemplateResult>([
  ['p', (c) => html`<p>${c}</p>`],
  ['em', (c) => html`<em>${c}</em>`],
  ['i', (c) => html`<i>${c}</i>`],
  ['strong', (c) => html`<strong>${c}</strong>`],
  ['b', (c) => html`<b>${c}</b>`],
  ['blockquote', (c) => html`<blockquote>${c}</blockquote>`],
  ['q', (c) => html`<q>${c}</q>`],
  ['cite', (c) => html`<cite>${c}</cite>`],
]);
const BLOCKS = new Set(['p', 'blockquote']);
/** Dropped with their content: code, styles, and what is not text for a reader. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
/** Dropped elements whose text stands on a line of its own, so that words do not run together. */
const LINES = new Set(['div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'pre', 'hr', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'aside', 'address']);

/** Markup read at most: 4,000 characters of text rarely take a tenth of it. */
const MAX_MARKUP = 100_000;
/** Elements built at most; beyond, only their text is kept. */
const MAX_ELEMENTS = 2000;
/** Texts remembered, so that a render does not parse again. */
const CACHE_SIZE = 200;

/** Builds the safe subset of a parsed document, counting the text it keeps. */
class Builder {
  block = false;
  private left: number;
  private elements = 0;
  private done = false;

  constructor(max: number) {
    this.left = max;
  }

  children(parent: Node): Piece[] {
    const out: Piece[] = [];
    for (let n = parent.firstChild; n && !this.done; n = n.nextSibling) this.node(n, out);
    return out;
  }

  private node(n: Node, out: Piece[]): void {
    if (n.nodeType === Node.TEXT_NODE) {
      const text = (n as Text).data;
      // Layout whitespace between blocks is not text.
      if (text.trim() === '' && (out.length === 0 || out.at(-1) === BR)) return;
      if (text.length > this.left) {
        out.push(`${text.slice(0, Math.max(0, this.left - 1))}…`);
        this.done = true;
      } else {
        out.push(text);
        this.left -= text.length;
      }
      return;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    const el = n as Element;
    const tag = el.localName;
    if (HIDDEN.has(tag)) return;
    const build = this.elements++ < MAX_ELEMENTS;
    if (tag === 'br') {
      if (build) out.push(BR);
      return;
    }
    const kept = build ? KEPT.get(tag) : undefined;
    const lines = LINES.has(tag);
    if (lines) lineBreak(out);
    const children = this.children(el);
    const href = build && tag === 'a' ? httpUrl(el.getAttribute('href')?.trim())?.href : undefined;
    if (href) out.push(html`<a href=${href} target="_blank" rel="noopener noreferrer">${children}</a>`);
    else if (kept) {
      out.push(kept(children));
      if (BLOCKS.has(tag)) this.block = true;
    } else out.push(...children);
    if (lines) lineBreak(out);
  }
}

function lineBreak(out: Piece[]): void {
  if (out.length > 0 && out.at(-1) !== BR) out.push(BR);
}

const START_TAG = /<([a-z][^\s/>]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/gi;
const HREF = /(?:^|[\s"'/])href\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)/i;

const STYLE_END = /<\/style\s*>/gi;

/**
 * The markup with every attribute dropped but a link's `href`, and `style` elements made
 * `template`s (dropped all the same). Not for safety (nothing is copied out of the parsed
 * document but the safe subset): the parser still reads inline handlers (`onerror`) and
 * styles, and a page with a Content-Security-Policy reports each one as a violation although
 * it never runs.
 */
function quieted(markup: string): string {
  return markup
    .replace(START_TAG, (_, name: string, attributes: string) => {
      const tag = name.toLowerCase();
      if (tag === 'style') return '<template>';
      const href = tag === 'a' ? HREF.exec(attributes)?.[1] : undefined;
      return href ? `<a href=${href}>` : `<${name}>`;
    })
    .replace(STYLE_END, '</template>');
}

function parse(text: string, max: number): string | RichText {
  const input = parserInput(quieted(text.length > MAX_MARKUP ? text.slice(0, MAX_MARKUP) : text));
  let doc: Document | undefined;
  if (input !== undefined) {
    try {
      doc = new DOMParser().parseFromString(input, 'text/html');
    } catch {
      doc = undefined;
    }
  }
  if (!doc) return clip(markupText(text), max);
  const builder = new Builder(max);
  // The whole document: a leading `<title>` or `<style>` is put in its head.
  const content = builder.children(doc.documentElement);
  while (content.at(-1) === BR) content.pop();
  // Markup that came to text only (`AT&amp;T`, `<span>…</span>`) is shown as text.
  if (content.every((p) => typeof p === 'string')) return content.join('');
  return { content, block: builder.block };
}

const cache = new Map<string, string | RichText>();

/**
 * A summary as a template shows it: the text itself when it carries no markup (a tag or a
 * character reference), else the safe subset of its HTML ({@link RichText}), or its text
 * without tags when the page refuses the `sahel-timeline` Trusted Types policy. At most `max`
 * characters of text are kept. Results are remembered for the last few texts.
 */
export function richText(text: string, max = LONG_TEXT): string | RichText {
  if (!looksLikeMarkup(text)) return clip(text, max);
  const key = `${String(max)}:${text}`;
  let rich = cache.get(key);
  if (rich === undefined) {
    rich = parse(text, max);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  } else cache.delete(key);
  // Most recently used last: the oldest is the first to go.
  cache.set(key, rich);
  return rich;
}

/**
 * A summary's block in the details or the title card: `<p class="summary">` for text and
 * inline markup, `<div class="summary rich">` when it holds paragraphs or quotes.
 */
export function renderSummary(text: string, dir?: 'auto'): TemplateResult {
  const rich = richText(text);
  if (typeof rich === 'string') return html`<p class="summary" dir=${dir ?? nothing}>${rich}</p>`;
  return rich.block
    ? html`<div class="summary rich" dir=${dir ?? nothing}>${rich.content}</div>`
    : html`<p class="summary" dir=${dir ?? nothing}>${rich.content}</p>`;
}
