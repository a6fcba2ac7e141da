/**
 * Some of a prepared timeline's events, as a prepared timeline of their own: what filters and
 * search leave in view (`filterEvents`, stage 3 of pipeline.ts). Pure.
 */
import type { TimelineEvent } from '../dataset/types.js';
import { featuredFlags, indexIds, isShort, type IdLookup, type PreparedEvent, type PreparedTimeline } from './prepare.js';

/** Each category's id, as the legend knows it (render/glyphs.ts CategoryTable). */
export interface CategoryIds {
  look(category: string | undefined): { readonly id?: string | undefined };
}

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
  const featured: PreparedEvent[] = [];
  const flags = featuredFlags(all);
  const shortStarts = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const p = all.events[kept[k] as number] as PreparedEvent;
    // Written out, not spread: a spread of 100,000 objects costs a keystroke's budget.
    const q: PreparedEvent = { event: p.event, order: events.length, kind: p.kind, start: p.start, end: p.end, precision: p.precision };
    events.push(q);
    if (flags?.[p.order] === 1) featured.push(q);
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
    featured,
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

/** What narrows the events shown. */
export interface FilterSpec {
  /** The search's matches (time-order positions, ascending); unset without a query. */
  readonly matches?: ArrayLike<number> | undefined;
  /** The category ids the legend hides. */
  readonly hidden: ReadonlySet<string>;
  /** The page's `filter`, made safe by the caller (it never throws). */
  readonly filter?: ((event: TimelineEvent) => boolean) | undefined;
  /** The categories' looks: each category's id (the legend's). */
  readonly looks: CategoryIds;
  /** Each event's category by number, for `all` (made when first needed: hiding a category). */
  readonly codes: () => CategoryCodes;
}

/** The events shown, and how many of each category the search and `filter` leave (unset when they leave every event). */
export interface Filtered {
  readonly shown: PreparedTimeline;
  readonly counts: ReadonlyMap<string, number> | undefined;
}

/**
 * The events of `all` that the search, the legend and the page's `filter` leave, as a
 * timeline of their own (same order, same extent: narrowing never moves the view). The
 * legend's counts are of what the search and `filter` leave, hidden categories included, so
 * that a toggle says what it would bring back.
 */
export function filterEvents(all: PreparedTimeline, spec: FilterSpec): Filtered {
  const { matches, hidden, filter } = spec;
  const everything = (matches === undefined || matches.length === all.events.length) && !filter;
  // Only the search's matches are tried (subsetTimeline leaves the rest out).
  if (hidden.size === 0 && everything) return { shown: subsetTimeline(all, () => true, matches), counts: undefined };
  // Categories by number: an event is read only for the page's `filter` (at 100,000 events
  // each event read is a cache miss).
  const { codes, categories } = spec.codes();
  const ids = categories.map((c) => spec.looks.look(c).id);
  const hiddenCode = ids.map((id) => id !== undefined && hidden.has(id));
  const left = new Uint32Array(categories.length);
  const shown = subsetTimeline(all, (order) => {
    if (filter && !filter((all.events[order] as PreparedEvent).event)) return false;
    const code = codes[order] as number;
    left[code] = (left[code] as number) + 1;
    return !hiddenCode[code];
  }, matches);
  if (everything) return { shown, counts: undefined };
  const counts = new Map<string, number>();
  for (const [code, id] of ids.entries()) {
    const n = left[code] as number;
    if (id !== undefined && n > 0) counts.set(id, (counts.get(id) ?? 0) + n);
  }
  return { shown, counts };
}
