/**
 * Lanes: events grouped by a field (country, actor, category, or any field of the page's
 * own) or by a function, each lane holding the time-order positions of its events. An event
 * with several values is in each of their lanes; one with none is in a last lane, "Other".
 * Pure: naming values (a country's name in the reader's language) is the caller's.
 */
import type { TimelineEvent } from '../dataset/types.js';

/** What lanes group by: a field's name, or a function giving an event's lane or lanes. */
export type GroupBy = string | ((event: TimelineEvent) => string | readonly string[] | undefined);

/** A lane as the page describes it: its order (the list's), its label, and whether it starts collapsed. */
export interface LaneSpec {
  readonly id: string;
  readonly label?: string;
  readonly collapsed?: boolean;
}

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
