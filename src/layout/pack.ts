/**
 * Row packing and clustering: which visible events get a row and a label, and which gather
 * into cluster pills over their time. Pure, and bounded by what is on screen.
 */
import { bisectLeft } from 'd3-array';
import { Crowds, Strip, type ClusterLayout } from './cluster-pills.js';
import { featuredIn } from './featured.js';
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
  /**
   * Whether a column holding more events than there are rows labels as many as there are rows
   * (default true); a gesture's steps count them all instead, as each label costs a measure
   * and a draw at every step, and the rest labels them.
   */
  readonly labelCrowded?: boolean;
}

/** Where one labelled event goes. */
export interface MarkLayout {
  readonly item: PreparedEvent;
  /**
   * Its row, from 0 at the top; -1 is the cluster strip above the rows, where an event alone
   * in its column but with no room in any row is drawn (without a label).
   */
  readonly row: number;
  /** Left and right of the mark: a point's glyph, or a band or bar. */
  readonly x0: number;
  readonly x1: number;
  /**
   * Left of the glyph's box (`markSize` wide): a point's is its mark (`x0`); a band's is
   * centred on its start (at the view's left edge for a band begun before the view), beside
   * its label, never inside it.
   */
  readonly glyphX: number;
  /** True when drawn as a band or bar covering its time, false for a point glyph. */
  readonly band: boolean;
  /**
   * Left edge and width of the label box. A label wholly left of its mark ends against it
   * (`labelX < x0`). A width of 0 is no label: an event that no row had room to name is still
   * drawn on its own, rather than as a cluster of one; its button's name says what it is.
   */
  readonly labelX: number;
  readonly labelWidth: number;
}

/** Whether a mark's label stands left of its glyph (ending against it). */
export function labelBefore(m: MarkLayout): boolean {
  return m.labelX < m.glyphX;
}

export type { ClusterLayout };

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
 * each label grows, up to its whole text and at most `full`, into the room its row leaves:
 * one reading rightwards from its mark up to the next neighbour and the view's right edge,
 * one left of its mark (ending against it) back to the neighbour before and the left edge.
 */
function widenLabels(occupied: Slot[][], marks: MarkLayout[], full: number, width: number, gap: number): void {
  for (const list of occupied) {
    // Slots in a row never overlap, so by left edge they are in order of right edge too.
    list.sort((p, q) => p.left - q.left);
    for (const [k, slot] of list.entries()) {
      if (slot.mark === undefined) continue;
      const m = marks[slot.mark];
      // A mark drawn without a label had no room for its date: it gets none.
      if (!m || m.labelWidth === 0 || slot.natural <= m.labelWidth) continue;
      const before = labelBefore(m);
      const end = m.labelX + m.labelWidth;
      // The room to the neighbour on the label's side, and to the view's edge.
      const next = list[k + 1];
      const previous = list[k - 1];
      const room = before
        ? end - Math.max(previous ? previous.right + gap : 0, 0)
        : Math.min(next ? next.left - gap - m.labelX : Infinity, width - m.labelX);
      const labelWidth = Math.min(slot.natural, full, room);
      // Less than half a pixel is no room at all (and may be rounding).
      if (labelWidth < m.labelWidth + 0.5) continue;
      marks[slot.mark] = { ...m, labelWidth, labelX: before ? end - labelWidth : m.labelX };
      if (before) slot.left = Math.min(slot.left, end - labelWidth);
      else slot.right = Math.max(slot.right, m.labelX + labelWidth);
    }
  }
}

