/**
 * The category legend: each category present, with its shape, name and count, as a toggle
 * that shows or hides its events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RovingFocus } from '../controllers/roving-focus.js';
import type { Words } from '../strings.js';
import { glyph, type CategoryTable } from './glyphs.js';

/**
 * The category legend: shape, name and count of each category present, the built-in ones in
 * their fixed order, then the open ones; the count is of what the search and `filter` leave
 * (`left`), when they leave out anything. Each is a toggle button, pressed while its events
 * are shown; together one tab stop, arrows moving between them.
 */
export function renderLegend(
  table: CategoryTable,
  counts: ReadonlyMap<string, number>,
  left: ReadonlyMap<string, number> | undefined,
  hidden: readonly string[],
  words: Words,
  roving: RovingFocus,
  toggle: (id: string) => void,
): TemplateResult | typeof nothing {
  const present = table.looks.filter((l) => l.id !== undefined && counts.has(l.id));
  if (present.length === 0) return nothing;
  return html`<div
    class="legend"
    part="legend"
    role="toolbar"
    aria-label=${words.strings.legend}
    @keydown=${(e: KeyboardEvent) => { roving.onKeyDown(e); }}
    @focusin=${(e: FocusEvent) => { roving.onFocusIn(e); }}
  >
    ${present.map((l, i) => {
      const id = l.id ?? '';
      const shown = !hidden.includes(id);
      // Text set as properties, no white space between tags: fewer DOM nodes.
      return html`<button type="button" class="legend-item ${l.className}" part="legend-item" tabindex=${roving.tabIndex(i, present.length)} aria-pressed=${shown ? 'true' : 'false'} @click=${() => { toggle(id); }}
        >${glyph(l)}<span .textContent=${l.label}></span> <span class="count" .textContent=${`(${words.number((left ?? counts).get(id) ?? 0)})`}></span></button>`;
    })}
  </div>`;
}
