/**
 * Events made ready for layout: instants parsed once, sorted in time order (ties keep the
 * page's order), and searched by binary search. Pure.
 */
import { bisectLeft } from 'd3-array';
import { readPartialDate, toIntervalMs } from '../dataset/dates.js';
import type { DatePrecision, EventKind, TimelineEvent } from '../dataset/types.js';

const DAY = 86_400_000;

/** An event with its instants worked out once, so layout never parses a date again. */
export interface PreparedEvent {
  readonly event: TimelineEvent;
  /** Position in time order. */
  readonly order: number;
  readonly kind: EventKind;
  /** First instant covered, UTC ms. */
  readonly start: number;
  /** Last instant covered (exclusive), UTC ms. For `ongoing`, the end of the data. */
  readonly end: number;
  /** Where the start's own precision band ends: `start` to `startBandEnd` is the start date as known. */
  readonly startBandEnd: number;
  readonly precision: DatePrecision;
}

/** A dataset sorted and measured for layout. */
export interface PreparedTimeline {
  /** Every event in time order (by start, then end, then the order the page gave them). */
  readonly events: readonly PreparedEvent[];
  /** Starts of the short events (one day or less), ascending, for binary search. */
  readonly shortStarts: Float64Array;
  /** The short events, in the same order as `shortStarts`. */
  readonly short: readonly PreparedEvent[];
  /** Events longer than a day (spans, ongoing, and month or year dates), in time order. */
  readonly long: readonly PreparedEvent[];
  /** `[first instant, last instant]` of the data, or null when there is none. */
  readonly extent: readonly [number, number] | null;
  /** Time-order position of each id. */
  readonly orderOf: ReadonlyMap<string, number>;
}

/**
 * Sorts events in time and works out the instants each covers. Events must already be
 * valid (see `validateEvents`); any whose start cannot be read are left out.
 *
 * Events that share a start and an end keep the order the page gave them: the page knows
 * what happened first on a day, and ids say nothing about it ("e10" sorts before "e2").
 *
 * Built for 100,000 events: instants go into typed arrays, the sort compares numbers only,
 * and the id index is made only when first asked for.
 */
export function prepareTimeline(events: readonly TimelineEvent[]): PreparedTimeline {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const bandEnds = new Float64Array(n);
  const kinds: EventKind[] = [];
  const precisions: DatePrecision[] = [];
  const kept: TimelineEvent[] = [];
  let dataEnd = -Infinity;
  for (const event of events) {
    const s = readPartialDate(event.start);
    if (typeof s === 'string') continue;
    const [start, startBandEnd] = toIntervalMs(s);
    const e = event.end === undefined ? undefined : readPartialDate(event.end);
    const end = e === undefined || typeof e === 'string' ? startBandEnd : Math.max(startBandEnd, toIntervalMs(e)[1]);
    const i = kept.length;
    starts[i] = start;
    ends[i] = end;
    bandEnds[i] = startBandEnd;
    kinds.push(event.kind ?? (event.end === undefined ? 'point' : 'span'));
    precisions.push(s.precision);
    kept.push(event);
    if (end > dataEnd) dataEnd = end;
  }
  const m = kept.length;
  // Ongoing events run to the end of the data: that is as far as anything is known.
  for (let i = 0; i < m; i++) if (kinds[i] === 'ongoing') ends[i] = Math.max(ends[i] ?? 0, dataEnd);

  const index = new Uint32Array(m);
  for (let i = 0; i < m; i++) index[i] = i;
  // The last key, the input position, makes the order stable whatever the engine's sort.
  index.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[a] ?? 0) - (ends[b] ?? 0) || a - b);
  const prepared: PreparedEvent[] = new Array<PreparedEvent>(m);
  const short: PreparedEvent[] = [];
  const long: PreparedEvent[] = [];
  for (let order = 0; order < m; order++) {
    const i = index[order] ?? 0;
    const p: PreparedEvent = {
      event: kept[i] as TimelineEvent,
      order,
      kind: kinds[i] as EventKind,
      start: starts[i] ?? 0,
      end: ends[i] ?? 0,
      startBandEnd: bandEnds[i] ?? 0,
      precision: precisions[i] as DatePrecision,
    };
    prepared[order] = p;
    (p.end - p.start <= DAY ? short : long).push(p);
  }
  const first = prepared[0];
  let orderOf: Map<string, number> | undefined;
  return {
    events: prepared,
    short,
    shortStarts: Float64Array.from(short, (p) => p.start),
    long,
    extent: first ? [first.start, dataEnd] : null,
    get orderOf() {
      orderOf ??= new Map(prepared.map((p) => [p.event.id, p.order]));
      return orderOf;
    },
  };
}

/**
 * How many events touch the window `[start, end)`. Short events are counted by binary
 * search (only those starting in the day before `start` are looked at one by one); long
 * events one by one, as they are few.
 */
export function countInWindow(timeline: PreparedTimeline, start: number, end: number): number {
  const starts = timeline.shortStarts;
  const before = bisectLeft(starts, start - DAY);
  const from = bisectLeft(starts, start);
  const to = bisectLeft(starts, end);
  let count = Math.max(0, to - from);
  for (let i = before; i < from; i++) if ((timeline.short[i]?.end ?? 0) > start) count++;
  for (const p of timeline.long) if (p.start < end && p.end > start) count++;
  return count;
}

/** Up to `limit` events touching `[start, end)`, in time order, found without a full scan. */
export function eventsInWindow(timeline: PreparedTimeline, start: number, end: number, limit: number): PreparedEvent[] {
  const starts = timeline.shortStarts;
  const short: PreparedEvent[] = [];
  for (let i = bisectLeft(starts, start - DAY); i < starts.length && short.length < limit; i++) {
    const p = timeline.short[i];
    if (!p || p.start >= end) break;
    if (p.end > start) short.push(p);
  }
  const long = timeline.long.filter((p) => p.start < end && p.end > start);
  return [...short, ...long].sort((a, b) => a.order - b.order).slice(0, limit);
}
