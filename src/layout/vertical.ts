/**
 * The vertical layout's packing (issue #32's `orientation="vertical"`, react-chrono's reading
 * on a phone): time runs down the plot. Each event in the window is a mark on the axis with
 * its label beside it (its title and date, so a label's extent along time is a fixed height,
 * not its text's width as across). Labels take turns either side of the axis where the plot
 * is wide enough, else all go to one side; labels with no room level with their marks are
 * moved apart, up or down, as far as `slack` allows (a leader joins each to its mark), and past
 * that their events gather with their neighbours into a cluster on the axis. Spans are bars along the axis, in tracks beside
 * it. Pure: no DOM; cost grows with the plot's length, not the dataset (crowded cells are
 * counted by binary search, not walked).
 *
 * Drawn by render/vertical.ts for the element's `orientation="vertical"`.
 */
import { bisectLeft } from 'd3-array';
import type { ViewScale } from './pack.js';
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

export interface VerticalOptions {
  /** The plot's length along time (its height), px. */
  readonly length: number;
  /** A label's height along time (its title and date, on two lines), px. */
  readonly labelHeight: number;
  /** 2: labels take turns left (0) and right (1) of the axis; 1: all on the right. */
  readonly sides: 1 | 2;
  /** How far from its mark a label may be moved, up or down, px (default two labels' height). */
  readonly slack?: number;
  /** Space between two labels on a side, px (default 4). */
  readonly gap?: number;
  /** Events drawn and labelled however crowded (time-order positions): the selected and the focused. */
  readonly pinned?: readonly number[];
  /** The most tracks spans take beside the axis (default 3); more overlap in the last. */
  readonly tracks?: number;
}

/** An event drawn: its mark on the axis and its label beside it. */
export interface VerticalMark {
  readonly item: PreparedEvent;
  /** Top and bottom of the mark along the axis (equal for a point; a span's bar, within the plot). */
  readonly y0: number;
  readonly y1: number;
  /** The side of the axis its label is on: 0 left, 1 right. */
  readonly side: 0 | 1;
  /** The label's top; NaN for a span whose label found no room (its bar still shows it). */
  readonly labelY: number;
  /** A span's track beside the axis (0 nearest); -1 for a point. */
  readonly track: number;
}

/** Events too close to label, gathered into one mark on the axis that says how many. */
export interface VerticalCluster {
  readonly y0: number;
  readonly y1: number;
  readonly count: number;
  /** The instants its events start from and end at: activating it zooms to them. */
  readonly start: number;
  readonly end: number;
  /** Time-order position of the first event it holds. */
  readonly first: number;
}

export interface VerticalResult {
  readonly marks: VerticalMark[];
  readonly clusters: VerticalCluster[];
}

/** A label waiting for room: where it would sit, and the mark it belongs to. */
interface Wanted {
  readonly item: PreparedEvent;
  readonly anchor: number;
  readonly y0: number;
  readonly y1: number;
  readonly track: number;
  readonly pinned: boolean;
}

/**
 * Lays out the events of `timeline` in view along a vertical axis `y` (time to px from the
 * plot's top): which are drawn with a label, on which side and how far down, and which are
 * gathered into clusters. No two labels on a side overlap; every short event starting in view
 * is either drawn or counted in one cluster; every span in view is drawn.
 */
