/**
 * Events made ready for layout: instants parsed once, sorted in time order (ties keep the
 * page's order), and searched by binary search. Pure.
 */
import { bisectLeft, bisector } from 'd3-array';
import { readDate } from '../dataset/dates.js';
import { IdMap } from '../dataset/id-map.js';
import { runSteps } from '../dataset/steps.js';
import type { DatePrecision, EventKind, TimelineEvent } from '../dataset/types.js';
import type { ReadAhead } from '../dataset/validate.js';

const DAY = 86_400_000;

/** Whether an event is short (a day or less): short events are found by binary search on their starts. */
export const isShort = (p: { readonly start: number; readonly end: number }): boolean => p.end - p.start <= DAY;

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
  /**
   * The events of some importance (the data's `importance` above 0), in time order: found
   * while the events are sorted, not by a walk through a million of them at the first view.
   */
  readonly featured: readonly PreparedEvent[];
}

/** Whether each time-order position of `all` is featured; undefined when none is. */
export function featuredFlags(all: PreparedTimeline): Uint8Array | undefined {
  if (all.featured.length === 0) return undefined;
  const flags = new Uint8Array(all.events.length);
  for (const p of all.featured) flags[p.order] = 1;
  return flags;
}

/**
 * Sorts events in time and works out the instants each covers. Events must already be
 * valid (see `validateEvents`); any whose start cannot be read are left out.
 *
 * Events that share a start and an end keep the order the page gave them: the page knows
 * what happened first on a day, and ids say nothing about it ("e10" sorts before "e2").
 *
 * Built for 100,000 events: instants go into typed arrays, the sort is a radix sort of whole
 * days, and the id index is made only when first asked for.
 */
export function prepareTimeline(events: readonly TimelineEvent[], ahead?: ReadAhead): PreparedTimeline {
  return runSteps(prepareTimelineInSteps(events, ahead, false));
}

/** Events handled between two yields of {@link prepareTimelineInSteps}. */
const STEP = 8192;

/**
 * {@link prepareTimeline} as a generator yielding the share done (0 to 1), so that a million
 * events can be prepared in short tasks. Given what validation read (`ahead`, for exactly
 * these events), no date is parsed again and ids are looked up in validation's index.
 * @internal
 */
export function* prepareTimelineInSteps(events: readonly TimelineEvent[], ahead?: ReadAhead, inSteps = true): Generator<number, PreparedTimeline, void> {
  const read = ahead ?? readInstants(events);
  const kept = ahead ? events : (read as Read).kept;
  const m = kept.length;
  const { starts, bandEnds, endBandEnds, precisions } = read;
  const ends = new Float64Array(m);
  const kinds: EventKind[] = new Array<EventKind>(m);
  const important = new Uint8Array(m);
  let dataEnd = -Infinity;
  for (let i = 0; i < m; i++) {
    const event = kept[i] as TimelineEvent;
    if ((event.importance ?? 0) > 0) important[i] = 1;
    const bandEnd = bandEnds[i] ?? 0;
    const endBandEnd = endBandEnds[i] ?? NaN;
    const end = Number.isNaN(endBandEnd) ? bandEnd : Math.max(bandEnd, endBandEnd);
    ends[i] = end;
    kinds[i] = event.kind ?? (event.end === undefined ? 'point' : 'span');
    if (end > dataEnd) dataEnd = end;
  }
  // Ongoing events run to the end of the data: that is as far as anything is known.
  for (let i = 0; i < m; i++) if (kinds[i] === 'ongoing') ends[i] = Math.max(ends[i] ?? 0, dataEnd);
  if (inSteps) yield 0.1;

  const sorting = timeOrder(starts, ends, m);
  let next = sorting.next();
  for (; !next.done; next = sorting.next()) if (inSteps) yield 0.1 + 0.4 * next.value;
  const index = next.value;

  const prepared: PreparedEvent[] = new Array<PreparedEvent>(m);
  const short: PreparedEvent[] = [];
  const long: PreparedEvent[] = [];
  const featured: PreparedEvent[] = [];
  const shortStarts = new Float64Array(m);
  // With validation's id index, an id's order is its rank: no second index of a million ids.
  const rank = ahead ? new Uint32Array(m) : undefined;
  for (let order = 0; order < m; order++) {
    if (inSteps && order % STEP === 0 && order > 0) yield 0.5 + (0.5 * order) / m;
    const i = index[order] ?? 0;
    const p: PreparedEvent = {
      event: kept[i] as TimelineEvent,
      order,
      kind: kinds[i] as EventKind,
      start: starts[i] ?? 0,
      end: ends[i] ?? 0,
      precision: precisions[i] as DatePrecision,
    };
    prepared[order] = p;
    if (rank) rank[i] = order;
    if (important[i] === 1) featured.push(p);
    if (isShort(p)) {
      shortStarts[short.length] = p.start;
      short.push(p);
    } else {
      long.push(p);
    }
  }
  const first = prepared[0];
  // Only the id index is kept: validation's instants (24 MB at a million) can go.
  const ids = ahead?.ids;
  let orderOf: IdLookup | undefined = ids && rank ? new RankedIds(ids, rank) : undefined;
  return {
    events: prepared,
    short,
    shortStarts: shortStarts.subarray(0, short.length),
    long,
    extent: first ? [first.start, dataEnd] : null,
    featured,
    get orderOf() {
      return (orderOf ??= indexIds(prepared));
    },
  };
}

