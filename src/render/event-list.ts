/**
 * The screen-reader event list: a visually hidden, time-ordered list of the events, each a
 * button that selects it, as an alternative to the graphic. Whole up to `EVENT_LIST_LIMIT`
 * events; beyond that, up to `EVENT_LIST_WINDOW` of those in the window the view settled
 * on, so the DOM stays small whatever the size. Re-rendered only when the data, the
 * language or that window change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { inputCause, type SelectCause } from '../events.js';
import { formatEventDate } from '../layout/format.js';
import { eventsInWindow, type PreparedEvent, type PreparedTimeline } from '../layout/prepare.js';
import type { TimeWindow } from '../layout/scale.js';
import type { Words } from '../strings.js';

export const EVENT_LIST_LIMIT = 250;
export const EVENT_LIST_WINDOW = 100;

export function renderEventList(
  prepared: PreparedTimeline,
  window: TimeWindow,
  words: Words,
  timelineName: string,
  onPick: (p: PreparedEvent, cause: SelectCause) => void,
): unknown {
  const w = prepared.events.length > EVENT_LIST_LIMIT ? window : undefined;
  return guard([prepared, words, timelineName, w?.start, w?.end], () => renderNow(prepared, w, words, timelineName, onPick));
}

function renderNow(
  prepared: PreparedTimeline,
  w: TimeWindow | undefined,
  words: Words,
  name: string,
  onPick: (p: PreparedEvent, cause: SelectCause) => void,
): TemplateResult {
  const all = prepared.events;
  const list = w ? eventsInWindow(prepared, w.start, w.end, EVENT_LIST_WINDOW) : all;
  const note = w ? words.fill(words.strings.listNote, { events: words.events(all.length), shown: list.length }) : '';
  // Named after the timeline too, so that two on a page are two distinct regions.
  return html`<section class="sr-only" aria-label=${words.fill(words.strings.listName, { name })}>
    ${note ? html`<p>${note}</p>` : nothing}
    <ol>
      ${list.map(
        // The name as one text node, set as a property: no Lit markers in a hundred items.
        (p) => html`<li><button type="button" tabindex="-1" .textContent=${`${p.event.title}, ${formatEventDate(p.event, words.locale, 'long', words.strings.since, words.strings)}`} @click=${(e: MouseEvent) => { onPick(p, inputCause(e)); }}></button></li>`,
      )}
    </ol>
  </section>`;
}
