/**
 * An event's (or a title card's) media: an image, lazy-loaded in a box of fixed proportions
 * so that nothing jumps when it arrives, with its alt text, caption and credit; a video or a
 * page as a card naming its kind and site, and no third-party frame unless the page asks for
 * one (`embed-media`: YouTube and Vimeo play from their privacy-enhanced addresses). Captions
 * and credits may carry markup, as TimelineJS3's do: they are shown through the summary's
 * safe subset (render/rich-text.ts), inline; alt text is plain. A picture that fails to load
 * gives way to a line saying so. Only http(s) and relative addresses are ever used; images are
 * fetched without a referrer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { markupText } from '../dataset/markup.js';
import { isSafeUrl } from '../dataset/item-reader.js';
import type { Media, MediaKind } from '../dataset/types.js';
import type { Words } from '../strings.js';
import { clip, richText, type RichText } from './rich-text.js';
import { httpUrl } from './urls.js';

const IMAGE = /\.(?:avif|gif|jpe?g|png|svg|webp)$/i;

/** Sites named on link cards, by the end of their host name. */
const SITES: readonly (readonly [string, string])[] = [
  ['youtube.com', 'YouTube'],
  ['youtu.be', 'YouTube'],
  ['vimeo.com', 'Vimeo'],
  ['wikipedia.org', 'Wikipedia'],
  ['wikimedia.org', 'Wikimedia Commons'],
  ['x.com', 'X'],
  ['twitter.com', 'X'],
  ['instagram.com', 'Instagram'],
  ['facebook.com', 'Facebook'],
  ['tiktok.com', 'TikTok'],
];

/** An address resolved against the page, if it is http(s) or relative. */
export function mediaUrl(url: unknown): URL | undefined {
  return typeof url === 'string' && isSafeUrl(url) ? httpUrl(url.trim(), document.baseURI) : undefined;
}

/** The site a page is on, as readers know it ("YouTube", "Wikipedia"), else its host name. */
export function siteName(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  return SITES.find(([end]) => host === end || host.endsWith(`.${end}`))?.[1] ?? host;
}

/** The address a YouTube or Vimeo video plays from in a frame (privacy-enhanced), if it is one. */
export function embedAddress(url: URL): string | undefined {
  const host = url.hostname.replace(/^(?:www\.|m\.)/, '');
  let id: string | null | undefined;
  if (host === 'youtube.com') id = url.pathname === '/watch' ? url.searchParams.get('v') : /^\/(?:embed|shorts|live)\/([\w-]+)/.exec(url.pathname)?.[1];
  else if (host === 'youtu.be') id = url.pathname.slice(1);
  if (id && /^[\w-]{6,20}$/.test(id)) return `https://www.youtube-nocookie.com/embed/${id}`;
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const vimeo = /\/(\d{5,12})(?:$|[/?#])/.exec(url.pathname)?.[1];
    if (vimeo) return `https://player.vimeo.com/video/${vimeo}?dnt=1`;
  }
  return undefined;
}

/** What an address points at: the media's own word, else an image by its extension, a video by its site, else a page. */
export function mediaKind(media: Media, url: URL): MediaKind {
  if (media.kind) return media.kind;
  if (IMAGE.test(url.pathname)) return 'image';
  return embedAddress(url) ? 'video' : 'link';
}

/** Block markup, read as lines: a figcaption holds phrasing content only. */
const BLOCK_TAG = /<(\/?)(?:p|blockquote)(?=[\s/>])/gi;

/** A caption or credit as a template shows it: its text, or the safe subset of its markup on one or more lines. */
function inline(text: string): string | RichText['content'] {
  const rich = richText(text.replace(BLOCK_TAG, '<$1div'));
  return typeof rich === 'string' ? rich : rich.content;
}

/** A template of the strings table with `{key}` filled in by content of the data's (text or markup), in a span of its own direction. */
function fillWith(template: string, key: string, content: unknown): unknown[] {
  const [before = '', ...after] = template.split(`{${key}}`);
  const filled = html`<span dir="auto">${content}</span>`;
  // A page's own table may leave the slot out: the content still shows.
  return after.length > 0 ? [before, filled, after.join(`{${key}}`)] : [before, ' ', filled];
}

/** A picture that fails to load gives way to the line saying so (styles/details.ts). */
function onImageError(e: Event): void {
  (e.target as HTMLElement).closest('.media-frame')?.classList.add('broken');
}

/** A thumbnail that fails to load leaves the card to its words. */
function onThumbError(e: Event): void {
  (e.target as HTMLElement).closest('.media-link')?.classList.add('no-thumb');
}

/** Caption and credit, each on a line of its own. */
function caption(media: Media, words: Words): TemplateResult | typeof nothing {
  if (!media.caption && !media.credit) return nothing;
  return html`<figcaption>${media.caption ? html`<span class="caption" dir="auto">${inline(media.caption)}</span>` : nothing} ${media.credit ? html`<span class="credit">${fillWith(words.strings.mediaCredit, 'credit', inline(media.credit))}</span>` : nothing}</figcaption>`;
}

/** An address as a reader can tell it at a glance: host and path, without the scheme. */
function shortAddress(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: shown as written.
  }
  return clip(url.hostname.replace(/^www\./, '') + (path === '/' ? '' : path), 60);
}