/**
 * Time-order positions read through validation's id index and each item's rank. A class, not
 * an object literal of arrow functions: rollup 4.68 dropped that literal's `get` and `has`
 * from the bundle (`let orderOf = ids && rank && {}`), so selecting an event threw there.
 */
class RankedIds implements IdLookup {
  constructor(
    private readonly ids: IdLookup,
    private readonly rank: Uint32Array,
  ) {}

  get(id: string): number | undefined {
    const i = this.ids.get(id);
    return i === undefined ? undefined : this.rank[i];
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }
}

/** Each event's time-order position by id: made when first asked for, as a million ids take a while. */
export function indexIds(events: readonly PreparedEvent[]): IdLookup {
  const map = new IdMap<number>(events.length);
  for (const p of events) map.set(p.event.id, p.order);
  return map;
}

/** Instants read from the events themselves, when validation's are not at hand. */
interface Read extends Omit<ReadAhead, 'ids'> {
  readonly kept: readonly TimelineEvent[];
}

function readInstants(events: readonly TimelineEvent[]): Read {
  const n = events.length;
  const starts = new Float64Array(n);
  const bandEnds = new Float64Array(n);
  const endBandEnds = new Float64Array(n);
  const precisions: DatePrecision[] = [];
  const kept: TimelineEvent[] = [];
  for (const event of events) {
    const s = readDate(event.start);
    if (typeof s === 'string') continue;
    const e = event.end === undefined ? undefined : readDate(event.end);
    const i = kept.length;
    starts[i] = s.start;
    bandEnds[i] = s.end;
    endBandEnds[i] = e === undefined || typeof e === 'string' ? NaN : e.end;
    precisions.push(s.date.precision);
    kept.push(event);
  }
  const m = kept.length;
  return { starts: starts.subarray(0, m), bandEnds: bandEnds.subarray(0, m), endBandEnds: endBandEnds.subarray(0, m), precisions, kept };
}

/** The widest digit of the radix sort: 16 bits, a count array of 65,536. */
const RADIX_BITS = 16;

/**
 * Positions `0…m-1` in time order: by start, then end, then position (the page's order).
 * Partial dates begin and end at midnight, so instants are whole days, and a radix sort of
 * day numbers (stable passes, least significant first, yielding the share done after each)
 * does in tens of milliseconds what a comparison sort of a million does in most of a second.
 * Digits are as narrow as the days' range allows (a decade of days is one 12-bit pass per
 * key), so that a small list does not pay for counting 65,536 digits it never uses. Any other
 * instant falls back to that comparison sort.
 * @internal
 */
