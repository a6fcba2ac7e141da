/**
 * Where a mark's label goes when it is drawn rather than laid out by CSS (build-scene.ts, for the
 * gesture canvas and pictures of the view), as `.label` lays it out: title and date,
 * `LABEL_GAP` apart; the title cut with an ellipsis, never the date; a label left of its
 * glyph ends against it (flex-end). Pure.
 */
import { labelBefore, type MarkLayout } from '../layout/pack.js';
import { LABEL_GAP } from './geometry.js';

/** Room for the title in `m`'s label beside a date `dateWidth` wide (on its own line when `stacked`). */
export function titleRoom(m: MarkLayout, dateWidth: number, stacked: boolean): number {
  return Math.max(0, stacked ? m.labelWidth : m.labelWidth - LABEL_GAP - dateWidth);
}

/** Where the title, cut to `titleWidth`, and the date go (the glyph stands outside the label, at `m.glyphX`). */
export function placeLabel(m: MarkLayout, titleWidth: number, dateWidth: number, stacked: boolean): { titleX: number; dateX: number } {
  if (labelBefore(m)) {
    // Ending against its glyph.
    const end = m.labelX + m.labelWidth;
    const titleX = end - titleWidth - (stacked ? 0 : LABEL_GAP + dateWidth);
    return { titleX, dateX: stacked ? end - dateWidth : titleX + titleWidth + LABEL_GAP };
  }
  return { titleX: m.labelX, dateX: stacked ? m.labelX : m.labelX + titleWidth + LABEL_GAP };
}
