/**
 * Lanes as shown (stage 4 of pipeline.ts): each lane's events among those the filters leave,
 * read from the events' source, and where the arrow keys go through them. Pure; in the lanes
 * chunk.
 */
import { ALL_TIME, type EventSource, type ShownRequest } from './event-source.js';
import { indexInLane, nearestInLane } from './lane-order.js';
import { laneTimelines, type Lane, type ShownLane } from './lanes.js';
import { prepareTimeline, type PreparedTimeline } from './prepare.js';

/**
 * `laneTimelines` (lanes.ts) of the events of `shown` (a filter's subset of `all`, which keeps
 * their order and their objects), for lanes given by their positions among `all`.
 */
export function lanesAmong(all: PreparedTimeline, shown: PreparedTimeline, lanes: readonly (readonly number[])[]): PreparedTimeline[] {
  if (shown === all) return laneTimelines(all, lanes);
  // Positions among all events to positions among those shown.
  const map = new Int32Array(all.events.length).fill(-1);
  let k = 0;
  for (const p of all.events) if (shown.events[k]?.event === p.event) map[p.order] = k++;
  return laneTimelines(shown, lanes.map((orders) => orders.map((o) => map[o] as number).filter((o) => o >= 0)));
}

/**
 * The lanes as shown (stage 4 of pipeline.ts): each holds those of its events (`grouped`,
 * positions among all) that the filters leave, keeping their positions among the events
 * shown, read from the source; `collapsed` says which the reader folded (by id, over the
 * grouping's own say).
 */
export function lanesShown(source: EventSource, request: ShownRequest, grouped: readonly Lane[], collapsed: (lane: Lane) => boolean): ShownLane[] {
  const answer = source.read({ ...request, window: ALL_TIME, width: 0, lanes: grouped.map((l) => l.orders) });
  const each = answer.kind === 'events' ? (answer.lanes ?? []) : [];
  return grouped.map((l, i) => ({
    id: l.id,
    label: l.label,
    other: l.other,
    collapsed: collapsed(l),
    orders: l.orders,
    timeline: each[i] ?? prepareTimeline([]),
  }));
}

/**
 * Where the arrow keys go in lanes, from the event at time-order position `order` (starting at
 * `start`), the focus in lane `active`: ←/→ (`by` ±1) and Home/End (`by` ±Infinity) within the
 * lane, ↑/↓ (`lanes` ±1) to the event nearest in time in the next lane that shows events.
 * Undefined when there is nowhere to go.
 */
export function laneStep(
  list: readonly ShownLane[],
  active: number,
  order: number,
  start: number,
  by: number,
  lanes: number,
): { lane: number; order: number } | undefined {
  if (lanes !== 0) {
    for (let i = active + lanes; i >= 0 && i < list.length; i += lanes) {
      const lane = list[i];
      if (!lane || lane.collapsed) continue;
      const target = nearestInLane(lane.timeline, start);
      if (target) return { lane: i, order: target.order };
    }
    return undefined;
  }
  const lane = list[active]?.timeline;
  if (!lane || lane.events.length === 0) return undefined;
  let at = indexInLane(lane, order);
  if (at < 0) {
    // The focused event is not in this lane (a page's change): go on from its time.
    const near = nearestInLane(lane, start);
    at = near ? indexInLane(lane, near.order) : 0;
    by = Number.isFinite(by) ? 0 : by;
  }
  const to = by === Infinity ? lane.events.length - 1 : by === -Infinity ? 0 : Math.max(0, Math.min(lane.events.length - 1, at + by));
  const target = lane.events[to];
  return target && { lane: active, order: target.order };
}
