/**
 * Some of a prepared timeline's events, as a prepared timeline of their own: what filters and
 * search leave in view. Pure.
 */
import { IdMap } from '../dataset/id-map.js';
import { isShort, type IdLookup, type PreparedEvent, type PreparedTimeline } from './prepare.js';

/**
 * The events of `all` that `keep` accepts (by time-order position), in the same order and
 * numbered anew from 0. The extent stays that of `all`, so that narrowing what is shown
 * never moves the view the reader is in.
 */
export function subsetTimeline(all: PreparedTimeline, keep: (order: number) => boolean): PreparedTimeline {
  const events: PreparedEvent[] = [];
  const short: PreparedEvent[] = [];
  const long: PreparedEvent[] = [];
  const shortStarts: number[] = [];
  for (const p of all.events) {
    if (!keep(p.order)) continue;
    const q: PreparedEvent = { ...p, order: events.length };
    events.push(q);
    if (isShort(q)) {
      short.push(q);
      shortStarts.push(q.start);
    } else {
      long.push(q);
    }
  }
  let orderOf: IdLookup | undefined;
  return {
    events,
    short,
    long,
    shortStarts: Float64Array.from(shortStarts),
    extent: all.extent,
    get orderOf() {
      if (!orderOf) {
        const map = new IdMap<number>(events.length);
        for (const p of events) map.set(p.event.id, p.order);
        orderOf = map;
      }
      return orderOf;
    },
  };
}
