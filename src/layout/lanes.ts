/**
 * Lanes: events grouped by a field (country, actor, category, or any field of the page's
 * own) or by a function, each lane holding the time-order positions of its events. An event
 * with several values is in each of their lanes; one with none is in a last lane, "Other".
 * Pure: naming values (a country's name in the reader's language) is the caller's.
 */
import type { TimelineEvent } from '../dataset/types.js';
import type { ValidationIssue } from '../dataset/validate.js';
import type { ViewScale } from './pack.js';
import { startingBefore } from './lane-order.js';
import { featuredFlags, isShort, type PreparedEvent, type PreparedTimeline } from './prepare.js';
import type { GroupBy, LaneSpec } from '../property-types.js';

export type { GroupBy, LaneSpec };

export interface Lane {
  /** The value the lane stands for; '' for the lane of events with none. */
  readonly id: string;
  readonly label: string;
  readonly collapsed: boolean;
  /** Whether this is the lane of events with no value. */
  readonly other: boolean;
  /** Time-order positions of its events, ascending. */
  readonly orders: readonly number[];
}

/** An event whose lane could not be read (a function that threw or gave something else). */
export interface LaneProblem {
  readonly id: string;
  readonly reason: string;
}

/** A lane as shown: its events are the ones the filters leave. */
export interface ShownLane {
  readonly id: string;
  readonly label: string;
  /** Whether this is the lane of events with no value ("Other"). */
  readonly other: boolean;
  readonly collapsed: boolean;
  /** Its events' positions among all the events (the grouping's). */
  readonly orders: readonly number[];
  /** Its events among those shown, keeping their time-order positions. */
  readonly timeline: PreparedTimeline;
}

export interface LaneLayout {
  readonly lanes: readonly Lane[];
  readonly problems: readonly LaneProblem[];
}

/** Names readers use for fields whose data is a list (`country` reads `countries`). */
const FIELD_ALIASES: Readonly<Record<string, string>> = { country: 'countries', actor: 'actors' };

/** The field `groupBy` names, as the event holds it. */
export function laneField(groupBy: string): string {
  return FIELD_ALIASES[groupBy] ?? groupBy;
}

/**
 * The lanes of `events` (in time order): those `specs` list first, in their order (even with
 * no events), then the others in the order of their first event, then "Other" for events
 * with no value, if any. `label(value)` names a lane the specs do not name.
 */
