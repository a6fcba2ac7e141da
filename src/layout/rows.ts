/**
 * Vertical geometry of the plot: the cluster lane at the top, rows of labels, the axis at the
 * foot. Pure: heights in, rows and y positions out, so that lanes can stack rows of their own.
 */
import { STACKED_ROW_EXTRA } from './label-room.js';
import type { PackResult } from './pack.js';

/** Room above the rows for the cluster pills, in pixels. */
export const CLUSTER_LANE = 34;
/** Height of the time axis at the foot of the plot, in pixels. */
export const AXIS_HEIGHT = 30;
/** The line an era's title takes above the axis, and the room under the lowest. */
export const ERA_LINE = 15;
export const ERA_PAD = 4;

/** The strip above the axis that eras' titles take, for eras whose titles need `lines` lines (0: none). */
export function eraStrip(lines: number): number {
  return lines > 0 ? lines * ERA_LINE + ERA_PAD : 0;
}

/** The least a row is: a measured row height below it is ignored. */
const LEAST_ROW = 12;

/** How the plot's height is shared out. */
export interface RowGeometry {
  /** How many rows of labels fit. */
  readonly rows: number;
  /** Distance from one row's top to the next's. */
  readonly pitch: number;
  /** Top of the first row. */
  readonly top: number;
}

/**
 * The rows that fit in a plot `height` pixels tall, for rows `rowHeight` tall (as CSS resolves
 * `--sahel-timeline-row-height`), taller where the date has a line of its own (`stacked`).
 */
export function rowGeometry(height: number, rowHeight: number, stacked: boolean): RowGeometry {
  const row = Number.isFinite(rowHeight) && rowHeight > LEAST_ROW ? rowHeight : 34;
  const pitch = row + (stacked ? STACKED_ROW_EXTRA : 0);
  return { rows: Math.max(1, Math.floor((height - CLUSTER_LANE - AXIS_HEIGHT - 4) / pitch)), pitch, top: CLUSTER_LANE };
}

/**
 * The fewest rows the plot shrinks to: a window with one event in view keeps a plot that reads
 * as a timeline, and zooming about does not resize it for every event.
 */
export const LEAST_ROWS = 3;

/** The rows a packing uses, down to its lowest labelled row; -1 when nothing of it is in view (no mark, no pill). */
export function rowsUsed(p: PackResult): number {
  if (p.marks.length === 0 && p.clusters.length === 0) return -1;
  return p.marks.reduce((most, m) => Math.max(most, m.row + 1), 0);
}

/**
 * The plot's height when it fits what it shows (no height set by the page): its cluster strip,
 * the rows it uses (`used`, as {@link rowsUsed} counts them) but at least {@link LEAST_ROWS}, the
 * eras' strip and the axis; with lanes, their stack (`stack` tall) as far as `room` allows.
 */
export function fitHeight(rows: RowGeometry, used: number, strip: number, stack?: { height: number; room: number }): number {
  const least = rows.top + LEAST_ROWS * rows.pitch + 4;
  const body = stack ? Math.min(Math.max(stack.height, least), stack.room) : rows.top + Math.max(LEAST_ROWS, used) * rows.pitch + 4;
  return Math.ceil(body + strip + AXIS_HEIGHT);
}

/** The y of a row's top; row -1 is the cluster strip above the rows (see `MarkLayout.row`). */
export function rowY(g: RowGeometry, row: number): number {
  return row < 0 ? 0 : g.top + row * g.pitch;
}
