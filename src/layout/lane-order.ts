/**
 * Finding events in a lane's timeline (layout/lanes.ts `laneTimelines`), whose events keep
 * their positions in the whole timeline: for the keys that move between lanes, and a
 * collapsed lane's density. Pure.
 */
import { bisector } from 'd3-array';
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

const byOrder = bisector((p: PreparedEvent) => p.order);
const byStart = bisector((p: PreparedEvent) => p.start);

/** Where `order` (a position in the whole timeline) is in a lane's events, or -1. */
export function indexInLane(lane: PreparedTimeline, order: number): number {
  const i = byOrder.left(lane.events, order);
  return lane.events[i]?.order === order ? i : -1;
}

/** How many of a lane's events start before `time` (its events are in time order). */
export function startingBefore(lane: PreparedTimeline, time: number): number {
  return byStart.left(lane.events, time);
}

/** The event of a lane starting nearest to `time` (the earlier on a tie), or undefined for an empty lane. */
export function nearestInLane(lane: PreparedTimeline, time: number): PreparedEvent | undefined {
  const i = startingBefore(lane, time);
  const after = lane.events[i];
  const before = lane.events[i - 1];
  if (!before) return after;
  if (!after) return before;
  return time - before.start <= after.start - time ? before : after;
}
