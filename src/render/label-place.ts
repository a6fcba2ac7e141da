/**
 * Where a mark's label goes when it is drawn rather than laid out by CSS (build-scene.ts, for the
 * gesture canvas and pictures of the view), as `.label` lays it out: [glyph] title date,
 * `LABEL_GAP` apart; the title cut with an ellipsis, never the date; a label left of its
 * mark ends against it (flex-end). Pure.
 */
import { labelBefore, type MarkLayout } from '../layout/pack.js';
import { GLYPH_SIZE, LABEL_GAP } from './geometry.js';

/** Room for the title in `m`'s label beside a date `dateWidth` wide (on its own line when `stacked`). */
export function titleRoom(m: MarkLayout, dateWidth: number, stacked: boolean): number {
  const glyphRoom = m.band ? GLYPH_SIZE + LABEL_GAP : 0;
  return Math.max(0, stacked ? m.labelWidth - glyphRoom : m.labelWidth - glyphRoom - LABEL_GAP - dateWidth);
}

/** Where the glyph (a band's label has one), the title cut to `titleWidth` and the date go. */
export function placeLabel(
  m: MarkLayout,
  titleWidth: number,
  dateWidth: number,
  stacked: boolean,
): { glyphX: number | undefined; titleX: number; dateX: number } {
  const glyphRoom = m.band ? GLYPH_SIZE + LABEL_GAP : 0;
  const end = m.labelX + m.labelWidth;
  if (labelBefore(m)) {
    // Ending against its mark, a band's glyph last, beside the band's start.
    const titleX = end - glyphRoom - titleWidth - (stacked ? 0 : LABEL_GAP + dateWidth);
    return {
      glyphX: m.band ? end - GLYPH_SIZE : undefined,
      titleX,
      dateX: stacked ? end - dateWidth : titleX + titleWidth + LABEL_GAP,
    };
  }
  const titleX = m.labelX + glyphRoom;
  return { glyphX: m.band ? m.labelX : undefined, titleX, dateX: stacked ? m.labelX : titleX + titleWidth + LABEL_GAP };
}
