/**
 * The window a view opens on, before the reader has moved it. Pure: of the element's
 * properties and the view's inputs.
 */
import { attributeInstant } from '../dataset/dates.js';
import type { TimeWindow } from '../layout/scale.js';
import type { ViewHost, ViewOptions } from './view-inputs.js';

/**
 * `start` and `end` when they make a window; else the built-in story's opening window (where
 * it crowds, dataset/about.ts), unless an event selected from the start lies outside it ("Show
 * all" reaches back to its context); else `fit`, the whole data.
 */
export function openingWindow(fit: TimeWindow, host: Pick<ViewHost, 'start' | 'end' | 'selected'>, options: Pick<ViewOptions, 'opening' | 'prepared'>): TimeWindow {
  const s = attributeInstant(host.start, 0);
  const e = attributeInstant(host.end, 1);
  if (Number.isFinite(s) && Number.isFinite(e) && e > s) return { start: s, end: e };
  const opening = options.opening();
  if (opening) {
    const window = { start: attributeInstant(opening.start, 0), end: attributeInstant(opening.end, 1) };
    const prepared = options.prepared();
    const order = host.selected ? prepared.orderOf.get(host.selected) : undefined;
    const chosen = order === undefined ? undefined : prepared.events[order];
    if (!chosen || (chosen.end > window.start && chosen.start < window.end)) return window;
  }
  return fit;
}
