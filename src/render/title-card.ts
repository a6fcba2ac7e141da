/**
 * The title card: the dataset's title and summary, shown where the details go while nothing
 * is selected (as TimelineJS3's title slide opens a story).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Media } from '../dataset/types.js';
import type { Words } from '../strings.js';
import { renderMedia } from './media.js';
import { renderSummary } from './rich-text.js';

/** The dataset's title card, or nothing when it has neither title nor summary. */
export function renderTitleCard(
  about: { readonly title?: string; readonly summary?: string; readonly media?: Media },
  count: number,
  words: Words,
  embed = false,
  /** As the story view's first slide: what a slide is called (`aria-roledescription`) and the hint under it; its heading takes the focus. */
  slide?: { readonly slide: string; readonly hint: string },
): TemplateResult | typeof nothing {
  const title = about.title?.trim() ?? '';
  const summary = about.summary?.trim() ?? '';
  if (title === '' && summary === '') return nothing;
  const s = words.strings;
  return html`<section class="details title-card" part="title-card" aria-labelledby=${title ? 'title-card-title' : nothing} aria-label=${title ? nothing : s.aboutTimeline} aria-roledescription=${slide?.slide ?? nothing}>
    ${title ? html`<h2 id="title-card-title" dir="auto" tabindex=${slide ? '-1' : nothing}>${title}</h2>` : nothing}
    ${summary ? renderSummary(summary, 'auto') : nothing}
    ${renderMedia(about.media, words, embed)}
    <p class="card-hint">${words.fill(slide?.hint ?? s.titleCardHint, { events: words.events(count) })}</p>
  </section>`;
}
