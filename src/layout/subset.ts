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
    const q: PreparedEvent = { event: p.event, order: events.length, kind: p.kind, start: p.start, end: p.end, precision: p.precision };
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

/**
 * Each event's category as a small number, by time-order position (`codes`), and the
 * categories those numbers stand for, as written. Filters read an event's category from
 * here: reading the event itself costs a cache miss at 100,000 events, a keystroke's budget.
 */
export interface CategoryCodes {
  readonly codes: Uint32Array;
  readonly categories: readonly (string | undefined)[];
}

/** Events numbered between two yields of {@link categoryCodes}. */
const STEP = 16_384;

/** The {@link CategoryCodes} of `all`, yielding the share done (0 to 1) now and then. */
export function* categoryCodes(all: PreparedTimeline): Generator<number, CategoryCodes, void> {
  const events = all.events;
  const codes = new Uint32Array(events.length);
  const categories: (string | undefined)[] = [];
  const codeOf = new Map<string | undefined, number>();
  for (let i = 0; i < events.length; i++) {
    if (i % STEP === 0 && i > 0) yield i / events.length;
    const category = (events[i] as PreparedEvent).event.category;
    let code = codeOf.get(category);
    if (code === undefined) {
      code = categories.push(category) - 1;
      codeOf.set(category, code);
    }
    codes[i] = code;
  }
  return { codes, categories };
}
