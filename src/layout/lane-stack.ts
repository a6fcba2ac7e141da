/**
 * The stack of lanes laid out: where each lane goes (a header, then its rows or its density
 * strip), how many rows each gets, and what the lanes in view show, packed as the plot is
 * (pack.ts). Pure; in the lanes chunk, with lanes.ts.
 */
import type { EventSource, ShownRequest } from './event-source.js';
import { DENSITY_PX, LANE_HEADER, LANE_STRIP, laneDensity } from './lanes.js';
import { indexInLane } from './lane-order.js';
import { packVisible, type PackOptions, type PackResult, type ViewScale } from './pack.js';
import type { PreparedEvent, PreparedTimeline } from './prepare.js';
import { rowsUsed, type RowGeometry } from './rows.js';
import type { TimeWindow } from './scale.js';

/** Where a lane goes in the stack of lanes (pixels from the top of the first). */
export interface LaneBox {
  readonly top: number;
  /** Top of its body: its cluster strip, then its rows (or its density strip when collapsed). */
  readonly bodyTop: number;
  readonly bottom: number;
}

/**
 * The rows each lane gets where there are too many lanes to fit each to what it shows
 * ({@link FITTED_LANES}), the same for every lane: as many as let every lane fit in `height`
 * pixels (the plot above its axis), from 2 (one under the other still tells neighbours apart)
 * to `most` (the plot's rows).
 */
export function rowsPerLane(height: number, lanes: number, pitch: number, clusterStrip: number, most: number): number {
  const each = height / Math.max(1, lanes) - LANE_HEADER - clusterStrip - 4;
  return Math.max(2, Math.min(most, Math.floor(each / pitch)));
}

/**
 * Up to this many lanes, each is as tall as what it shows in the window needs (every lane is
 * then packed at each step to know it); beyond, each gets the same rows and only the lanes in
 * view are packed, so a step costs the same with 30 lanes or 300.
 */
export const FITTED_LANES = 24;

/** The stack of lanes: a header each, then its body (rows, or a density strip when collapsed), `body(i)` tall. */
export function stackLanes(count: number, body: (lane: number) => number): { boxes: LaneBox[]; height: number } {
  const boxes: LaneBox[] = [];
  let y = 0;
  for (let i = 0; i < count; i++) {
    const bodyTop = y + LANE_HEADER;
    const bottom = bodyTop + body(i);
    boxes.push({ top: y, bodyTop, bottom });
    y = bottom;
  }
  return { boxes, height: y };
}

/**
 * Rows shared out among lanes that need `need` each (-1: none, the lane is its header alone)
 * when `room` rows are all the stack has: each lane gets what it needs up to a common cap, the
 * largest that fits (at least one row), so that a crowded lane does not push the others out
 * of view; the rows the cap leaves over go a row each to the lanes that need more, from the
 * top, so that a plot of fixed height is filled. Where one row each does not fit either, the
 * stack scrolls anyway: two rows each (one under the other still tells neighbours apart, and a
 * lane's long bar leaves a row for its events), or the rows a lane's key events are labelled
 * in (`keep`), as far as it needs them. @internal
 */
export function shareRows(need: readonly number[], room: number, keep: readonly number[] = []): number[] {
  const total = (cap: number) => need.reduce((sum, n) => sum + Math.max(0, Math.min(n, cap)), 0);
  let cap = Math.max(0, ...need);
  while (cap > 1 && total(cap) > room) cap--;
  if (total(cap) > room) return need.map((n, i) => (n < 0 ? n : Math.min(n, Math.max(2, keep[i] ?? 0))));
  const rows = need.map((n) => (n < 0 ? n : Math.min(n, cap)));
  let left = room - total(cap);
  for (let i = 0; i < rows.length && left > 0; i++) {
    if ((need[i] ?? 0) > (rows[i] ?? 0)) {
      rows[i] = (rows[i] ?? 0) + 1;
      left--;
    }
  }
  return rows;
}

