import { html, nothing, type TemplateResult } from 'lit';
import { glyph, type CategoryTable } from './glyphs.js';

/**
 * The category legend: shape, name and count of each category present, the built-in ones in
 * their fixed order, then the open ones.
 */
export function renderLegend(table: CategoryTable, counts: ReadonlyMap<string, number>): TemplateResult | typeof nothing {
  const present = table.looks.filter((l) => l.id !== undefined && counts.has(l.id));
  if (present.length === 0) return nothing;
  return html`<ul class="legend" part="legend" aria-label="Categories">
    ${present.map((l) => html`<li class=${l.className}>${glyph(l)}<span>${l.label}</span> <span class="count">(${counts.get(l.id ?? '')})</span></li>`)}
  </ul>`;
}
