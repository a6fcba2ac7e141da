/**
 * Where the pipeline reads its events: one question, as vaadin-grid's dataProvider and
 * Mosaic's connectors ask theirs. In: a window, the pixels it is drawn across, lanes, the
 * filters and the search's query; out: the events, or where they are too dense to draw one
 * by one, how many start in each bin of the window. The in-memory index (MemorySource, over
 * prepare.ts's window queries, subset.ts and the search index) is the one source today; a
 * server would answer the same question. Pure.
 */
import type { TimelineEvent } from '../dataset/types.js';
import { startingBefore } from './lane-order.js';
import { countInWindow, prepareTimeline, type PreparedTimeline } from './prepare.js';
import type { TimeWindow } from './scale.js';
import { filterEvents, type CategoryCodes, type CategoryIds, type Filtered } from './subset.js';

/** Every instant: the window of a request for the events shown anywhere in time. */
export const ALL_TIME: TimeWindow = { start: -Infinity, end: Infinity };

/** What the view asks of its events. */
export interface EventRequest {
  /** The window in view, instants [start, end): the whole of time for the events shown anywhere. */
  readonly window: TimeWindow;
  /** How many pixels the window is drawn across. */
  readonly width: number;
  /** Lanes, each as its events' positions among all the events (the grouping's): the answer then holds each lane's. */
  readonly lanes?: readonly (readonly number[])[] | undefined;
  /** The category ids the legend hides. */
  readonly hidden: ReadonlySet<string>;
  /** The page's `filter`, made safe (it never throws). */
  readonly filter?: ((event: TimelineEvent) => boolean) | undefined;
  /** The search box's query ('' for none). */
  readonly query: string;
  /** Past `most` events in the window, counts will do: how many start in each of `bins` equal parts of it. */
  readonly dense?: { readonly most: number; readonly bins: number } | undefined;
}

/** What narrows the events shown, as a request says it. */
export type ShownRequest = Pick<EventRequest, 'hidden' | 'filter' | 'query'>;

/** The events that pass, in time order (of each lane asked, too), and how many of each category the search and `filter` leave. */
export interface EventsAnswer {
  readonly kind: 'events';
  /** At least those in the window; the in-memory source gives them all, as its window queries cost nothing. */
  readonly events: PreparedTimeline;
  /** Unset when the search and `filter` leave every event. */
  readonly counts: ReadonlyMap<string, number> | undefined;
  readonly lanes: readonly PreparedTimeline[] | undefined;
}

/** Too many events in the window: how many start in each bin, for the events (or for each lane asked). */
export interface BinsAnswer {
  readonly kind: 'bins';
  readonly bins: readonly Uint32Array[];
}

export type EventAnswer = EventsAnswer | BinsAnswer;

/** A source of events for the view. */
export interface EventSource {
  read(request: EventRequest): EventAnswer;
}

/** The lanes chunk's split of the events shown (some of `all`) into lanes given by positions among `all` (layout/lanes.ts `lanesAmong`). */
export type LaneTimelines = (all: PreparedTimeline, shown: PreparedTimeline, lanes: readonly (readonly number[])[]) => PreparedTimeline[];

/** What the in-memory source reads: the prepared events and their indexes, as they are now. */
export interface MemoryIndex {
  readonly all: PreparedTimeline;
  readonly looks: CategoryIds;
  /** The search's matches for a query (positions, ascending); undefined while there is no index: every event passes. */
  readonly search: (query: string) => ArrayLike<number> | undefined;
  /** Each event's category by number (made when first needed). */
  readonly codes: () => CategoryCodes;
  /** Splits events into lanes; unset until the lanes chunk has come (no lanes are asked for before). */
  readonly laneTimelines: () => LaneTimelines | undefined;
}

/**
 * The in-memory index as a source: a snapshot of the index (make another when it changes),
 * which keeps what it last filtered, and each lane's events among them, for the next question.
 */
export class MemorySource implements EventSource {
  private last: { readonly query: string; readonly hidden: ReadonlySet<string>; readonly filter: unknown; readonly filtered: Filtered } | undefined;
  /** Each lane's events among those last filtered, by the lane's positions. */
  private lanes = new Map<readonly number[], PreparedTimeline>();

  constructor(private readonly index: MemoryIndex) {}

  read(request: EventRequest): EventAnswer {
    const filtered = this.filtered(request);
    const lanes = request.lanes && this.lanesOf(filtered.shown, request.lanes);
    const { window, dense } = request;
    if (dense) {
      const each = lanes ?? [filtered.shown];
      let inWindow = 0;
      for (const t of each) inWindow += countInWindow(t, window.start, window.end);
      if (inWindow > dense.most) return { kind: 'bins', bins: each.map((t) => binStarts(t, window, dense.bins)) };
    }
    return { kind: 'events', events: filtered.shown, counts: filtered.counts, lanes };
  }

  private filtered({ query, hidden, filter }: EventRequest): Filtered {
    const last = this.last;
    // The lanes and the view ask with the request the filters read the events shown with.
    if (last?.query === query && last.filter === filter && last.hidden === hidden) return last.filtered;
    const { all } = this.index;
    const matches = query.trim() === '' ? undefined : this.index.search(query);
    const active = matches !== undefined || hidden.size > 0 || filter !== undefined;
    const { looks, codes } = this.index;
    const filtered = active ? filterEvents(all, { matches, hidden, filter, looks, codes }) : { shown: all, counts: undefined };
    this.last = { query, hidden, filter, filtered };
    this.lanes = new Map();
    return filtered;
  }

  /** Each lane's events among `shown`, split once for the lanes not asked before. */
  private lanesOf(shown: PreparedTimeline, lanes: readonly (readonly number[])[]): PreparedTimeline[] {
    const missing = lanes.filter((orders) => !this.lanes.has(orders));
    const split = this.index.laneTimelines();
    if (missing.length > 0 && split) {
      const each = split(this.index.all, shown, missing);
      for (const [i, orders] of missing.entries()) this.lanes.set(orders, each[i] as PreparedTimeline);
    }
    return lanes.map((orders) => this.lanes.get(orders) ?? prepareTimeline([]));
  }
}

/**
 * How many of `timeline`'s events start in each of `bins` equal parts of `window` (a
 * collapsed lane's density strip). Two binary searches a bin, whatever the events' number.
 */
export function binStarts(timeline: PreparedTimeline, window: TimeWindow, bins: number): Uint32Array {
  const out = new Uint32Array(bins);
  const step = (window.end - window.start) / bins;
  let from = startingBefore(timeline, window.start);
  for (let b = 0; b < bins; b++) {
    const to = startingBefore(timeline, window.start + (b + 1) * step);
    out[b] = Math.max(0, to - from);
    from = to;
  }
  return out;
}
