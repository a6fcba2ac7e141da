import { html, type TemplateResult } from 'lit';
import type { EventCategory } from '../dataset/types.js';

/**
 * A shape per category, so colour is never the only thing that tells categories apart.
 * Paths are drawn in a 12 x 12 box.
 */
export const CATEGORY_SHAPES: Record<EventCategory, { readonly path: string; readonly hollow?: boolean }> = {
  military: { path: 'M6 0.8L11.4 11H0.6Z' },
  diplomacy: { path: 'M6 0.4L11.6 6L6 11.6L0.4 6Z' },
  politics: { path: 'M1.4 1.4H10.6V10.6H1.4Z' },
  protest: { path: 'M6 0.8A5.2 5.2 0 1 1 5.99 0.8Z' },
  media: { path: 'M0.6 1H11.4L6 11.2Z' },
  economy: { path: 'M3.2 0.9H8.8L11.6 6L8.8 11.1H3.2L0.4 6Z' },
  violence: { path: 'M2 0.5L6 4.5L10 0.5L11.5 2L7.5 6L11.5 10L10 11.5L6 7.5L2 11.5L0.5 10L4.5 6L0.5 2Z' },
  context: { path: 'M6 1.6A4.4 4.4 0 1 1 5.99 1.6Z', hollow: true },
};

/** Readable names of the categories, for the legend and screen readers. */
export const CATEGORY_LABELS: Record<EventCategory, string> = {
  military: 'Military',
  diplomacy: 'Diplomacy',
  politics: 'Politics',
  protest: 'Protest',
  media: 'Media',
  economy: 'Economy',
  violence: 'Violence',
  context: 'Context',
};

const FALLBACK = { path: 'M6 3A3 3 0 1 1 5.99 3Z' };

/** The glyph of a category as an inline SVG, sized by CSS. */
export function glyph(category: EventCategory | undefined): TemplateResult {
  const shape = category ? CATEGORY_SHAPES[category] : FALLBACK;
  const hollow = 'hollow' in shape && shape.hollow === true;
  return html`<svg class="glyph ${hollow ? 'hollow' : ''}" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d=${shape.path}></path></svg>`;
}
