/**
 * Finding events in a lane's timeline (layout/lanes.ts `laneTimeline`), whose events keep
 * their positions in the whole timeline: for the keys that move between lanes. Pure.
 */
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

/** Where `order` (a position in the whole timeline) is in a lane's events, or -1. */
export function indexInLane(lane: PreparedTimeline, order: number): number {
  const events = lane.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as PreparedEvent).order < order) lo = mid + 1;
    else hi = mid;
  }
  return events[lo]?.order === order ? lo : -1;
}

/** The event of a lane starting nearest to `time` (the earlier on a tie), or undefined for an empty lane. */
export function nearestInLane(lane: PreparedTimeline, time: number): PreparedEvent | undefined {
  const events = lane.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as PreparedEvent).start < time) lo = mid + 1;
    else hi = mid;
  }
  const after = events[lo];
  const before = events[lo - 1];
  if (!before) return after;
  if (!after) return before;
  return time - before.start <= after.start - time ? before : after;
}
