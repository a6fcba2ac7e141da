/**
 * Events made ready for layout: instants parsed once, sorted in time order (ties keep the
 * page's order), and searched by binary search. Pure.
 */
import { bisectLeft, bisector } from 'd3-array';
import { readPartialDate, toIntervalMs } from '../dataset/dates.js';
import { IdMap } from '../dataset/id-map.js';
import { runSteps } from '../dataset/steps.js';
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
/** Time-order positions by id. */
export interface IdLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

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
  readonly orderOf: IdLookup;
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
  return runSteps(prepareTimelineInSteps(events, false));
}

/** Events handled between two yields of {@link prepareTimelineInSteps}. */
const STEP = 8192;
/** Runs sorted at once before they are merged, when sorting in steps. */
const RUN = 8192;

/**
 * {@link prepareTimeline} as a generator yielding the share done (0 to 1), so that a million
 * events can be prepared in short tasks. With `inSteps`, the sort is a merge sort of sorted
 * runs, one merge at a time, where one sort of everything would hold the page for a second.
 * @internal
 */
export function* prepareTimelineInSteps(events: readonly TimelineEvent[], inSteps = true, run = RUN): Generator<number, PreparedTimeline, void> {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const bandEnds = new Float64Array(n);
  const kinds: EventKind[] = [];
  const precisions: DatePrecision[] = [];
  const kept: TimelineEvent[] = [];
  let dataEnd = -Infinity;
  for (let k = 0; k < n; k++) {
    if (inSteps && k % STEP === 0 && k > 0) yield (0.3 * k) / n;
    const event = events[k] as TimelineEvent;
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

  // The last key, the input position, makes the order stable whatever the engine's sort.
  const before = (a: number, b: number) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[a] ?? 0) - (ends[b] ?? 0) || a - b;
  let index = new Uint32Array(m);
  for (let i = 0; i < m; i++) index[i] = i;
  if (!inSteps || m <= run) {
    index.sort(before);
  } else {
    for (let from = 0; from < m; from += run) {
      index.subarray(from, Math.min(m, from + run)).sort(before);
      yield 0.3 + (0.15 * from) / m;
    }
    let other = new Uint32Array(m);
    const passes = Math.ceil(Math.log2(m / run));
    let pass = 0;
    for (let width = run; width < m; width *= 2, pass++) {
      for (let lo = 0; lo < m; lo += 2 * width) {
        for (const at of mergeRuns(index, other, lo, Math.min(lo + width, m), Math.min(lo + 2 * width, m), before)) {
          yield 0.45 + (0.25 * (pass + at / m)) / passes;
        }
      }
      [index, other] = [other, index];
    }
  }

  const prepared: PreparedEvent[] = new Array<PreparedEvent>(m);
  // Read in steps, the ids are indexed on the way: built at once on first use, a million
  // of them would hold the page for a few hundred milliseconds.
  const eager = inSteps ? new IdMap<number>() : undefined;
  const short: PreparedEvent[] = [];
  const long: PreparedEvent[] = [];
  const shortStarts = new Float64Array(m);
  for (let order = 0; order < m; order++) {
    if (inSteps && order % STEP === 0 && order > 0) yield 0.7 + (0.3 * order) / m;
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
    eager?.set(p.event.id, order);
    if (p.end - p.start <= DAY) {
      shortStarts[short.length] = p.start;
      short.push(p);
    } else {
      long.push(p);
    }
  }
  const first = prepared[0];
  let orderOf: IdMap<number> | undefined = eager;
  return {
    events: prepared,
    short,
    shortStarts: shortStarts.subarray(0, short.length),
    long,
    extent: first ? [first.start, dataEnd] : null,
    get orderOf() {
      if (!orderOf) {
        orderOf = new IdMap<number>();
        for (const p of prepared) orderOf.set(p.event.id, p.order);
      }
      return orderOf;
    },
  };
}

/**
 * Merges the sorted runs `from[lo, mid)` and `from[mid, hi)` into `to[lo, hi)`, yielding
 * where it has got to every `STEP * 8` elements (a merge of a million would be one long task).
 */
function* mergeRuns(from: Uint32Array, to: Uint32Array, lo: number, mid: number, hi: number, before: (a: number, b: number) => number): Generator<number, void, void> {
  let i = lo;
  let j = mid;
  for (let k = lo; k < hi; k++) {
    if (k % (STEP * 8) === 0 && k > lo) yield k;
    const a = from[i] ?? 0;
    const b = from[j] ?? 0;
    if (j >= hi || (i < mid && before(a, b) <= 0)) {
      to[k] = a;
      i++;
    } else {
      to[k] = b;
      j++;
    }
  }
}

const bisectStart = bisector((p: PreparedEvent) => p.start);

/** Time-order position of the first event starting at or after `time`; `events.length` if none does. */
export function firstStartingAt(timeline: PreparedTimeline, time: number): number {
  return bisectStart.left(timeline.events, time);
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
