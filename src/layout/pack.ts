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
  /** The widest a label is cut to where its row is crowded (default 280). */
  readonly maxLabelWidth?: number;
  /**
   * The widest a label grows to where its row has room (default: `maxLabelWidth`). Rows are
   * packed with labels cut to `maxLabelWidth`; then labels grow into the room left.
   */
  readonly fullLabelWidth?: number;
  /** Size of a point mark. */
  readonly markSize?: number;
  /** Empty space kept between neighbours in a row. */
  readonly gap?: number;
  /** Width of the columns that events are counted in to decide where to cluster. */
  readonly binWidth?: number;
  /**
   * Events always labelled when in view, however crowded (the selected and the focused
   * one), so that a reader never loses the event they are on inside a cluster.
   */
  readonly pinned?: readonly PreparedEvent[];
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

/** A span of a row given to one event; `mark` is its index in the marks drawn, if drawn. */
interface Slot {
  left: number;
  right: number;
  /** Its label's width uncut. */
  natural: number;
  mark?: number;
}

/**
 * Labels are packed cut to `maxLabelWidth`, so that as many events as can be get one. Then
 * each label that reads rightwards from its mark grows, up to its whole text and at most
 * `full`, into the room its row leaves before the next neighbour and the view's right edge.
 */
function widenLabels(occupied: Slot[][], marks: MarkLayout[], full: number, width: number, gap: number): void {
  for (const list of occupied) {
    // Slots in a row never overlap, so by left edge they are in order of right edge too.
    list.sort((p, q) => p.left - q.left);
    for (const [k, slot] of list.entries()) {
      if (slot.mark === undefined) continue;
      const m = marks[slot.mark];
      if (!m || m.labelX < m.x0 || slot.natural <= m.labelWidth) continue;
      const next = list[k + 1];
      // The room to the next neighbour and to the view's edge (never less than it has).
      const room = Math.min(next ? next.left - gap - m.labelX : Infinity, Math.max(width - m.labelX, m.labelWidth));
      const labelWidth = Math.min(slot.natural, full, room);
      // Less than half a pixel is no room at all (and may be rounding).
      if (labelWidth < m.labelWidth + 0.5) continue;
      marks[slot.mark] = { ...m, labelWidth };
      slot.right = Math.max(m.x1, m.labelX + labelWidth);
    }
  }
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
  const fullLabel = Math.max(maxLabel, options.fullLabelWidth ?? maxLabel);
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

  // Each row keeps the spans it has given out.
  const occupied: Slot[][] = Array.from({ length: Math.max(0, rows) }, () => []);
  const fits = (list: Slot[], left: number, right: number) => {
    for (const o of list) if (o.left < right + gap && left < o.right + gap) return false;
    return true;
  };
  const marks: MarkLayout[] = [];
  // Events that could not be labelled, by column. Only columns at least half in view hold
  // clusters; events in the columns cut by the edges are counted in the nearest such one.
  const crowded = new Map<number, { count: number; start: number; end: number; first: number }>();
  const binOf = (px: number) => Math.floor((px - origin) / binWidth);
  const firstShown = Math.ceil((0 - origin) / binWidth - 0.5);
  const lastShown = Math.max(firstShown, Math.floor((width - origin) / binWidth - 0.5));
  const crowd = (bin: number, count: number, start: number, end: number, first: number) => {
    const b = Math.min(lastShown, Math.max(firstShown, bin));
    const c = crowded.get(b);
    if (c) {
      c.count += count;
      c.start = Math.min(c.start, start);
      c.end = Math.max(c.end, end);
      c.first = Math.min(c.first, first);
    } else crowded.set(b, { count, start, end, first });
  };

  const place = (item: PreparedEvent) => {
    const a = x(item.start);
    const b = x(item.end);
    const band = item.end - item.start > DAY_MS || b - a >= markSize;
    const x0 = band ? a : (a + b) / 2 - markSize / 2;
    const x1 = band ? Math.max(b, a + 2) : x0 + markSize;
    const natural = Math.max(markSize, labelWidth(item));
    const lw = Math.min(maxLabel, natural);
    // A bar that began off to the left keeps its label in view. Near the right edge a label
    // goes on the left rather than off the edge: a point's ends just before it, a bar's ends
    // with the bar (or with the view, for a bar running past it).
    let labelX = band ? Math.max(x0, Math.min(0, x1 - markSize)) : x1 + 2;
    if (!band && labelX + lw > width && x0 - 2 - lw >= 0) labelX = x0 - 2 - lw;
    else if (band && labelX + lw > width && x0 < width) labelX = Math.max(Math.min(0, x0), Math.min(width, x1) - lw);
    const left = Math.min(x0, labelX);
    const right = Math.max(x1, labelX + lw);
    for (let r = 0; r < occupied.length; r++) {
      const list = occupied[r] as Slot[];
      if (fits(list, left, right)) {
        const drawn = right > -gap && left < width + gap;
        list.push({ left, right, natural, ...(drawn && { mark: marks.length }) });
        if (drawn) marks.push({ item, row: r, x0, x1, band, labelX, labelWidth: lw });
        return;
      }
    }
    if (x1 < 0 || x0 > width) return;
    crowd(binOf(band ? Math.max(0, labelX) : (x0 + x1) / 2), 1, item.start, item.end, item.order);
  };

  // Candidates: long events that reach into the window; short events that began just
  // before it and still cover part of it (zoomed in below a day); and the short events of
  // every column with few enough to pack.
  const tLeft = t(leftPx);
  const tRight = t(width + binWidth);
  const viewStart = t(0);
  const pinned = new Set(options.pinned ?? []);
  for (const p of pinned) place(p);
  const notPinned = (p: PreparedEvent) => !pinned.has(p);
  const long = timeline.long.filter((p) => p.end >= tLeft && p.start <= tRight && notPinned(p));
  const starts = timeline.shortStarts;
  const short: PreparedEvent[] = [];
  const lead = bisectLeft(starts, Math.min(tLeft, viewStart - DAY_MS));
  for (let i = lead, stop = bisectLeft(starts, tLeft); i < stop; i++) {
    const p = timeline.short[i];
    if (p && p.end > viewStart && notPinned(p)) short.push(p);
  }
  // The first short event that could still reach into the view from a column left of it.
  const dayBefore = bisectLeft(starts, viewStart - DAY_MS);
  for (let bin = startBin; bin <= endBin; bin++) {
    const from = bisectLeft(starts, t(origin + bin * binWidth));
    const to = bisectLeft(starts, t(origin + (bin + 1) * binWidth));
    if (to - from <= rows) {
      for (let k = from; k < to; k++) {
        const p = timeline.short[k];
        if (p && notPinned(p)) short.push(p);
      }
      continue;
    }
    // Too many to label: counted, not packed, and only if the column is in view.
    const x0 = origin + bin * binWidth;
    if (x0 >= width) continue;
    if (x0 + binWidth <= 0) {
      // A column left of the view: only its events that still reach into it count (zoomed
      // in below a day, a day's event that began before the view covers part of it).
      let count = 0;
      let first: PreparedEvent | undefined;
      let end = -Infinity;
      for (let k = Math.max(from, dayBefore); k < to; k++) {
        const p = timeline.short[k];
        if (!p || p.end <= viewStart || !notPinned(p)) continue;
        count++;
        first ??= p;
        end = Math.max(end, p.end);
      }
      if (first) crowd(bin, count, first.start, end, first.order);
      continue;
    }
    const a = timeline.short[from];
    const z = timeline.short[to - 1];
    let count = to - from;
    for (const p of pinned) if (p.end - p.start <= DAY_MS && p.start >= (a?.start ?? 0) && p.start <= (z?.start ?? 0)) count--;
    if (a && z && count > 0) crowd(bin, count, a.start, z.end, a.order);
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
  if (fullLabel > maxLabel) widenLabels(occupied, marks, fullLabel, width, gap);

  // One cluster per run of adjacent crowded columns, a few columns wide at most, and
  // always inside the view.
  const clusters: ClusterLayout[] = [];
  let open: (ClusterLayout & { bin: number }) | undefined;
  const close = () => {
    if (open) {
      // Clamped to the view, and never narrower than a 24px touch target.
      const x0 = Math.max(0, Math.min(open.x0, width - 24));
      const x1 = Math.min(width, Math.max(open.x1, x0 + 24));
      clusters.push({ x0, x1, count: open.count, start: open.start, end: open.end, first: open.first });
    }
    open = undefined;
  };
  for (const bin of [...crowded.keys()].sort((p, q) => p - q)) {
    const c = crowded.get(bin);
    if (!c) continue;
    const x0 = origin + bin * binWidth + 2;
    const x1 = origin + (bin + 1) * binWidth - 2;
    if (open?.bin === bin - 1 && open.x1 - open.x0 < MAX_CLUSTER_BINS * binWidth - 4) {
      open = {
        ...open,
        x1,
        bin,
        count: open.count + c.count,
        start: Math.min(open.start, c.start),
        end: Math.max(open.end, c.end),
        first: Math.min(open.first, c.first),
      };
    } else {
      close();
      open = { x0, x1, bin, ...c };
    }
  }
  close();
  return { marks, clusters };
}

/**
 * How wide labels may be on a plot `width` pixels wide: a whole title where its row has
 * room (at most 520px, or nearly the plot's width on a phone), else cut to 280px, less on
 * narrow screens so that labels stay near their marks.
 */
export function labelLimits(width: number): Required<Pick<PackOptions, 'maxLabelWidth' | 'fullLabelWidth'>> {
  const maxLabelWidth = Math.min(280, Math.max(120, width * 0.5));
  return { maxLabelWidth, fullLabelWidth: Math.max(maxLabelWidth, Math.min(520, width * 0.9)) };
}
