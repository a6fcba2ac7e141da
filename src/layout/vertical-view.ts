/**
 * What the view needs of the vertical layout in the first load (`orientation="vertical"`):
 * its sizes, how many sides its labels take, and where to move to reveal an event. The
 * packing and its drawing (layout/vertical.ts, render/vertical.ts) are the vertical chunk's.
 * Pure.
 */
import type { PreparedEvent } from './prepare.js';
import type { TimeWindow } from './scale.js';
import type { VerticalResult } from './vertical.js';

/**
 * The vertical plot's sizes, in CSS pixels (render/vertical.ts draws with the same). Time's
 * pixels start at the plot's top, with no margin: d3-zoom reads the pointer from there, and a
 * zoom must stay under the pointer.
 */
export const VERTICAL = {
  /** A label's height: its title and its date, a line each. */
  label: 40,
  /** The narrowest plot whose labels take both sides of the axis. */
  twoSides: 560,
} as const;

/** The plot's length along time, when it is `room` pixels tall. */
export function verticalLength(room: number): number {
  return Math.max(0, Math.floor(room));
}

/**
 * The window that brings event `p` into view down the plot, or undefined when it is in view.
 * The event Tab or a selection is on is pinned, so labelled wherever it is: it need only be in
 * view, centred at the current zoom if it is not.
 */
export function revealDown(laid: VerticalResult, p: PreparedEvent | undefined, current: TimeWindow, length: number): TimeWindow | undefined {
  const shown = p && laid.marks.find((m) => m.item.order === p.order);
  if (!p || (shown && shown.y0 >= 0 && shown.y0 <= length)) return undefined;
  const half = (current.end - current.start) / 2;
  return { start: p.start - half, end: p.start + half };
}

/** How many sides of the axis labels take on a plot `width` pixels wide. */
export function verticalSides(width: number): 1 | 2 {
  return width >= VERTICAL.twoSides ? 2 : 1;
}