/** How many bins to the left of the view the packing starts from, so rows stay put while panning. */
const BIN_GROUP = 16;

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
  const crowds = new Crowds({ origin, binWidth, width, markSize });

  /**
   * Where an event's mark goes: a point's glyph box, or its band and, where its label goes,
   * its glyph's box (`g`, `markSize` wide) centred on the band's start; undefined out of view.
   * A glyph is drawn whole: within half a glyph of the view's edges it stands against the
   * edge (a band begun before the view, deep time's last events at today's edge).
   */
  const markBox = (item: PreparedEvent) => {
    const a = x(item.start);
    const b = x(item.end);
    const band = item.end - item.start > DAY_MS || b - a >= markSize;
    // Only what is in view is labelled or counted: a band reaching into it, a point whose
    // instant is in it. A label whose mark is out of view names nothing the reader can see.
    if (band ? b <= 0 || a >= width : (a + b) / 2 < 0 || (a + b) / 2 > width) return undefined;
    const whole = (left: number) => Math.max(0, Math.min(width - markSize, left));
    const x0 = band ? a : whole((a + b) / 2 - markSize / 2);
    return { band, x0, x1: band ? Math.max(b, a + 2) : x0 + markSize, g: band ? whole(a - markSize / 2) : x0 };
  };
  /** The narrowest `item`'s label may be cut to (its date whole), and its whole width. */
  const labelBounds = (item: PreparedEvent, band: boolean) => {
    const natural = Math.max(markSize, labelWidth(item, band));
    return { natural, least: Math.min(natural, Math.max(markSize, options.minLabelWidth?.(item, band) ?? markSize)) };
  };

  const place = (item: PreparedEvent) => {
    const box = markBox(item);
    if (!box) return;
    const { band, x0, x1, g } = box;
    // Counted where it is seen: a band at the start of its part in view, a point at its instant.
    const count = () => {
      crowds.add(crowds.binOf(band ? Math.max(0, x0) : (x0 + x1) / 2), 1, item.start, item.end, item.order, item);
    };
    // A label only adds to its mark's room: where no row has room for the mark alone, the
    // event is counted without measuring its label (a canvas measurement each, as a zoom
    // brings thousands of events into columns sparse enough to try).
    if (!occupied.some((list) => fits(list, x0, x1))) {
      count();
      return;
    }
    // Cut to `maxLabel` where crowded, but never below what keeps its date whole.
    const { natural, least } = labelBounds(item, band);
    let lw = Math.max(least, Math.min(maxLabel, natural));
    // A label never runs past the view's edges, and the glyph stays at the event's date whichever
    // side the label goes: after its glyph where it fits, else on the side with more room, cut;
    // a label left of its glyph ends against it.
    const from = g + markSize + 2;
    const after = width - from;
    const before = g - 2;
    let labelX: number;
    if (lw <= after || after >= before) {
      labelX = from;
      lw = Math.min(lw, after);
    } else {
      lw = Math.min(lw, before);
      labelX = g - 2 - lw;
    }
    const left = Math.min(x0, g, labelX);
    const right = Math.max(x1, g + markSize, labelX + lw);
    for (let r = 0; r < occupied.length; r++) {
      const list = occupied[r] as Slot[];
      if (fits(list, left, right)) {
        list.push({ left, right, natural, mark: marks.length });
        marks.push({ item, row: r, x0, x1, glyphX: g, band, labelX, labelWidth: lw });
        return;
      }
    }
    count();
  };

  /**
   * An event alone in its column that no row had room for with its label: drawn on its own
   * all the same (a cluster of one would hide it behind a count), in the row that leaves its
   * label the most room, the label cut to that room or, where even its date would be cut,
   * left out; where no row has room for the mark, in the cluster strip above the rows.
   */
  const placeLone = (item: PreparedEvent) => {
    const box = markBox(item);
    if (!box) return;
    const { band, x0, x1, g } = box;
    const markLeft = Math.min(x0, g);
    const markRight = Math.max(x1, g + markSize);
    const { natural, least } = labelBounds(item, band);
    const from = g + markSize + 2;
    let best: { row: number; labelX: number; labelWidth: number } | undefined;
    for (const [row, list] of occupied.entries()) {
      if (!fits(list, markLeft, markRight)) continue;
      // The room between the mark and its neighbours in this row (or the view's edges).
      let next = width;
      let previous = 0;
      for (const o of list) {
        if (o.left >= markRight) next = Math.min(next, o.left - gap);
        if (o.right <= markLeft) previous = Math.max(previous, o.right + gap);
      }
      const after = Math.min(natural, maxLabel, next - from);
      const before = Math.min(natural, maxLabel, g - 2 - previous);
      const labelWidth = Math.max(after, before);
      // A label of no width sits on its glyph.
      const option = labelWidth < least
        ? { row, labelX: g, labelWidth: 0 }
        : { row, labelX: after >= before ? from : g - 2 - before, labelWidth };
      if (!best || option.labelWidth > best.labelWidth) best = option;
    }
    if (best) {
      const left = Math.min(markLeft, best.labelX);
      occupied[best.row]?.push({ left, right: Math.max(markRight, best.labelX + best.labelWidth), natural, mark: marks.length });
    } else if (strip.counted(item, x0, x1, marks.length)) {
      // No row has room: in the cluster strip, unless a pill is there to count it.
      return;
    }
    marks.push({ item, x0, x1, glyphX: g, band, ...(best ?? { row: -1, labelX: g, labelWidth: 0 }) });
  };

  // Candidates: long events that reach into the window; short events that began just
  // before it and still cover part of it (zoomed in below a day); and the short events of
  // every column with few enough to pack.
  const tLeft = t(leftPx);
  const tRight = t(width + binWidth);
  // The pinned events first, then the featured ones in view, most important first: each
  // gets the first row with room before time order fills the rest.
  const pinned = new Set(options.pinned ?? []);
  for (const p of featuredIn(timeline, tLeft, tRight)) pinned.add(p);
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
    // More than there are rows: as many as there are rows, spread over the column's time, are
    // packed like the others (rows before clusters); the rest are counted, not packed, and only
    // those in view: the ones that start in it, and those that began before it and still reach
    // into it (zoomed in below a day).
    if (origin + bin * binWidth >= width) continue;
    const inside = Math.max(from, inViewFrom);
    const stop = Math.min(to, inViewTo);
    let count = Math.max(0, stop - inside);
    const sampled = new Set<PreparedEvent>();
    for (let j = 0; options.labelCrowded !== false && j < rows && stop > inside; j++) {
      const p = timeline.short[inside + Math.floor(((j + 0.5) * (stop - inside)) / rows)];
      if (!p || !notPinned(p) || sampled.has(p)) continue;
      sampled.add(p);
      short.push(p);
      count--;
    }
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
    // Down to one by the pinned ones: that one is named, so as not to be a cluster of one.
    let one: PreparedEvent | undefined;
    for (let k = Math.max(from, dayBefore); count === 1 && !one && k < stop; k++) {
      const p = timeline.short[k];
      if (p && !pinned.has(p) && !sampled.has(p) && p.end > viewStart) one = p;
    }
    if (count > 0) crowds.add(bin, count, start, end, first, one);
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

  const { clusters, lone } = crowds.pills(x);
  const strip = new Strip(clusters, width, gap);
  // Never a cluster of one: its event is drawn, if need be without a label.
  for (const item of lone) placeLone(item);
  if (fullLabel > maxLabel) widenLabels(occupied, marks, fullLabel, width, gap);
  const gone = strip.gone();
  // In time order, however placed: a button the DOM moves loses the focus (a selected event is placed first).
  return { marks: (gone.size > 0 ? marks.filter((_, i) => !gone.has(i)) : marks).sort((a, b) => a.item.order - b.item.order), clusters };
}
