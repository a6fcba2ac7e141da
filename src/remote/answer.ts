/**
 * The protocol's answer worked out over events in memory: what every engine must give (the
 * server's tests hold DuckDB and ClickHouse to it, event for event and bin for bin). Pure.
 *
 * - An event is in the window when it overlaps it: `startMs < end` and `endMs > start`.
 * - Its bin is where it starts, a span begun before the window in the first bin.
 * - It passes the filters when its category is not hidden and its title holds the search,
 *   whatever the case.
 * - Its lane is the value of the lanes field as text (`''` for none); lanes are ordered by
 *   their id, `''` last.
 * - A lane with at most `most` events in the window gives them in time order (ties by id);
 *   else how many are in each bin, and each bin's longest event (ties: the earliest, then
 *   the smallest id) where it is a long span (`spanning`).
 */
import type { RemoteAnswer, RemoteEvent, RemoteLane, RemoteRequest } from './protocol.js';

/** The lane an event is in, as text. */
export function laneOf(e: RemoteEvent, field: string | undefined): string {
  if (field === undefined) return '';
  const v = e[field];
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** Whether `a` is longer than `b`, or as long and earlier, or as both and of a smaller id. */
export function longer(a: RemoteEvent, b: RemoteEvent): boolean {
  const da = a.endMs - a.startMs;
  const db = b.endMs - b.startMs;
  if (da !== db) return da > db;
  if (a.startMs !== b.startMs) return a.startMs < b.startMs;
  return a.id < b.id;
}

/** Orders lanes by id, the lane of events with none last. */
export function laneOrder(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fields an answer sends of an event (and the lanes field's): what the plot draws. Details come apart. */
export const SENT_FIELDS = ['id', 'title', 'start', 'end', 'kind', 'category', 'startMs', 'endMs'] as const;

/** An event as an answer sends it: its SENT_FIELDS and its lanes field, those it has. */
export function sent(e: RemoteEvent, lanes: string | undefined): RemoteEvent {
  const out: Record<string, unknown> = {};
  for (const key of [...SENT_FIELDS, ...(lanes === undefined ? [] : [lanes])]) if (e[key] !== undefined && e[key] !== null) out[key] = e[key];
  return out as RemoteEvent;
}

/** How long an event lasts at least to be a long span in an answer to `r` (see {@link spanning}). */
export function longSpanMs(r: Pick<RemoteRequest, 'start' | 'end' | 'bins'>): number {
  return Math.max((r.end - r.start) / r.bins, (r.end - r.start) / 32);
}

/**
 * A lane answered in bins, from an engine's rows: how many start in each bin, and each bin's
 * longest event (`null` where it has none); its total is their sum.
 */
export function binnedLane(
  id: string,
  r: RemoteRequest,
  counts: readonly { readonly bin: number; readonly n: number }[],
  longest: readonly { readonly bin: number; readonly event: RemoteEvent }[],
): RemoteLane {
  const each = new Array<number>(r.bins).fill(0);
  const held = new Array<RemoteEvent | null>(r.bins).fill(null);
  let total = 0;
  for (const c of counts) total += each[c.bin] = c.n;
  for (const l of longest) held[l.bin] = sent(l.event, r.lanes);
  return { id, total, counts: each, longest: spanning(held, r) };
}

/**
 * Each bin's longest event where it is a long span, by bin: lasting a bin or more, and a
 * thirty-second of the window or more (some 50 px of a 1,600 px plot). Shorter ones are the
 * counts' (a day-long event at a zoom of months is density, not a bar).
 */
export function spanning(longest: readonly (RemoteEvent | null | undefined)[], r: Pick<RemoteRequest, 'start' | 'end' | 'bins'>): Record<string, RemoteEvent> {
  const least = longSpanMs(r);
  const out: Record<string, RemoteEvent> = {};
  for (const [bin, e] of longest.entries()) if (e && e.endMs - e.startMs >= least) out[String(bin)] = e;
  return out;
}

/** The answer to `r` over `events` (any order). */
export function answerFrom(events: readonly RemoteEvent[], r: RemoteRequest): RemoteAnswer {
  const hidden = new Set(r.hidden);
  const q = r.query.toLowerCase();
  const byLane = new Map<string, RemoteEvent[]>();
  for (const e of events) {
    if (!(e.startMs < r.end && e.endMs > r.start)) continue;
    if (e.category !== undefined && hidden.has(e.category)) continue;
    if (q !== '' && !e.title.toLowerCase().includes(q)) continue;
    const lane = laneOf(e, r.lanes);
    let list = byLane.get(lane);
    if (!list) byLane.set(lane, (list = []));
    list.push(e);
  }
  const binMs = (r.end - r.start) / r.bins;
  const lanes = [...byLane.keys()].sort(laneOrder).map((id): RemoteLane => {
    const list = byLane.get(id) ?? [];
    if (list.length <= r.most) {
      const events = [...list].sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { id, total: list.length, events: events.map((e) => sent(e, r.lanes)) };
    }
    const counts = new Array<number>(r.bins).fill(0);
    const longest = new Array<RemoteEvent | null>(r.bins).fill(null);
    for (const e of list) {
      const bin = Math.min(r.bins - 1, Math.max(0, Math.floor((e.startMs - r.start) / binMs)));
      counts[bin] = (counts[bin] ?? 0) + 1;
      const held = longest[bin];
      if (!held || longer(e, held)) longest[bin] = e;
    }
    return { id, total: list.length, counts, longest: spanning(longest.map((e) => e && sent(e, r.lanes)), r) };
  });
  return { start: r.start, end: r.end, bins: r.bins, lanes };
}
