/** The details panel: every field of the selected event a reader may want (its summary as rich text), and its sources as safe links. */
import { html, nothing, type TemplateResult } from 'lit';
import { inputCause, type SelectCause } from '../events.js';
import { readPartialDate } from '../dataset/dates.js';
import type { Source, SourceRef, TimelineEvent } from '../dataset/types.js';
import { formatEventDate } from '../layout/format.js';
import type { Words } from '../strings.js';
import { glyph, type CategoryLook } from './glyphs.js';
import { icons } from './icons.js';
import { formatCountries } from './intl.js';
import { renderMedia } from './media.js';
import { httpUrl } from './urls.js';
import { clip, LONG_TEXT, renderSummary } from './rich-text.js';

/** A URL that is safe to link to: absolute http or https only, never `javascript:` or `data:`. */
export function safeHref(url: string | undefined): string | undefined {
  return httpUrl(url)?.href;
}

function renderSource(ref: SourceRef, sources: readonly Source[], words: Words): TemplateResult {
  const source = sources.find((s) => s.id === ref.source);
  const title = source?.title ?? ref.source;
  const href = safeHref(ref.url ?? source?.url);
  const meta = [source?.publisher, source?.published].filter(Boolean).join(', ');
  return html`<li>
    ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${title}</a>` : html`<cite>${title}</cite>`}${meta ? ` (${meta})` : ''}${ref.paragraph !== undefined ? `, ${words.fill(words.strings.paragraph, { n: ref.paragraph })}` : ''}${ref.quote ? words.fill(words.strings.quote, { quote: ref.quote }) : nothing}
  </li>`;
}

/** The "Copy link" control (with `hash`): the link, what copying it last gave (HashController keeps it), and telling that. */
export interface LinkControl {
  readonly href: string;
  /** `copied` once it is on the clipboard; `failed` when the browser refused: the link is then shown to copy by hand. */
  readonly state: 'idle' | 'copied' | 'failed';
  copied(state: 'copied' | 'failed'): void;
}

function renderLink(link: LinkControl, words: Words): TemplateResult {
  const s = words.strings;
  const copy = () => {
    // The clipboard needs a secure context and the reader's gesture; without it, the link is
    // shown to copy by hand.
    if (typeof navigator.clipboard === 'undefined') link.copied('failed');
    else navigator.clipboard.writeText(link.href).then(() => { link.copied('copied'); }, () => { link.copied('failed'); });
  };
  return html`<p class="link">
    <button class="text-button" type="button" @click=${copy}>${link.state === 'copied' ? s.linkCopied : s.copyLink}</button>
    ${link.state === 'failed' ? html`<label>${s.linkToCopy} <input type="url" readonly .value=${link.href} @focus=${(e: FocusEvent) => { (e.target as HTMLInputElement).select(); }} /></label>` : nothing}
  </p>`;
}

/** The panel describing one event: every field a reader may want, and its sources. */
export function renderDetails(
  event: TimelineEvent,
  sources: readonly Source[],
  words: Words,
  onClose: (cause: SelectCause) => void,
  /** How the event's category is drawn (its colour, glyph and name). */
  look?: CategoryLook,
  /** A link to the event, with `hash`. */
  link?: LinkControl,
  /** Whether YouTube and Vimeo videos play in a frame (`embed-media`). */
  embed = false,
  /** As a slide of the story view: what a slide is called (`aria-roledescription`); no Close button, and a heading that takes the focus. */
  slide?: string,
  /** Editing's buttons for the event (`editable`), under its date. */
  actions: unknown = nothing,
): TemplateResult {
  const s = words.strings;
  const locale = words.locale;
  const start = readPartialDate(event.start);
  const precision = typeof start === 'string' ? '' : s.precision[start.precision];
  const cat = look ?? { className: 'c-other', label: s.uncategorised };
  return html`<section class="details ${cat.className}" part="details" aria-labelledby="details-title" aria-roledescription=${slide ?? nothing}>
    <header>
      <div class="heading">
        <p class="kicker">${glyph(look)}<span>${cat.label}</span>${event.certainty ? html`<span>· ${s.certainty[event.certainty] ?? event.certainty}</span>` : nothing}</p>
        <h2 id="details-title" tabindex=${slide ? '-1' : nothing}>${clip(event.title, 300)}</h2>
      </div>
      ${slide ? nothing : html`<button class="control close" part="control" type="button" aria-label=${s.closeDetails} @click=${(e: MouseEvent) => { onClose(inputCause(e)); }}>${icons.close}</button>`}
    </header>
    <p class="date">${formatEventDate(event, locale, 'long', s.since, s)} <span class="precision">(${precision})</span></p>
    ${actions}
    ${renderMedia(event.media, words, embed)}
    ${event.summary ? renderSummary(event.summary) : nothing}
    <dl>
      ${event.place ? html`<dt>${s.place}</dt><dd>${event.place.name}</dd>` : nothing}
      ${event.actors?.length ? html`<dt>${s.actors}</dt><dd>${words.list(event.actors)}</dd>` : nothing}
      ${event.countries?.length ? html`<dt>${s.countries}</dt><dd>${formatCountries(event.countries, locale)}</dd>` : nothing}
      ${event.reportedDate ? html`<dt>${s.reportedDate}</dt><dd>${event.reportedDate}</dd>` : nothing}
    </dl>
    ${event.note ? html`<p class="note">${clip(event.note, LONG_TEXT)}</p>` : nothing}
    ${event.sources?.length
      ? html`<h3>${s.sources}</h3>
          <ul class="sources">${event.sources.map((ref) => renderSource(ref, sources, words))}</ul>`
      : nothing}
    ${link ? renderLink(link, words) : nothing}
  </section>`;
}