/**
 * The rows a packing labels its most important events in (those of the highest `importance`
 * above 0 among its marks): one more than the lowest of their rows; 0 when it has none.
 */
export function keyRows(packed: PackResult | undefined): number {
  let top = 0;
  let rows = 0;
  for (const m of packed?.marks ?? []) {
    const importance = m.item.event.importance ?? 0;
    if (importance <= 0 || importance < top || m.row < 0 || m.labelWidth <= 0) continue;
    if (importance > top) rows = 0;
    top = importance;
    rows = Math.max(rows, m.row + 1);
  }
  return rows;
}

/** The lanes (by index) that a viewport from `top` to `bottom` of the stack shows, with `margin` pixels to spare. */
export function lanesInView(boxes: readonly LaneBox[], top: number, bottom: number, margin = 0): number[] {
  const out: number[] = [];
  for (const [i, b] of boxes.entries()) if (b.bottom > top - margin && b.top < bottom + margin) out.push(i);
  return out;
}

/** The lanes laid out: where each goes, and what those in view show. */
export interface LanesLayout {
  /** The rows of a lane, from the top of its body: their pitch, and the most a lane has. */
  readonly rows: RowGeometry;
  /**
   * The rows each lane has (under its cluster strip); -1 for a lane with nothing in the
   * window, which shrinks to its header, and for a collapsed lane.
   */
  readonly laneRows: readonly number[];
  readonly boxes: readonly LaneBox[];
  /** Height of the whole stack, and of the part of it in view (the plot above its axis). */
  readonly height: number;
  readonly viewport: number;
  /** How far the stack is scrolled (within its limits). */
  readonly scrollTop: number;
  /** The expanded lanes in view (by index) and their marks and clusters. */
  readonly packed: ReadonlyMap<number, PackResult>;
  /** The collapsed lanes in view and how many events start in each few pixels. */
  readonly density: ReadonlyMap<number, Uint32Array>;
}

/** What {@link packLanes} lays out in: the view's scale and sizes. */
export interface LanesView {
  readonly x: ViewScale;
  /** The pixel position of a fixed instant (see `packVisible`). */
  readonly origin: number;
  /** Height of the plot above its axis, and the scroll asked for. */
  readonly viewport: number;
  readonly scrollTop: number;
  /** The plot's rows without lanes: their pitch, and the most a lane gets. */
  readonly rows: RowGeometry;
  /** Rows to keep for each lane (a gesture's steps keep the lanes' heights it started with). */
  readonly laneRows?: readonly number[] | undefined;
  /** Height of the strip of cluster pills at the top of a lane's body. */
  readonly clusterStrip: number;
  readonly pack: Omit<PackOptions, 'rows' | 'pinned'>;
  /** Events labelled whenever in view (the selected and the focused one), in their lanes. */
  readonly pinned: readonly PreparedEvent[];
  /**
   * Where a collapsed lane's density strip is read: the events' source, what the filters ask
   * of it, and the window in view (else the lane's events are counted here, {@link laneDensity}).
   */
  readonly read?: { readonly source: EventSource; readonly request: ShownRequest; readonly window: TimeWindow } | undefined;
}

/**
 * Lays out a stack of lanes: each as tall as what it shows in the window needs (up to the
 * plot's rows; a lane with nothing in the window is its header alone), or, past
 * {@link FITTED_LANES} lanes, the same rows each; the stack scrolls when it does not fit.
 * Beyond the lanes sized by packing them, only the lanes in view are packed (or for
 * collapsed lanes, counted).
 */
