/**
 * The events of some importance (the data's `importance`, above 0) in a window, most important
 * first: packing (pack.ts) labels them before the rest, after the selected and focused ones.
 * Pure; found once per timeline.
 */
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

/** At most this many featured events are placed ahead of the rest in one view (the most important). */
const MOST_FEATURED = 64;

/** Each timeline's events of some importance (above 0), in time order: found once per timeline. */
const featuredOf = new WeakMap<PreparedTimeline, readonly PreparedEvent[]>();

/**
 * The events of `timeline` of some importance that reach into `[from, to]`, most important
 * first (then in time order): labelled before the rest where not every event can be.
 */
export function featuredIn(timeline: PreparedTimeline, from: number, to: number): PreparedEvent[] {
  let featured = featuredOf.get(timeline);
  if (!featured) {
    featured = timeline.events.filter((p) => (p.event.importance ?? 0) > 0);
    featuredOf.set(timeline, featured);
  }
  if (featured.length === 0) return [];
  const inView = featured.filter((p) => p.end >= from && p.start <= to);
  inView.sort((p, q) => (q.event.importance ?? 0) - (p.event.importance ?? 0) || p.order - q.order);
  return inView.slice(0, MOST_FEATURED);
}