export function* timeOrder(starts: Float64Array, ends: Float64Array, m: number): Generator<number, Uint32Array, void> {
  let index = new Uint32Array(m);
  for (let i = 0; i < m; i++) index[i] = i;
  const startDays = dayKeys(starts, m);
  const endDays = startDays && dayKeys(ends, m);
  if (!startDays || !endDays) return index.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[a] ?? 0) - (ends[b] ?? 0) || a - b);
  // Least significant first: the end's digits, then the start's.
  const passes: [keys: Uint32Array, shift: number, bits: number][] = [];
  for (const { keys, range } of [endDays, startDays]) {
    const bits = 32 - Math.clz32(range);
    const digits = Math.ceil(bits / RADIX_BITS);
    const width = Math.ceil(bits / digits);
    for (let shift = 0; shift < bits; shift += width) passes.push([keys, shift, width]);
  }
  let other = new Uint32Array(m);
  const count = new Uint32Array((1 << Math.max(0, ...passes.map((p) => p[2]))) + 1);
  for (let pass = 0; pass < passes.length; pass++) {
    const [keys, shift, bits] = passes[pass] as (typeof passes)[number];
    const mask = (1 << bits) - 1;
    count.fill(0, 0, mask + 2);
    for (let i = 0; i < m; i++) {
      const digit = (((keys[i] ?? 0) >>> shift) & mask) + 1;
      count[digit] = (count[digit] ?? 0) + 1;
    }
    for (let d = 0; d <= mask; d++) count[d + 1] = (count[d + 1] ?? 0) + (count[d] ?? 0);
    for (let k = 0; k < m; k++) {
      const i = index[k] ?? 0;
      const digit = ((keys[i] ?? 0) >>> shift) & mask;
      const at = count[digit] ?? 0;
      other[at] = i;
      count[digit] = at + 1;
    }
    [index, other] = [other, index];
    yield (pass + 1) / passes.length;
  }
  return index;
}

/**
 * Day numbers less the first, as unsigned keys in the same order, with the largest of them;
 * undefined when an instant is not a whole day, or the days span 2^32 or more.
 */
function dayKeys(instants: Float64Array, m: number): { keys: Uint32Array; range: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < m; i++) {
    const instant = instants[i] ?? 0;
    const day = instant / DAY;
    // Multiplied back, as a tiny instant (5e-324) divides to 0 yet is not midnight.
    if (!Number.isInteger(day) || day * DAY !== instant) return undefined;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const range = m === 0 ? 0 : max - min;
  if (range >= 2 ** 32) return undefined;
  const keys = new Uint32Array(m);
  for (let i = 0; i < m; i++) keys[i] = (instants[i] ?? 0) / DAY - min;
  return { keys, range };
}

const bisectStart = bisector((p: PreparedEvent) => p.start);

/** Time-order position of the first event starting at or after `time`; `events.length` if none does. */
export function firstStartingAt(timeline: PreparedTimeline, time: number): number {
  return bisectStart.left(timeline.events, time);
}

/**
 * Where a story goes when the filters hide its slide: the id of the first event `shown` after
 * the event `id` of `all` in time order (else the last shown), or null when none is.
 */
export function nearestShown(all: PreparedTimeline, shown: PreparedTimeline, id: string): string | null {
  const order = all.orderOf.get(id);
  const gone = order === undefined ? undefined : all.events[order];
  if (!gone) return null;
  const events = shown.events;
  let i = firstStartingAt(shown, gone.start);
  // Events of the same start: those before it in time order stay behind.
  while (events[i]?.start === gone.start && (all.orderOf.get(events[i]?.event.id ?? '') ?? Infinity) < gone.order) i++;
  return events[Math.min(i, events.length - 1)]?.event.id ?? null;
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

/** The first start and the last end of `events` (in time order, as a timeline holds them). */
export function eventsExtent(events: readonly PreparedEvent[]): [number, number] {
  const first = events[0];
  if (!first) return [0, 0];
  return [first.start, events.reduce((last, p) => Math.max(last, p.end), first.end)];
}

const timedIn = new WeakMap<object, boolean>();

/** Whether any event has a time of day, worked out once per timeline. */
export function timed(timeline: PreparedTimeline): boolean {
  let has = timedIn.get(timeline.events);
  if (has === undefined) {
    has = timeline.events.some((p) => p.precision === 'minute');
    timedIn.set(timeline.events, has);
  }
  return has;
}