export function packLanes(
  lanes: readonly { readonly collapsed: boolean; readonly timeline: PreparedTimeline; readonly orders?: readonly number[] }[],
  view: LanesView,
): LanesLayout {
  const { x, viewport, pack, clusterStrip } = view;
  const { pitch, rows: most } = view.rows;
  const rows: RowGeometry = { rows: most, pitch, top: clusterStrip };
  const packed = new Map<number, PackResult>();
  const density = new Map<number, Uint32Array>();
  const packLane = (i: number, lane: (typeof lanes)[number], rowCount: number) => {
    const pinned = view.pinned.filter((p) => indexInLane(lane.timeline, p.order) >= 0);
    const result = packVisible(lane.timeline, x, view.origin, { ...pack, rows: rowCount, pinned });
    packed.set(i, result);
    return result;
  };
  let laneRows: number[];
  if (view.laneRows?.length === lanes.length) {
    laneRows = [...view.laneRows];
  } else if (lanes.length <= FITTED_LANES) {
    const need = lanes.map((lane, i) => (lane.collapsed ? -1 : rowsUsed(packLane(i, lane, most))));
    // What the stack's view leaves for rows, once every lane has its header and strip.
    const fixed = lanes.reduce((sum, lane, i) => sum + LANE_HEADER + (lane.collapsed ? LANE_STRIP : (need[i] ?? -1) < 0 ? 0 : clusterStrip + 4), 0);
    // A stack that scrolls anyway keeps the rows that label each lane's most important events
    // in the window (Wagner's arrival in Mali's lane, on a phone), up to half a view, so that
    // the next lane still shows under it.
    const halfView = Math.floor((viewport / 2 - LANE_HEADER - clusterStrip - 4) / pitch);
    const keep = lanes.map((_, i) => Math.min(halfView, keyRows(packed.get(i))));
    laneRows = shareRows(need, Math.floor((viewport - fixed) / pitch), keep);
    // A lane given fewer rows than it needs is packed again in them.
    for (const [i, rowCount] of laneRows.entries()) {
      const lane = lanes[i];
      if (lane && rowCount >= 0 && rowCount < (need[i] ?? 0)) packLane(i, lane, Math.max(1, rowCount));
    }
  } else {
    const each = rowsPerLane(viewport, lanes.length, pitch, clusterStrip, most);
    laneRows = lanes.map((lane) => (lane.collapsed ? -1 : each));
  }
  const { boxes, height } = stackLanes(lanes.length, (i) =>
    lanes[i]?.collapsed ? LANE_STRIP : (laneRows[i] ?? -1) < 0 ? 0 : clusterStrip + (laneRows[i] ?? 0) * pitch + 4,
  );
  const scrollTop = Math.max(0, Math.min(view.scrollTop, height - viewport));
  for (const i of lanesInView(boxes, scrollTop, scrollTop + viewport)) {
    const lane = lanes[i];
    if (!lane || packed.has(i)) continue;
    if (lane.collapsed) {
      const bins = Math.ceil(pack.width / DENSITY_PX);
      const { read } = view;
      // No events, only how many start in each column: `most` 0.
      const answer = read && lane.orders
        ? read.source.read({ ...read.request, window: read.window, width: pack.width, lanes: [lane.orders], dense: { most: 0, bins } })
        : undefined;
      density.set(i, !answer ? laneDensity(lane.timeline, x, pack.width, bins) : answer.kind === 'bins' ? (answer.bins[0] as Uint32Array) : new Uint32Array(bins));
      continue;
    }
    if ((laneRows[i] ?? -1) >= 0) packLane(i, lane, Math.max(1, laneRows[i] ?? 1));
  }
  return { rows, laneRows, boxes, height, viewport, scrollTop, packed, density };
}

/** Where the stack must scroll to show lane `index` whole (as much of it as fits), or undefined where it already does. */
export function scrollShowing(layout: LanesLayout, index: number): number | undefined {
  const box = layout.boxes[index];
  if (!box) return undefined;
  let top = layout.scrollTop;
  if (box.bottom > top + layout.viewport) top = box.bottom - layout.viewport;
  if (box.top < top) top = box.top;
  return top === layout.scrollTop ? undefined : top;
}
