/**
 * The category legend: each category present, with its shape, name and count.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Words } from '../strings.js';
import { glyph, type CategoryTable } from './glyphs.js';

/**
 * The category legend: shape, name and count of each category present, the built-in ones in
 * their fixed order, then the open ones.
 */
export function renderLegend(table: CategoryTable, counts: ReadonlyMap<string, number>, words: Words): TemplateResult | typeof nothing {
  const present = table.looks.filter((l) => l.id !== undefined && counts.has(l.id));
  if (present.length === 0) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${words.strings.legend}>
    ${present.map((l) => html`<li class=${l.className}>${glyph(l)}<span>${l.label}</span> <span class="count">(${words.number(counts.get(l.id ?? '') ?? 0)})</span></li>`)}
  </ul>`;
}