/** A wiki's article (`/wiki/Operation_Serval`) by its title, as the address writes it. */
const WIKI_PAGE = /^\/wiki\/([^/]+)$/;

/**
 * What a page without alt text is called on its card: a wiki article's title ("Opération
 * Serval"), else its address at a glance.
 */
function pageName(url: URL): { readonly name: string; readonly address: boolean } {
  const title = WIKI_PAGE.exec(url.pathname)?.[1];
  if (title) {
    try {
      return { name: clip(decodeURIComponent(title).replace(/_/g, ' '), 120), address: false };
    } catch {
      // A malformed escape: the address says it.
    }
  }
  return { name: shortAddress(url), address: true };
}

/**
 * A link card's lines: where it goes and what it is. Without alt text, a page is named by its
 * address (a wiki article by its title) and a video, whose address names nothing a reader
 * knows, by its kind and site ("Video on Vimeo"), its address under it.
 */
function cardLines(kind: MediaKind, url: URL, alt: string, words: Words): TemplateResult {
  const s = words.strings;
  const site = siteName(url);
  if (alt !== '') return html`<span class="media-site">${words.fill(kind === 'video' ? s.watchOn : s.openOn, { site })}</span><span class="media-title" dir="auto">${alt}</span>`;
  if (kind === 'video') return html`<span class="media-title">${words.fill(s.videoOn, { site })}</span><span class="media-address" dir="ltr">${shortAddress(url)}</span>`;
  const page = pageName(url);
  return html`<span class="media-site">${words.fill(s.openOn, { site })}</span><span class="media-title" dir=${page.address ? 'ltr' : 'auto'}>${page.name}</span>`;
}

/** An event's media as the details show it; nothing for an address that is not http(s) or relative. */
export function renderMedia(media: Media | undefined, words: Words, embed: boolean): TemplateResult | typeof nothing {
  const url = mediaUrl(media?.url);
  if (!media || !url) return nothing;
  const kind = mediaKind(media, url);
  const s = words.strings;
  const alt = media.alt === undefined ? '' : markupText(media.alt).trim();
  // Another media in the same place gets elements of its own: a picture that failed leaves no
  // mark on the next, and a frame's new address adds no entry to the page's history.
  let content: TemplateResult;
  if (kind === 'image') {
    content = html`<figure class="media" part="media">
      <div class="media-frame">
        <img src=${url.href} alt=${alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${onImageError} />
        <span class="media-alt">${alt ? fillWith(s.pictureUnavailableAlt, 'alt', alt) : s.pictureUnavailable}</span>
      </div>
      ${caption(media, words)}
    </figure>`;
  } else {
    const frame = kind === 'video' && embed ? embedAddress(url) : undefined;
    const thumb = mediaUrl(media.thumbnail);
    content = frame
      ? html`<figure class="media" part="media">
          <div class="media-frame video">
            <iframe
              src=${frame}
              title=${alt !== '' ? alt : media.caption ? markupText(media.caption) : words.fill(s.videoOn, { site: siteName(url) })}
              loading="lazy"
              referrerpolicy="strict-origin-when-cross-origin"
              allow="fullscreen; picture-in-picture; encrypted-media"
              sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            ></iframe>
          </div>
          ${caption(media, words)}
        </figure>`
      : html`<figure class="media" part="media">
          <a class="media-link" href=${url.href} target="_blank" rel="noopener noreferrer">
            ${thumb ? html`<img class="media-thumb" src=${thumb.href} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" width="96" height="54" @error=${onThumbError} />` : nothing}
            ${cardLines(kind, url, alt, words)}
          </a>
          ${caption(media, words)}
        </figure>`;
  }
  return html`${keyed(`${kind} ${url.href}`, content)}`;
}
