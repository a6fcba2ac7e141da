import { bisectLeft } from 'd3-array';
import { DAY_MS } from './scale.js';
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

/** Sizes that layout works in, in CSS pixels. */
export interface PackOptions {
  /** Width of the plot. */
  readonly width: number;
  /** How many rows of labels fit. */
  readonly rows: number;
  /** Width of an event's label (its glyph and text), before it is capped at `maxLabelWidth`. */
  readonly labelWidth: (item: PreparedEvent) => number;
  readonly maxLabelWidth?: number;
  /** Size of a point mark. */
  readonly markSize?: number;
  /** Empty space kept between neighbours in a row. */
  readonly gap?: number;
  /** Width of the columns that events are counted in to decide where to cluster. */
  readonly binWidth?: number;
}

/** Where one labelled event goes. */
export interface MarkLayout {
  readonly item: PreparedEvent;
  readonly row: number;
  /** Left and right of the mark: a point's glyph, or a band or bar. */
  readonly x0: number;
  readonly x1: number;
  /** True when drawn as a band or bar covering its time, false for a point glyph. */
  readonly band: boolean;
  /** Left edge and width of the label box. */
  readonly labelX: number;
  readonly labelWidth: number;
}

/** A mark standing for events too dense to label at this zoom. */
export interface ClusterLayout {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** The instants its events cover, to zoom to when it is activated. */
  readonly start: number;
  readonly end: number;
  /** Time-order position of the first event it holds. */
  readonly first: number;
}

export interface PackResult {
  readonly marks: MarkLayout[];
  readonly clusters: ClusterLayout[];
}

/** The part of a zoom transform that layout needs: time to pixels, and back. */
export interface ViewScale {
  (time: number): number;
  invert(x: number): Date | number;
}

/** How many bins to the left of the view the packing starts from, so rows stay put while panning. */
const BIN_GROUP = 16;
/** The widest a run of crowded columns merges into one cluster, in columns. */
const MAX_CLUSTER_BINS = 3;

/**
 * Lays out what can be seen: assigns each visible event a row so that no two labels
 * overlap, and gathers events that cannot get a row into cluster marks, one per column.
 * Cost grows with what is on screen, not with the dataset: short events are found by
 * binary search, and columns holding more events than there are rows are counted, not packed.
 *
 * `origin` is the pixel position of a fixed instant (any will do), so that columns move
 * with the data when panning.
 */