export function packVertical(timeline: PreparedTimeline, y: ViewScale, options: VerticalOptions): VerticalResult {
  const { length, labelHeight, sides } = options;
  const slack = options.slack ?? 2 * labelHeight;
  const gap = options.gap ?? 4;
  const pinned = new Set(options.pinned);
  const maxTracks = Math.max(1, options.tracks ?? 3);
  const t = (px: number) => +y.invert(px);
  const [top, bottom] = [t(0), t(length)];
  const wanted: Wanted[] = [];
  const clusters: VerticalCluster[] = [];

  // Short events, cell by cell (a label's height each): a cell holding more than its sides
  // can label, even pushed, is a cluster, counted by binary search.
  const starts = timeline.shortStarts;
  const cells = Math.max(1, Math.ceil(length / labelHeight));
  const room = sides * Math.max(1, Math.floor((labelHeight + slack) / (labelHeight + gap)));
  for (let c = 0; c < cells; c++) {
    const from = bisectLeft(starts, t(c * labelHeight));
    const to = c === cells - 1 ? bisectLeft(starts, bottom) : bisectLeft(starts, t((c + 1) * labelHeight));
    if (to - from > room) {
      // The selected and focused events of the cell are drawn all the same, and not counted.
      const kept = [...pinned].map((order) => timeline.events[order]).filter((p): p is PreparedEvent => p !== undefined && isShortIn(p, from, to));
      for (const p of kept) wanted.push(point(p, true));
      if (to - from > kept.length) clusters.push(gather(timeline, from, to, kept.length, c * labelHeight, Math.min(length, (c + 1) * labelHeight)));
      continue;
    }
    for (let i = from; i < to; i++) {
      const p = timeline.short[i];
      if (p) wanted.push(point(p, pinned.has(p.order)));
    }
  }
  // Spans touching the view, in tracks: the first track free where the span starts.
  const trackEnds: number[] = [];
  for (const p of timeline.long) {
    if (p.start >= bottom || p.end <= top) continue;
    const y0 = Math.max(0, y(p.start));
    const y1 = Math.min(length, y(p.end));
    let track = trackEnds.findIndex((end) => end + gap <= y0);
    if (track === -1) track = trackEnds.length < maxTracks ? trackEnds.length : maxTracks - 1;
    trackEnds[track] = Math.max(trackEnds[track] ?? -Infinity, y1);
    wanted.push({ item: p, anchor: y0, y0, y1, track, pinned: pinned.has(p.order) });
  }

  // Labels down the axis: each to the side with room soonest (taking turns on a tie), then on
  // each side moved apart as little as can be, up as well as down (dodge); a label moved further
  // than `slack` from its mark is left out, unless pinned, and its event gathers with its
  // neighbours. Once more without those, so that the rest close up.
  wanted.sort((a, b) => a.anchor - b.anchor || a.item.order - b.item.order);
  const bySide: [Wanted[], Wanted[]] = [[], []];
  const below: [number, number] = [-Infinity, -Infinity];
  let turn = 0;
  for (const w of wanted) {
    const side: 0 | 1 = sides === 1 ? 1 : below[0] < below[1] ? 0 : below[1] < below[0] ? 1 : turn === 0 ? 0 : 1;
    below[side] = Math.max(natural(w), below[side] + gap) + labelHeight;
    turn = 1 - side;
    bySide[side].push(w);
  }
  const marks: VerticalMark[] = [];
  const left: Wanted[] = [];
  for (const side of [0, 1] as const) {
    let kept = bySide[side];
    for (let pass = 0; pass < 2; pass++) {
      const at = dodge(kept.map(natural), labelHeight + gap, length + gap);
      const fits = (w: Wanted, i: number) => {
        const y = at[i] ?? 0;
        return w.pinned || (Math.abs(y - natural(w)) <= slack && y >= 0 && y + labelHeight <= Math.max(length, labelHeight));
      };
      if (pass === 1 || kept.every(fits)) {
        kept.forEach((w, i) => {
          if (fits(w, i)) marks.push({ item: w.item, y0: w.y0, y1: w.y1, side, labelY: at[i] ?? 0, track: w.track });
          else if (w.track >= 0) marks.push({ item: w.item, y0: w.y0, y1: w.y1, side, labelY: NaN, track: w.track });
          else left.push(w);
        });
        break;
      }
      const out = kept.filter((w, i) => !fits(w, i));
      for (const w of out) {
        if (w.track >= 0) marks.push({ item: w.item, y0: w.y0, y1: w.y1, side, labelY: NaN, track: w.track });
        else left.push(w);
      }
      kept = kept.filter((w, i) => fits(w, i));
    }
  }
  left.sort((a, b) => a.anchor - b.anchor || a.item.order - b.item.order);
  // Points left without room gather with the ones after them, a label's height at a time;
  // one left alone is drawn as its glyph on the axis, unlabelled (a cluster of one names nothing).
  for (let i = 0; i < left.length; ) {
    const first = left[i] as Wanted;
    let j = i;
    let end = first.item.end;
    while (j + 1 < left.length && (left[j + 1] as Wanted).anchor - first.anchor < labelHeight) {
      j++;
      end = Math.max(end, (left[j] as Wanted).item.end);
    }
    if (j === i) {
      marks.push({ item: first.item, y0: first.y0, y1: first.y1, side: 1, labelY: NaN, track: -1 });
      i++;
      continue;
    }
    clusters.push({ y0: first.anchor, y1: (left[j] as Wanted).anchor, count: j - i + 1, start: first.item.start, end, first: first.item.order });
    i = j + 1;
  }
  clusters.sort((a, b) => a.y0 - b.y0);
  // In time order, as the buttons are read and tabbed through.
  marks.sort((a, b) => a.item.order - b.item.order);
  return { marks, clusters };

  /** Where a label would stand: level with its mark, within the plot (a label cut by an edge would stand over the page's other controls). */
  function natural(w: Wanted): number {
    return Math.min(Math.max(0, w.anchor - labelHeight / 2), Math.max(0, length - labelHeight));
  }

  function point(p: PreparedEvent, isPinned: boolean): Wanted {
    const at = y(p.start);
    return { item: p, anchor: at, y0: at, y1: at, track: -1, pinned: isPinned };
  }

  /** Whether `p` is one of the short events `from` to `to` (exclusive). */
  function isShortIn(p: PreparedEvent, from: number, to: number): boolean {
    if (p.end - p.start > DAY) return false;
    const at = bisectLeft(starts, p.start);
    return at >= from && at < to;
  }
}

