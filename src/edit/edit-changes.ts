/**
 * Changes to events, as editing makes them: moved, an end moved, put in another lane, added,
 * removed; each a new event (the page's never changed in place) or a reason it cannot be, and
 * the list with the change made. Pure: no DOM.
 */
import { validateEvents } from '../dataset/validate.js';
import type { TimelineEvent } from '../dataset/types.js';
import type { ChangeKind } from '../events.js';
import { interval, shiftDate, type SnapUnit } from './edit-dates.js';

/** One change: the event before (null for an addition) and after (null for a removal). */
export interface EventChange {
  readonly kind: ChangeKind;
  readonly before: TimelineEvent | null;
  readonly after: TimelineEvent | null;
}

/** Why a change is refused, as the edit strings name it. */
export type Refusal = 'title' | 'start' | 'end' | 'endBeforeStart' | 'lanes' | 'invalid' | 'taken';

type Mutable = { -readonly [K in keyof TimelineEvent]?: TimelineEvent[K] } & Record<string, unknown>;

/** The event moved by `by` units, its start and end each at their own precision. */
export function moveEvent(e: TimelineEvent, u: SnapUnit, by: number): TimelineEvent | Refusal {
  const start = shiftDate(e.start, u, by);
  if (start === undefined) return 'start';
  const end = e.end === undefined ? undefined : shiftDate(e.end, u, by);
  return { ...e, start, ...(end !== undefined && { end }) };
}

/**
 * The event's end moved by `by` units: a point or an ongoing event so given an end becomes a
 * span; an end is never moved before the start.
 */
export function resizeEvent(e: TimelineEvent, u: SnapUnit, by: number, side: 'start' | 'end' = 'end'): TimelineEvent | Refusal {
  if (side === 'start') {
    const start = shiftDate(e.start, u, by);
    if (start === undefined) return 'start';
    return checkOrder({ ...e, start });
  }
  const end = shiftDate(e.end ?? e.start, u, by);
  if (end === undefined) return 'end';
  if (e.end === undefined && end === e.start) return e;
  const out: Mutable = { ...e, end };
  if (out.kind === 'point' || out.kind === 'ongoing') out.kind = 'span';
  return checkOrder(out as TimelineEvent);
}

/** The event, or `endBeforeStart` when its end comes before its start. */
export function checkOrder(e: TimelineEvent): TimelineEvent | Refusal {
  const s = interval(e.start);
  const t = interval(e.end);
  if (!s) return 'start';
  if (e.end !== undefined && !t) return 'end';
  // As validation reads it: the end's last instant after the start's first.
  return t && t[1] <= s[0] ? 'endBeforeStart' : e;
}

/**
 * The event put in lane `to` instead of `from` (`''`: the lane of events with no value) of
 * the field lanes group by: a list field (countries, actors) has `from` replaced, any other
 * field is set (or, for `''`, taken away).
 */
export function withLane(e: TimelineEvent, field: string, from: string, to: string): TimelineEvent {
  const was: unknown = (e as unknown as Record<string, unknown>)[field];
  let value: unknown = to === '' ? undefined : to;
  if (Array.isArray(was)) {
    const list = (was as unknown[]).filter((v) => String(v).trim() !== from && String(v).trim() !== to);
    if (to !== '') list.push(to);
    value = list.length > 0 ? list : undefined;
  }
  // The field left out, not set to nothing, when the event goes to the lane of events with none.
  const out: Mutable = Object.fromEntries(Object.entries(e).filter(([k]) => k !== field));
  if (value !== undefined) out[field] = value;
  return out as TimelineEvent;
}

/** An id not yet in `taken`: `event-1`, `event-2`… */
export function freshId(taken: ReadonlySet<string>, stem = 'event'): string {
  let n = taken.size + 1;
  while (taken.has(`${stem}-${String(n)}`)) n++;
  return `${stem}-${String(n)}`;
}

/**
 * The list with the change made: a new array (the page's is never changed), the event
 * replaced where it stood, an addition last, a removal left out.
 */
export function applyChange(list: readonly TimelineEvent[], change: EventChange): TimelineEvent[] {
  const { before, after } = change;
  if (before === null) return after ? [...list, after] : [...list];
  const at = indexOf(list, before);
  const out = [...list];
  if (at < 0) return after ? [...out, after] : out;
  if (after) out[at] = after;
  else out.splice(at, 1);
  return out;
}

/** Where an event stands in a list: the object itself, else the one with its id. */
export function indexOf(list: readonly TimelineEvent[], e: TimelineEvent): number {
  const same = list.indexOf(e);
  return same >= 0 ? same : list.findIndex((x) => (x as Partial<TimelineEvent> | null)?.id === e.id);
}

/**
 * What is wrong with an event an edit would make, if anything: the first thing a reader must
 * fix (a title, a start that is a date, an end after it), else anything else validation would
 * leave out (a page's `sahel-change` listener may have adjusted it).
 */
export function refusalOf(e: TimelineEvent): Refusal | undefined {
  if (typeof e.title !== 'string' || e.title.trim() === '') return 'title';
  const ordered = checkOrder(e);
  if (typeof ordered === 'string') return ordered;
  return validateEvents([e]).issues.some((i) => i.effect !== 'kept') ? 'invalid' : undefined;
}