export function packVisible(timeline: PreparedTimeline, x: ViewScale, origin: number, options: PackOptions): PackResult {
  const { width, rows, labelWidth } = options;
  const maxLabel = options.maxLabelWidth ?? 280;
  const markSize = options.markSize ?? 14;
  const gap = options.gap ?? 8;
  const binWidth = options.binWidth ?? 48;
  const t = (px: number) => +x.invert(px);

  // Columns are aligned to `origin`; packing starts at a column group boundary left of the
  // view, far enough for a label reaching into view from the left.
  const firstBin = Math.floor((-maxLabel - markSize - origin) / binWidth);
  const startBin = Math.floor(firstBin / BIN_GROUP) * BIN_GROUP;
  const endBin = Math.ceil((width - origin) / binWidth);
  const leftPx = origin + startBin * binWidth;

  // Each row keeps the spans it has given out, sorted by left edge.
  const occupied: { left: number; right: number }[][] = Array.from({ length: Math.max(0, rows) }, () => []);
  const fits = (list: { left: number; right: number }[], left: number, right: number) => {
    for (const o of list) if (o.left < right + gap && left < o.right + gap) return false;
    return true;
  };
  const marks: MarkLayout[] = [];
  const overflow = new Map<number, PreparedEvent[]>();
  const dense = new Map<number, { from: number; to: number }>();
  const binOf = (px: number) => Math.floor((px - origin) / binWidth);

  const place = (item: PreparedEvent) => {
    const a = x(item.start);
    const b = x(item.end);
    const band = item.end - item.start > DAY_MS || b - a >= markSize;
    const x0 = band ? a : (a + b) / 2 - markSize / 2;
    const x1 = band ? Math.max(b, a + 2) : x0 + markSize;
    const lw = Math.min(maxLabel, Math.max(markSize, labelWidth(item)));
    // A bar that began off to the left keeps its label in view; a point near the right edge
    // puts its label on its left rather than lose it off the edge.
    let labelX = band ? Math.max(x0, Math.min(0, x1 - markSize)) : x1 + 2;
    if (!band && labelX + lw > width && x0 - 2 - lw >= 0) labelX = x0 - 2 - lw;
    else if (band && labelX + lw > width && x0 < width) labelX = Math.max(Math.min(0, x0), width - lw);
    const left = Math.min(x0, labelX);
    const right = Math.max(x1, labelX + lw);
    for (let r = 0; r < occupied.length; r++) {
      const list = occupied[r] as { left: number; right: number }[];
      if (fits(list, left, right)) {
        list.push({ left, right });
        if (right > -gap && left < width + gap) marks.push({ item, row: r, x0, x1, band, labelX, labelWidth: lw });
        return;
      }
    }
    if (x1 < 0 || x0 > width) return;
    const bin = binOf(Math.max(0, Math.min(width, band ? labelX : (x0 + x1) / 2)));
    const list = overflow.get(bin);
    if (list) list.push(item);
    else overflow.set(bin, [item]);
  };

  // Candidates: long events that reach into the window, and the short events of every
  // column with few enough to pack.
  const tLeft = t(leftPx);
  const tRight = t(width + binWidth);
  const viewStart = t(0);
  const long = timeline.long.filter((p) => p.end >= tLeft && p.start <= tRight);
  const short: PreparedEvent[] = [];
  const starts = timeline.shortStarts;
  for (let bin = startBin; bin <= endBin; bin++) {
    const from = bisectLeft(starts, t(origin + bin * binWidth));
    const to = bisectLeft(starts, t(origin + (bin + 1) * binWidth));
    if (to - from > rows) dense.set(bin, { from, to });
    else short.push(...timeline.short.slice(from, to));
  }
  // Events that begin in or near the view are packed first, left to right, so what starts
  // here gets the top rows; long bars carried in from the left take the rows that remain.
  const carried = long.filter((p) => p.start < viewStart);
  const starting = long.filter((p) => p.start >= viewStart);
  let i = 0;
  let j = 0;
  while (i < starting.length || j < short.length) {
    const a = starting[i];
    const b = short[j];
    if (a && (!b || a.start <= b.start)) {
      place(a);
      i++;
    } else if (b) {
      place(b);
      j++;
    }
  }
  for (const p of carried) place(p);

  // One cluster per run of adjacent crowded columns.
  const clusters: ClusterLayout[] = [];
  let open: { x0: number; x1: number; count: number; start: number; end: number; first: number; bin: number } | undefined;
  const bins = [...new Set([...dense.keys(), ...overflow.keys()])].sort((p, q) => p - q);
  const close = () => {
    if (open) clusters.push({ x0: open.x0 + 2, x1: open.x1 - 2, count: open.count, start: open.start, end: open.end, first: open.first });
    open = undefined;
  };
  for (const bin of bins) {
    const x0 = origin + bin * binWidth;
    if (x0 + binWidth < 0 || x0 > width) continue;
    let count = 0;
    let start = Infinity;
    let end = -Infinity;
    let first = Infinity;
    const d = dense.get(bin);
    const a = d && timeline.short[d.from];
    const b = d && timeline.short[d.to - 1];
    if (d && a && b) {
      count += d.to - d.from;
      start = a.start;
      end = b.end;
      first = a.order;
    }
    for (const p of overflow.get(bin) ?? []) {
      count++;
      start = Math.min(start, p.start);
      end = Math.max(end, p.end);
      first = Math.min(first, p.order);
    }
    if (open?.bin === bin - 1 && open.x1 - open.x0 < MAX_CLUSTER_BINS * binWidth) {
      open.x1 = x0 + binWidth;
      open.count += count;
      open.start = Math.min(open.start, start);
      open.end = Math.max(open.end, end);
      open.first = Math.min(open.first, first);
      open.bin = bin;
    } else {
      close();
      open = { x0, x1: x0 + binWidth, count, start, end, first, bin };
    }
  }
  close();
  return { marks, clusters };
}