const DAY = 86_400_000;

/**
 * Tops for boxes `pitch` apart (a label and its gap) that want to stand at `want` (in order):
 * none overlapping, in order, each run of boxes that would overlap moved as one block to where
 * its boxes want to be on average (so as little as can be, up as well as down: the pool of
 * adjacent violators), and kept between 0 and `end` (the plot's length and a gap) where they fit.
 */
export function dodge(want: readonly number[], pitch: number, end: number): number[] {
  // Each block: its first box, how many, and the sum of where each would put the block's top.
  const blocks: { first: number; n: number; sum: number; top: number }[] = [];
  const top = (n: number, sum: number) => Math.max(0, Math.min(sum / n, end - n * pitch));
  for (let i = 0; i < want.length; i++) {
    let block = { first: i, n: 1, sum: want[i] ?? 0, top: 0 };
    block.top = top(1, block.sum);
    for (let prev = blocks.at(-1); prev && prev.top + prev.n * pitch > block.top; prev = blocks.at(-1)) {
      blocks.pop();
      // The later block's boxes stand prev.n pitches further down in the merged block.
      const sum = prev.sum + block.sum - block.n * prev.n * pitch;
      block = { first: prev.first, n: prev.n + block.n, sum, top: top(prev.n + block.n, sum) };
    }
    blocks.push(block);
  }
  const at: number[] = [];
  for (const b of blocks) for (let k = 0; k < b.n; k++) at.push(b.top + k * pitch);
  return at;
}

/**
 * A cluster of the short events `from` to `to` (exclusive; `kept` of them drawn apart), whose
 * starts lie between `y0` and `y1`. Short events are in time order and end within a day of
 * their start: the first one and the last one's start bound them.
 */
function gather(timeline: PreparedTimeline, from: number, to: number, kept: number, y0: number, y1: number): VerticalCluster {
  const first = timeline.short[from];
  const last = timeline.short[to - 1];
  return { y0, y1, count: to - from - kept, start: first?.start ?? 0, end: (last?.start ?? 0) + DAY, first: first?.order ?? 0 };
}

/** Where things stand across the vertical plot: the axis, the labels either side, the spans' bars. */
export interface VerticalGeometry {
  /** The axis's distance from the plot's left edge, px. */
  readonly axis: number;
  readonly labelWidth: number;
  /** A label's left edge on `side` (0 left of the axis, 1 right). */
  labelX(side: 0 | 1): number;
  /** A span's bar's centre in `track` (0 on the axis; then right, left, right…). */
  barX(track: number): number;
}

/** The tick labels' column at the left, the eras' titles' strip at the right, and a label's distance from the axis, px. */
const GUTTER = 64;
const ERA_STRIP = 18;
const LABEL_OFFSET = 22;
const TRACK = 8;

/** The {@link VerticalGeometry} of a plot `width` pixels wide, its labels on `sides` sides. */
export function verticalGeometry(width: number, sides: 1 | 2): VerticalGeometry {
  const inner = Math.max(0, width - GUTTER - ERA_STRIP);
  const axis = sides === 2 ? GUTTER + inner / 2 : GUTTER + 16;
  const labelWidth = Math.max(48, sides === 2 ? inner / 2 - LABEL_OFFSET - 4 : width - ERA_STRIP - axis - LABEL_OFFSET - 4);
  return {
    axis,
    labelWidth,
    labelX: (side) => (side === 1 ? axis + LABEL_OFFSET : axis - LABEL_OFFSET - labelWidth),
    barX: (track) => axis + (track === 0 ? 0 : track % 2 === 1 ? TRACK * Math.ceil(track / 2) : -TRACK * (track / 2)),
  };
}

/** Where a cluster's pill `pill` pixels tall stands along time: in the middle of its events, whole within the plot. */
export function pillMiddle(c: VerticalCluster, length: number, pill: number): number {
  return Math.min(Math.max((c.y0 + c.y1) / 2, pill / 2), Math.max(pill / 2, length - pill / 2));
}
