/**
 * The events of some importance (the data's `importance`, above 0) in a window, most important
 * first: packing (pack.ts) labels them before the rest, after the selected and focused ones.
 * Pure; the timeline lists them (prepare.ts), found as it was sorted.
 */
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

/** At most this many featured events are placed ahead of the rest in one view (the most important). */
const MOST_FEATURED = 64;

/**
 * The events of `timeline` of some importance that reach into `[from, to]`, most important
 * first (then in time order): labelled before the rest where not every event can be.
 */
export function featuredIn(timeline: PreparedTimeline, from: number, to: number): PreparedEvent[] {
  const { featured } = timeline;
  if (featured.length === 0) return [];
  const inView = featured.filter((p) => p.end >= from && p.start <= to);
  inView.sort((p, q) => (q.event.importance ?? 0) - (p.event.importance ?? 0) || p.order - q.order);
  return inView.slice(0, MOST_FEATURED);
}
