/**
 * The list of a cluster's events, shown when zooming cannot separate them: each a button
 * that selects the event and brings it into view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { inputCause, type SelectCause } from '../events.js';
import type { ListedCluster } from '../controllers/cluster-controller.js';
import { formatUtc } from '../layout/chronology.js';
import { formatEventDate } from '../layout/format.js';
import { eventsInWindow, type PreparedEvent, type PreparedTimeline } from '../layout/prepare.js';
import type { Words } from '../strings.js';
import { glyph, type CategoryTable } from './glyphs.js';
import { icons } from './icons.js';
import { shorten } from './label-metrics.js';

/** Most events listed for a cluster. */
const CLUSTER_LIST_LIMIT = 50;

export function renderClusterList(
  c: ListedCluster | undefined,
  prepared: PreparedTimeline,
  looks: CategoryTable,
  words: Words,
  onClose: () => void,
  onPick: (p: PreparedEvent, cause: SelectCause) => void,
): TemplateResult | typeof nothing {
  if (!c) return nothing;
  const list = eventsInWindow(prepared, c.start, c.end, CLUSTER_LIST_LIMIT);
  const locale = words.locale;
  const date = formatUtc(c.start, locale, { day: 'numeric', month: 'long', year: 'numeric' }, words.strings);
  return html`<section
    class="cluster-list"
    part="cluster-list"
    aria-labelledby="cluster-title"
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); }}
  >
    <header>
      <h2 id="cluster-title">${words.fill(words.strings.clusterListTitle, { events: words.events(c.count), date })}</h2>
      <button class="control" part="control" type="button" aria-label=${words.strings.closeList} @click=${onClose}>${icons.close}</button>
    </header>
    <ul>
      ${list.map((p) => {
        const look = looks.look(p.event.category);
        return html`<li class=${look.className}>
          <button type="button" @click=${(e: MouseEvent) => { onClose(); onPick(p, inputCause(e)); }}>
            ${glyph(look)}<span>${shorten(p.event.title)}</span> <span class="when">${formatEventDate(p.event, locale, 'short', words.strings.since, words.strings)}</span>
          </button>
        </li>`;
      })}
    </ul>
    ${c.count > list.length ? html`<p>${words.fill(words.strings.showingFirst, { count: list.length })}</p>` : nothing}
  </section>`;
}
