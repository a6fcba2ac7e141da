/**
 * The cluster pills of a packed view: the events that could not be labelled, counted by
 * column as packing goes (`Crowds`), then drawn as one pill per run of crowded columns over
 * the time its events cover. A column left with one event is no cluster: that event is handed
 * back to be drawn on its own. Pure; part of packing (pack.ts).
 */
import type { PreparedEvent } from './prepare.js';

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

/** The widest a run of crowded columns merges into one cluster, in columns. */
const MAX_CLUSTER_BINS = 3;
/** The narrowest a pill is: a touch target. */
const LEAST_PILL = 24;

/**
 * The narrowest a pill holding `count` is: a touch target, and its count with room each side
 * (a digit of the pills' 12px semibold tabular figures is about 7.5 px, a group separator
 * half that, and the pill keeps 8 px each side inside its border), so that "12,540" never
 * touches the border.
 */
export function pillWidth(count: number): number {
  const digits = String(Math.max(0, Math.round(count))).length;
  return Math.max(LEAST_PILL, Math.ceil(digits * 7.5 + Math.floor((digits - 1) / 3) * 3.75 + 16));
}

/** The events of one column that could not be labelled. */
interface Crowd {
  count: number;
  start: number;
  end: number;
  first: number;
  reachLeft: boolean;
  reachRight: boolean;
  /** Its one event, while it holds one that was counted by name. */
  lone?: PreparedEvent | undefined;
}

/** Where the columns are: aligned to `origin`, `binWidth` wide, in a view `width` wide. */
export interface Columns {
  readonly origin: number;
  readonly binWidth: number;
  readonly width: number;
  /** The width of a point's glyph: a pill reaches half of it past its events' instants. */
  readonly markSize: number;
}

/**
 * Events that could not be labelled, by column. Only columns at least half in view hold
 * clusters; events in the columns cut by the edges are counted in the nearest such one,
 * whose pill then reaches to that edge, so that it stands over its events' time.
 */
export class Crowds {
  private readonly crowded = new Map<number, Crowd>();
  private readonly firstShown: number;
  private readonly lastShown: number;

  constructor(private readonly columns: Columns) {
    const { origin, binWidth, width } = columns;
    this.firstShown = Math.ceil((0 - origin) / binWidth - 0.5);
    this.lastShown = Math.max(this.firstShown, Math.floor((width - origin) / binWidth - 0.5));
  }

  /** The column at `px`. */
  binOf(px: number): number {
    return Math.floor((px - this.columns.origin) / this.columns.binWidth);
  }

  /** Counts `count` events in column `bin`, covering `[start, end]`, the first at `first`; `item` names a lone one. */
  add(bin: number, count: number, start: number, end: number, first: number, item?: PreparedEvent): void {
    const b = Math.min(this.lastShown, Math.max(this.firstShown, bin));
    const c = this.crowded.get(b) ?? { count: 0, start, end, first, reachLeft: false, reachRight: false };
    c.lone = c.count === 0 && count === 1 ? item : undefined;
    c.count += count;
    c.start = Math.min(c.start, start);
    c.end = Math.max(c.end, end);
    c.first = Math.min(c.first, first);
    c.reachLeft ||= bin < b;
    c.reachRight ||= bin > b;
    this.crowded.set(b, c);
  }

  /**
   * One cluster per run of adjacent crowded columns, a few columns wide at most, and always
   * inside the view; and the events of the columns that hold only one (`lone`), to be drawn
   * on their own: never a cluster of one.
   */
  pills(x: (time: number) => number): { clusters: ClusterLayout[]; lone: PreparedEvent[] } {
    const { origin, binWidth, width, markSize } = this.columns;
    const clusters: ClusterLayout[] = [];
    const lone: PreparedEvent[] = [];
    let open: (Crowd & { x0: number; x1: number; bin: number }) | undefined;
    const close = () => {
      if (!open) return;
      if (open.count === 1 && open.lone) {
        lone.push(open.lone);
        open = undefined;
        return;
      }
      // Over its events' time, not its columns' (a column is weeks or months wide): the
      // columns bound it, the events' extent narrows it. Clamped to the view, and never
      // narrower than a touch target, centred on its events.
      const least = pillWidth(open.count);
      let a = open.reachLeft ? 0 : Math.max(open.x0, x(open.start) - markSize / 2);
      let b = open.reachRight ? width : Math.min(open.x1, x(open.end) + markSize / 2);
      if (b - a < least) {
        const mid = (a + b) / 2;
        a = mid - least / 2;
        b = mid + least / 2;
      }
      // Widened, it may reach back over the pill of the column before: it starts where that ends.
      const after = clusters.at(-1)?.x1 ?? 0;
      a = Math.max(a, after);
      b = Math.max(b, a + least);
      const x0 = Math.max(after, Math.min(a, width - least));
      const x1 = Math.min(width, Math.max(b, x0 + least));
      clusters.push({ x0, x1, count: open.count, start: open.start, end: open.end, first: open.first });
      open = undefined;
    };
    for (const bin of [...this.crowded.keys()].sort((p, q) => p - q)) {
      const c = this.crowded.get(bin);
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
          lone: undefined,
        };
      } else {
        close();
        open = { ...c, x0, x1, bin };
      }
    }
    close();
    return { clusters, lone };
  }
}

/**
 * The cluster strip's events: those no row had room for, drawn above the rows without a label
 * (`MarkLayout.row` -1). One that would stand where a pill is is counted in that pill; two
 * that would overlap make a pill of two. Either way the strip never draws one over another.
 */
export class Strip {
  private readonly drawn: { left: number; right: number; item: PreparedEvent; mark: number; gone: boolean }[] = [];

  /** `clusters` (the view's pills, kept in order of x) gain what the strip counts. */
  constructor(
    private readonly clusters: ClusterLayout[],
    private readonly width: number,
    private readonly gap: number,
  ) {}

  /** Whether `item`, from `x0` to `x1`, is counted in a pill; else it is drawn as mark number `mark`. */
  counted(item: PreparedEvent, x0: number, x1: number, mark: number): boolean {
    const { clusters, width, gap } = this;
    const left = Math.max(x0, 0);
    const right = Math.min(x1, width);
    const near = (a: number, b: number) => a < right + gap && left < b + gap;
    const k = clusters.findIndex((c) => near(c.x0, c.x1));
    const c = clusters[k];
    if (c) {
      clusters[k] = { ...c, count: c.count + 1, start: Math.min(c.start, item.start), end: Math.max(c.end, item.end), first: Math.min(c.first, item.order) };
      return true;
    }
    const s = this.drawn.find((d) => !d.gone && near(d.left, d.right));
    if (!s) {
      this.drawn.push({ left, right, item, mark, gone: false });
      return false;
    }
    // A pill of two where they meet, a touch target wide, inside the view.
    s.gone = true;
    const mid = (Math.max(left, s.left) + Math.min(right, s.right)) / 2;
    const x0Pill = Math.max(0, Math.min(width - LEAST_PILL, mid - LEAST_PILL / 2));
    clusters.push({
      x0: x0Pill,
      x1: x0Pill + LEAST_PILL,
      count: 2,
      start: Math.min(item.start, s.item.start),
      end: Math.max(item.end, s.item.end),
      first: Math.min(item.order, s.item.order),
    });
    clusters.sort((p, q) => p.x0 - q.x0);
    return true;
  }

  /** The marks drawn in the strip and since counted in a pill of two. */
  gone(): Set<number> {
    return new Set(this.drawn.filter((d) => d.gone).map((d) => d.mark));
  }
}
