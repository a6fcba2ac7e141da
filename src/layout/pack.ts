/**
 * Row packing and clustering: which visible events get a row and a label, and which gather
 * into cluster pills over their time. Pure, and bounded by what is on screen.
 */
import { bisectLeft } from 'd3-array';
import { DAY_MS } from './scale.js';
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

/** Sizes that layout works in, in CSS pixels. */
export interface PackOptions {
  /** Width of the plot. */
  readonly width: number;
  /** How many rows of labels fit. */
  readonly rows: number;
  /**
   * Width of an event's whole label, before it is capped at `maxLabelWidth`. `band` tells
   * whether it is drawn over a band (its glyph then goes in the label) or beside a point.
   */
  readonly labelWidth: (item: PreparedEvent, band: boolean) => number;
  /**
   * The narrowest an event's label may be cut to: what its date needs whole, since a cut
   * date reads as another date (default `markSize`). Only the title gives way.
   */
  readonly minLabelWidth?: (item: PreparedEvent, band: boolean) => number;
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
  /**
   * The instants its events cover: it is drawn over them (as far as they are in view), and
   * activating it zooms to them.
   */
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
      // The room to the next neighbour and to the view's edge.
      const room = Math.min(next ? next.left - gap - m.labelX : Infinity, width - m.labelX);
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
  const viewStart = t(0);
  const viewEnd = t(width);
  // Events that could not be labelled, by column. Only columns at least half in view hold
  // clusters; events in the columns cut by the edges are counted in the nearest such one,
  // whose pill then reaches to that edge, so that it stands over its events' time.
  interface Crowd {
    count: number;
    start: number;
    end: number;
    first: number;
    reachLeft: boolean;
    reachRight: boolean;
  }
  const crowded = new Map<number, Crowd>();
  const binOf = (px: number) => Math.floor((px - origin) / binWidth);
  const firstShown = Math.ceil((0 - origin) / binWidth - 0.5);
  const lastShown = Math.max(firstShown, Math.floor((width - origin) / binWidth - 0.5));
  const crowd = (bin: number, count: number, start: number, end: number, first: number) => {
    const b = Math.min(lastShown, Math.max(firstShown, bin));
    const c = crowded.get(b) ?? { count: 0, start, end, first, reachLeft: false, reachRight: false };
    c.count += count;
    c.start = Math.min(c.start, start);
    c.end = Math.max(c.end, end);
    c.first = Math.min(c.first, first);
    c.reachLeft ||= bin < b;
    c.reachRight ||= bin > b;
    crowded.set(b, c);
  };

  const place = (item: PreparedEvent) => {
    const a = x(item.start);
    const b = x(item.end);
    const band = item.end - item.start > DAY_MS || b - a >= markSize;
    // Only what is in view is labelled or counted: a band reaching into it, a point whose
    // instant is in it. A label whose mark is out of view names nothing the reader can see.
    if (band ? b <= 0 || a >= width : (a + b) / 2 < 0 || (a + b) / 2 > width) return;
    const x0 = band ? a : (a + b) / 2 - markSize / 2;
    const x1 = band ? Math.max(b, a + 2) : x0 + markSize;
    // Counted where it is seen: a band at the start of its part in view, a point at its instant.
    const count = () => {
      crowd(binOf(band ? Math.max(0, x0) : (x0 + x1) / 2), 1, item.start, item.end, item.order);
    };
    // A label only adds to its mark's room: where no row has room for the mark alone, the
    // event is counted without measuring its label (a canvas measurement each, as a zoom
    // brings thousands of events into columns sparse enough to try).
    if (!occupied.some((list) => fits(list, x0, x1))) {
      count();
      return;
    }
    const natural = Math.max(markSize, labelWidth(item, band));
    // Cut to `maxLabel` where crowded, but never below what keeps its date whole.
    const least = Math.min(natural, Math.max(markSize, options.minLabelWidth?.(item, band) ?? markSize));
    let lw = Math.max(least, Math.min(maxLabel, natural));
    // A label never runs past the view's edges. A band's label starts over the part of it
    // in view, and near the right edge ends with the band (or the view) instead. A point's
    // label goes on whichever side has room for it, else the side with more room, cut.
    let labelX: number;
    if (band) {
      labelX = Math.max(0, x0);
      if (labelX + lw > width) labelX = Math.max(0, Math.min(width, x1) - lw);
      lw = Math.min(lw, width - labelX);
    } else {
      const after = width - x1 - 2;
      const before = x0 - 2;
      if (lw <= after || after >= before) {
        labelX = x1 + 2;
        lw = Math.min(lw, after);
      } else {
        lw = Math.min(lw, before);
        labelX = x0 - 2 - lw;
      }
    }
    const left = Math.min(x0, labelX);
    const right = Math.max(x1, labelX + lw);
    for (let r = 0; r < occupied.length; r++) {
      const list = occupied[r] as Slot[];
      if (fits(list, left, right)) {
        list.push({ left, right, natural, mark: marks.length });
        marks.push({ item, row: r, x0, x1, band, labelX, labelWidth: lw });
        return;
      }
    }
    count();
  };

