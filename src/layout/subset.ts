/**
 * Some of a prepared timeline's events, as a prepared timeline of their own: what filters and
 * search leave in view. Pure.
 */
import { indexIds, isShort, type IdLookup, type PreparedEvent, type PreparedTimeline } from './prepare.js';

/**
 * The events of `all` that `keep` accepts (by time-order position), in the same order and
 * numbered anew from 0. The extent stays that of `all`, so that narrowing what is shown
 * never moves the view the reader is in. With `candidates` (positions, ascending), only
 * those are tried: the others are left out.
 */
export function subsetTimeline(all: PreparedTimeline, keep: (order: number) => boolean, candidates?: ArrayLike<number>): PreparedTimeline {
  const n = all.events.length;
  const tried = candidates ?? { length: n };
  const kept = new Uint32Array(tried.length);
  let count = 0;
  for (let k = 0; k < tried.length; k++) {
    const order = candidates ? (candidates[k] as number) : k;
    if (keep(order)) kept[count++] = order;
  }
  // Nothing left out: the timeline as it is (its objects, its id index).
  if (count === n) return all;
  const events: PreparedEvent[] = [];
  const short: PreparedEvent[] = [];
  const long: PreparedEvent[] = [];
  const shortStarts = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const p = all.events[kept[k] as number] as PreparedEvent;
    // Written out, not spread: a spread of 100,000 objects costs a keystroke's budget.
    const q: PreparedEvent = { event: p.event, order: events.length, kind: p.kind, start: p.start, end: p.end, startBandEnd: p.startBandEnd, precision: p.precision };
    events.push(q);
    if (isShort(q)) {
      shortStarts[short.length] = q.start;
      short.push(q);
    } else {
      long.push(q);
    }
  }
  let orderOf: IdLookup | undefined;
  return {
    events,
    short,
    long,
    shortStarts: shortStarts.subarray(0, short.length),
    extent: all.extent,
    get orderOf() {
      return (orderOf ??= indexIds(events));
    },
  };
}
