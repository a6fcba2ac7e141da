/**
 * An event's (or a title card's) media: an image, lazy-loaded in a box of fixed proportions
 * so that nothing jumps when it arrives, with its alt text, caption and credit; a video or a
 * page as a card naming its site, and no third-party frame unless the page asks for one
 * (`embed-media`: YouTube and Vimeo play from their privacy-enhanced addresses). Only http(s)
 * and relative addresses are ever used; images are fetched without a referrer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '../dataset/validate.js';
import type { Media, MediaKind } from '../dataset/types.js';
import type { Words } from '../strings.js';

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

/**
 * An address as an http(s) URL, or undefined for any other scheme (`javascript:`, `data:`)
 * or one that does not parse; relative addresses are read against `base`, and without one
 * are refused.
 */
export function httpUrl(url: string | undefined, base?: string): URL | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

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

/** A broken image leaves its alt text in its box, with the caption and credit below. */
function onImageError(e: Event): void {
  const img = e.target as HTMLImageElement;
  img.closest('.media-frame')?.classList.add('broken');
}

function caption(media: Media, words: Words): TemplateResult | typeof nothing {
  if (!media.caption && !media.credit) return nothing;
  return html`<figcaption>${media.caption ? html`<span dir="auto">${media.caption}</span>` : nothing}${media.credit ? html` <span class="credit">${words.fill(words.strings.mediaCredit, { credit: media.credit })}</span>` : nothing}</figcaption>`;
}

/** An event's media as the details show it; nothing for an address that is not http(s) or relative. */
export function renderMedia(media: Media | undefined, words: Words, embed: boolean): TemplateResult | typeof nothing {
  const url = mediaUrl(media?.url);
  if (!media || !url) return nothing;
  const kind = mediaKind(media, url);
  if (kind === 'image') {
    return html`<figure class="media" part="media">
      <div class="media-frame">
        <img src=${url.href} alt=${media.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${onImageError} />
        ${media.alt ? html`<span class="media-alt" dir="auto">${media.alt}</span>` : nothing}
      </div>
      ${caption(media, words)}
    </figure>`;
  }
  const frame = kind === 'video' && embed ? embedAddress(url) : undefined;
  if (frame) {
    return html`<figure class="media" part="media">
      <div class="media-frame video">
        <iframe
          src=${frame}
          title=${media.alt ?? media.caption ?? words.strings.video}
          loading="lazy"
          referrerpolicy="strict-origin-when-cross-origin"
          allow="fullscreen; picture-in-picture; encrypted-media"
          sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        ></iframe>
      </div>
      ${caption(media, words)}
    </figure>`;
  }
  const site = siteName(url);
  const thumb = mediaUrl(media.thumbnail);
  return html`<figure class="media" part="media">
    <a class="media-link" href=${url.href} target="_blank" rel="noopener noreferrer">
      ${thumb ? html`<img class="media-thumb" src=${thumb.href} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" width="96" height="54" />` : nothing}
      <span class="media-site">${words.fill(kind === 'video' ? words.strings.watchOn : words.strings.openOn, { site })}</span>
      <span class="media-title" dir="auto">${media.alt ?? media.caption ?? url.href}</span>
    </a>
    ${caption({ url: media.url, ...(media.alt !== undefined && media.caption !== undefined && { caption: media.caption }), ...(media.credit !== undefined && { credit: media.credit }) }, words)}
  </figure>`;
}