  // Candidates: long events that reach into the window; short events that began just
  // before it and still cover part of it (zoomed in below a day); and the short events of
  // every column with few enough to pack.
  const tLeft = t(leftPx);
  const tRight = t(width + binWidth);
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
  // The first short event that could still reach into the view from before it, the first
  // that starts in it, and the first that starts after it.
  const dayBefore = bisectLeft(starts, viewStart - DAY_MS);
  const inViewFrom = bisectLeft(starts, viewStart);
  const inViewTo = bisectLeft(starts, viewEnd);
  for (let bin = startBin; bin <= endBin; bin++) {
    const binStart = t(origin + bin * binWidth);
    const binEnd = t(origin + (bin + 1) * binWidth);
    const from = bisectLeft(starts, binStart);
    const to = bisectLeft(starts, binEnd);
    if (to - from <= rows) {
      for (let k = from; k < to; k++) {
        const p = timeline.short[k];
        if (p && notPinned(p)) short.push(p);
      }
      continue;
    }
    // Too many to label: counted, not packed, and only those in view: the ones that start
    // in it, and those that began before it and still reach into it (zoomed in below a day).
    if (origin + bin * binWidth >= width) continue;
    const inside = Math.max(from, inViewFrom);
    const stop = Math.min(to, inViewTo);
    let count = Math.max(0, stop - inside);
    let start = Infinity;
    let end = -Infinity;
    let first = Infinity;
    for (let k = Math.max(from, dayBefore); k < Math.min(to, inViewFrom); k++) {
      const p = timeline.short[k];
      if (!p || p.end <= viewStart) continue;
      count++;
      start = Math.min(start, p.start);
      end = Math.max(end, p.end);
      first = Math.min(first, p.order);
    }
    const a = timeline.short[inside];
    const z = timeline.short[stop - 1];
    if (a && z && stop > inside) {
      start = Math.min(start, a.start);
      end = Math.max(end, z.end);
      first = Math.min(first, a.order);
    }
    // Pinned events were placed (or counted) on their own.
    const lo = Math.max(binStart, viewStart - DAY_MS);
    const hi = Math.min(binEnd, viewEnd);
    for (const p of pinned) if (p.end - p.start <= DAY_MS && p.start >= lo && p.start < hi && p.end > viewStart) count--;
    if (count > 0) crowd(bin, count, start, end, first);
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
  let open: (Crowd & { x0: number; x1: number; bin: number }) | undefined;
  const close = () => {
    if (open) {
      // Over its events' time, not its columns' (a column is weeks or months wide): the
      // columns bound it, the events' extent narrows it. Clamped to the view, and never
      // narrower than a 24px touch target, centred on its events.
      let a = open.reachLeft ? 0 : Math.max(open.x0, x(open.start) - markSize / 2);
      let b = open.reachRight ? width : Math.min(open.x1, x(open.end) + markSize / 2);
      if (b - a < 24) {
        const mid = (a + b) / 2;
        a = mid - 12;
        b = mid + 12;
      }
      // Widened, it may reach back over the pill of the column before: it starts where that ends.
      const after = clusters.at(-1)?.x1 ?? 0;
      a = Math.max(a, after);
      b = Math.max(b, a + 24);
      const x0 = Math.max(after, Math.min(a, width - 24));
      const x1 = Math.min(width, Math.max(b, x0 + 24));
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
        reachRight: c.reachRight,
      };
    } else {
      close();
      open = { ...c, x0, x1, bin };
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