export function groupLanes(
  events: readonly { readonly event: TimelineEvent; readonly order: number }[],
  groupBy: GroupBy,
  specs: readonly LaneSpec[] | undefined,
  label: (value: string) => string,
  otherLabel: string,
): LaneLayout {
  const problems: LaneProblem[] = [];
  const byId = new Map<string, number[]>();
  const other: number[] = [];
  for (const spec of specs ?? []) if (!byId.has(spec.id)) byId.set(spec.id, []);
  const read = typeof groupBy === 'function' ? groupBy : fieldReader(laneField(groupBy));
  for (const { event, order } of events) {
    let values: readonly string[];
    try {
      const given = read(event);
      // Most events have one value: no list made for it.
      const one = typeof given === 'string' ? given.trim() : undefined;
      if (one !== undefined && one !== '') {
        let list = byId.get(one);
        if (!list) byId.set(one, (list = []));
        list.push(order);
        continue;
      }
      values = laneValues(given);
      if (values.length === 0 && given !== undefined && given !== null && !(Array.isArray(given) && given.length === 0)) {
        problems.push({ id: event.id, reason: `gave ${describe(given)}, not text or a list of text` });
      }
    } catch (error) {
      values = [];
      problems.push({ id: event.id, reason: `threw: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (values.length === 0) other.push(order);
    for (const value of values) {
      let list = byId.get(value);
      if (!list) byId.set(value, (list = []));
      list.push(order);
    }
  }
  const specOf = new Map((specs ?? []).map((s) => [s.id, s]));
  const lanes: Lane[] = [...byId].map(([id, orders]) => {
    const spec = specOf.get(id);
    return { id, label: spec?.label ?? label(id), collapsed: spec?.collapsed ?? false, other: false, orders };
  });
  if (other.length > 0) {
    const spec = specOf.get('');
    lanes.push({ id: '', label: spec?.label ?? otherLabel, collapsed: spec?.collapsed ?? false, other: true, orders: other });
  }
  return { lanes, problems };
}

/** Reads a field of an event, the page's own fields too. */
function fieldReader(field: string): (event: TimelineEvent) => unknown {
  return (event) => (Object.hasOwn(event, field) ? (event as unknown as Record<string, unknown>)[field] : undefined);
}

/** The distinct lane values of what a field or function gave: text, numbers, or lists of them. */
function laneValues(given: unknown): string[] {
  const list: readonly unknown[] = Array.isArray(given) ? given : [given];
  const out: string[] = [];
  for (const v of list) {
    const text = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
    if (text !== '' && !out.includes(text)) out.push(text);
  }
  return out;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list of other things';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A lane's timeline as {@link laneTimelines} fills it: short events' starts go in `starts`. */
interface LaneParts {
  readonly events: PreparedEvent[];
  readonly short: PreparedEvent[];
  readonly long: PreparedEvent[];
  readonly featured: PreparedEvent[];
  readonly starts: Float64Array;
}

/**
 * For each lane, the events at its time-order positions in `all` (`lanes[i]`, ascending, as
 * `groupLanes` gives them), as a prepared timeline of their own for packing that lane. Unlike
 * a filter's subset, the events are `all`'s own objects and keep their positions in `all`, so
 * that a mark in any lane names the event by the same position (next/previous, the
 * selection, the focus). `orderOf` gives positions in `all`; `events[i].order` is not `i`.
 *
 * One walk through `all`'s events in time order hands each to its lanes: walking each lane's
 * positions instead costs a cache miss an event at 100,000 events.
 */
export function laneTimelines(all: PreparedTimeline, lanes: readonly (readonly number[])[]): PreparedTimeline[] {
  const n = all.events.length;
  // Each position's lane: -1 for none, -2 for several (then listed in `several`).
  const laneOf = new Int32Array(n).fill(-1);
  const several = new Map<number, number[]>();
  for (const [l, orders] of lanes.entries()) {
    for (const o of orders) {
      if (!(o >= 0 && o < n)) continue;
      const was = laneOf[o] as number;
      if (was === -1) {
        laneOf[o] = l;
      } else {
        const list = several.get(o) ?? [was];
        list.push(l);
        several.set(o, list);
        laneOf[o] = -2;
      }
    }
  }
  const built = lanes.map((orders): LaneParts => ({ events: [], short: [], long: [], featured: [], starts: new Float64Array(orders.length) }));
  const flags = featuredFlags(all);
  const add = (b: LaneParts, p: PreparedEvent) => {
    b.events.push(p);
    if (flags?.[p.order] === 1) b.featured.push(p);
    if (isShort(p)) {
      b.starts[b.short.length] = p.start;
      b.short.push(p);
    } else {
      b.long.push(p);
    }
  };
  for (let o = 0; o < n; o++) {
    const l = laneOf[o] as number;
    if (l === -1) continue;
    const p = all.events[o] as PreparedEvent;
    if (l >= 0) add(built[l] as LaneParts, p);
    else for (const k of several.get(o) ?? []) add(built[k] as LaneParts, p);
  }
  return built.map((b) => ({
    events: b.events,
    short: b.short,
    long: b.long,
    shortStarts: b.starts.subarray(0, b.short.length),
    extent: all.extent,
    featured: b.featured,
    orderOf: all.orderOf,
  }));
}

/** `groupBy`'s problems as issues (each event stays, in the lane `other`), with the console's sentence. */
export function laneIssues(problems: readonly LaneProblem[], all: PreparedTimeline, other: string): { issues: ValidationIssue[]; warning: string } {
  const issues = problems.map((p): ValidationIssue => ({ index: all.orderOf.get(p.id) ?? null, id: p.id, field: 'groupBy', message: `groupBy ${p.reason}; the event is in the lane "${other}".`, effect: 'field' }));
  const warning = `<sahel-timeline> groupBy: ${String(problems.length)} events could not be grouped and are in "${other}".\n${issues.slice(0, 20).map((i) => `${String(i.id)}: ${i.message}`).join('\n')}`;
  return { issues, warning };
}

/** Heights of a lane's parts, in pixels. */
export const LANE_HEADER = 30;
/** A collapsed lane's density strip, under its header, and the room above and below its ink. */
export const LANE_STRIP = 14;
export const LANE_STRIP_INSET = 3;
/** Width of a density strip's columns, in pixels. */
export const DENSITY_PX = 4;

/** How dark a density column of `n` events is (0 to 1): one event shows plainly, a hundred is solid. */
export function densityAlpha(n: number): number {
  return n <= 0 ? 0 : Math.min(1, 0.5 + Math.log10(n) * 0.25);
}

/**
 * How many of a lane's events start in each of `bins` equal columns of a plot `width` pixels
 * wide, at scale `x`: a collapsed lane's density strip. Cost grows with the columns, not the
 * events (two binary searches each).
 */
export function laneDensity(lane: PreparedTimeline, x: ViewScale, width: number, bins: number): Uint32Array {
  const out = new Uint32Array(bins);
  let from = startingBefore(lane, +x.invert(0));
  for (let b = 0; b < bins; b++) {
    const to = startingBefore(lane, +x.invert(((b + 1) * width) / bins));
    out[b] = Math.max(0, to - from);
    from = to;
  }
  return out;
}
