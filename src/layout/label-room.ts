/**
 * How much room labels get on a plot of a given width: how wide they may be, and whether the
 * date takes a line of its own. Pure; read by packing's callers (the view, reveal) and rows.
 */

/**
 * How wide labels may be on a plot `width` pixels wide: a whole title where its row has
 * room (at most 520px, or nearly the plot's width on a phone), else cut to 280px, less on
 * narrow screens so that labels stay near their marks.
 */
export function labelLimits(width: number): { maxLabelWidth: number; fullLabelWidth: number } {
  const maxLabelWidth = Math.min(280, Math.max(120, width * 0.5));
  return { maxLabelWidth, fullLabelWidth: Math.max(maxLabelWidth, Math.min(520, width * 0.9)) };
}

/**
 * Whether labels on a plot `width` pixels wide put the date on a line of its own: on a
 * phone a title sharing one line with its date keeps a word or two ("Incident repor…"), too
 * little to tell events apart. Stacked, the title gets the label's whole width.
 */
export function stackedLabels(width: number): boolean {
  return width < 560;
}

/** How much taller a row of stacked labels is than one of single-line labels, in pixels. */
export const STACKED_ROW_EXTRA = 14;
