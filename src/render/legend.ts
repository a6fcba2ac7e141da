import { html, nothing, type TemplateResult } from 'lit';
import type { EventCategory } from '../dataset/types.js';
import { EVENT_CATEGORIES } from '../dataset/vocabulary.js';
import { CATEGORY_LABELS, glyph } from './glyphs.js';

/** The category legend: shape, name and count of each category present, in a fixed order. */
export function renderLegend(counts: ReadonlyMap<EventCategory | undefined, number>): TemplateResult | typeof nothing {
  const present = EVENT_CATEGORIES.filter((c) => counts.has(c));
  if (present.length === 0) return nothing;
  return html`<ul class="legend" part="legend" aria-label="Categories">
    ${present.map((c) => html`<li class="c-${c}">${glyph(c)}<span>${CATEGORY_LABELS[c]}</span> <span class="count">(${counts.get(c)})</span></li>`)}
  </ul>`;
}
