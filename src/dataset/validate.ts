/**
 * Checks any input against the event shape and keeps what can be used: one case per kind of
 * field, applied to each row of the fields table (fields.ts), then the rules that tie fields
 * together (an end after the start, a span's end, a point's lack of one).
 */

import { IdMap } from './id-map.js';
import { runSteps } from './steps.js';
import { describeType, type DateRead } from './dates.js';
import { EVENT_FIELDS, type FieldSpec } from './fields.js';
import { checkTranslatedActors, isRecord, ItemReader, own, type IssueEffect } from './item-reader.js';
import type { DatePrecision, TimelineEvent } from './types.js';

export type { IssueEffect };

/** One problem found in a dataset: where it is and what is wrong, in plain words. */
export interface ValidationIssue {
  /** Position of the item in the input list, or `null` when the input as a whole is wrong. */
  readonly index: number | null;
  /** For a spreadsheet (CSV or TSV): the line its row starts on, counting from 1 at the header. */
  readonly row?: number;
  /** The item's `id`, when it has a usable one. */
  readonly id?: string;
  /** The field at fault (`"start"`, `"place.lat"`, `"sources[0].paragraph"`), or `null` for the whole item. */
  readonly field: string | null;
  /** What is wrong, for the developer who wrote the data. */
  readonly message: string;
  /** What the problem cost; when absent, read as `item` (or `input` when `index` is null). */
  readonly effect?: IssueEffect;
  /** For an item left out because its `id` was taken: the index of the item that has it. */
  readonly duplicateOf?: number;
}

/** What {@link validateEvents} returns: every usable item, and every problem found. */
export interface ValidationResult {
  readonly events: TimelineEvent[];
  readonly issues: ValidationIssue[];
  /** How many items the input held. */
  readonly total: number;
}


/** The effect of an issue, for issues written before `effect` existed. */
export function issueEffect(issue: ValidationIssue): IssueEffect {
  return issue.effect ?? (issue.index === null ? 'input' : 'item');
}

/**
 * What validation works out on the way that preparation needs again: the instants of each
 * kept event and the position of each id. Passed along, a million events are read once.
 * @internal
 */
export interface ReadAhead {
  /** First instant of each kept event (UTC ms), in the order of `events`. */
  readonly starts: Float64Array;
  /** Where each start date's precision band ends. */
  readonly bandEnds: Float64Array;
  /** Where each end date's precision band ends; NaN for an event without an end. */
  readonly endBandEnds: Float64Array;
  readonly precisions: readonly DatePrecision[];
  /** Position in `events` of each id. */
  readonly ids: IdMap<number>;
}

/** {@link validateEventsInSteps}'s result: the public one, and what preparation can reuse. @internal */
export interface ReadResult extends ValidationResult {
  readonly ahead: ReadAhead;
}

/**
 * Checks any input against the {@link TimelineEvent} shape. Accepts a list of events or an
 * object with an `events` list. Never throws.
 *
 * An item is left out only when it has no usable `id`, `title` or `start` (or is not an
 * object). Anything else wrong leaves out just the field at fault (a bad `end`, `place`
 * coordinates, a `sources` entry) and keeps the event. Some values are read rather than
 * refused: a numeric id becomes text, categories are open (a built-in one is matched without
 * regard to case), and lower-case country codes and English country names become codes (any
 * other country text is kept as given). Every problem is reported with the item's index, the
 * field, the reason and its {@link IssueEffect}. Each kept event is a clean copy: the known
 * fields as read, and any other field (the page's own, such as a spreadsheet's extra column)
 * as given. Of two items with the same `id`, the first usable one is kept.
 */
export function validateEvents(input: unknown): ValidationResult {
  const { events, issues, total } = runSteps(validateEventsInSteps(input));
  return { events, issues, total };
}

/** How many items are read between two yields of {@link validateEventsInSteps}. */
const STEP_ITEMS = 2048;

/**
 * {@link validateEvents} as a generator that yields the share of the input read so far
 * (0 to 1) every few thousand items and returns the result, so that a caller can spread a
 * million events over many short tasks and keep the page responsive.
 * @internal
 */
export function* validateEventsInSteps(input: unknown): Generator<number, ReadResult, void> {
  const found: unknown = Array.isArray(input) ? input : isRecord(input) ? own(input, 'events') : undefined;
  const list: readonly unknown[] = Array.isArray(found) ? found : [];
  const n = list.length;
  const events: TimelineEvent[] = [];
  const issues: ValidationIssue[] = [];
  // Sized for the whole list: a plain Map of a million ids rehashes half a million of them in one insertion.
  const ids = new IdMap<number>(n);
  /** The input position of each kept event, for naming the first holder of a repeated id. */
  const indexOf = new Uint32Array(n);
  const starts = new Float64Array(n);
  const bandEnds = new Float64Array(n);
  const endBandEnds = new Float64Array(n);
  const precisions: DatePrecision[] = [];
  const result = (total: number): ReadResult => {
    const k = events.length;
    const ahead = { starts: starts.subarray(0, k), bandEnds: bandEnds.subarray(0, k), endBandEnds: endBandEnds.subarray(0, k), precisions, ids };
    return { events, issues, total, ahead };
  };
  if (!Array.isArray(found)) {
    const what = isRecord(input) ? 'an object without an "events" list' : describeType(input);
    issues.push({ index: null, field: null, message: `Expected a list of events (or an object with an "events" list), but got ${what}.`, effect: 'input' });
    return result(0);
  }
  for (let index = 0; index < n; index++) {
    if (index % STEP_ITEMS === 0 && index > 0) yield index / list.length;
    const raw: unknown = list[index];
    if (!isRecord(raw)) {
      issues.push({ index, field: null, message: `should be an object, not ${describeType(raw)}`, effect: 'item' });
      continue;
    }
    const r = new ItemReader(raw);
    const event = readEvent(r);
    if (event) {
      const k = events.length;
      const kept = ids.claim(event.id, k);
      if (kept === undefined) {
        indexOf[k] = index;
        // readEvent keeps an event only with a valid start, and an end only when valid.
        const start = r.start as DateRead;
        starts[k] = start.start;
        bandEnds[k] = start.end;
        endBandEnds[k] = event.end === undefined || !r.end ? NaN : r.end.end;
        precisions.push(start.date.precision);
        events.push(event);
      } else {
        const first = indexOf[kept] ?? 0;
        r.drop('id', `"${event.id.slice(0, 60)}" is already used by item ${first}; the first is kept`);
        r.duplicateOf = first;
      }
    }
    if (!r.problems) continue;
    const id = event?.id ?? (typeof own(raw, 'id') === 'string' ? (own(raw, 'id') as string) : undefined);
    for (const p of r.problems) {
      const duplicateOf = p.field === 'id' ? r.duplicateOf : undefined;
      issues.push({ index, ...(id && { id }), field: p.field, message: p.message, effect: r.fatal ? 'item' : p.effect, ...(duplicateOf !== undefined && { duplicateOf }) });
    }
  }
  return result(n);
}

const FIELDS: readonly FieldSpec[] = EVENT_FIELDS;
/** Each field's bit, by key: an item's fields are found from its own keys, a bit each. */
const BIT = new Map(FIELDS.map((f, i) => [f.key, 1 << i]));
/** The required fields' bits: these are read (and reported missing) whether given or not. */
const REQUIRED = FIELDS.reduce((bits, f, i) => (f.required ? bits | (1 << i) : bits), 0);
/** Keys never copied from the page's own fields: they would set or shadow the copy's prototype. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function readEvent(r: ItemReader): TimelineEvent | undefined {
  // Built key by key (not by spreading) since this runs for every item of large inputs, and
  // only for the fields the item has: most items hold four or five of the table's sixteen, and
  // a mount runs this once, before the engine has optimised it, where every call counts.
  const out: Record<string, unknown> = {};
  const keys = Object.keys(r.raw);
  let given = REQUIRED;
  let extra = false;
  for (const key of keys) {
    const bit = BIT.get(key);
    if (bit === undefined) extra = true;
    else given |= bit;
  }
  // In the table's order, lowest bit first.
  for (let bits = given; bits !== 0; bits &= bits - 1) {
    const spec = FIELDS[31 - Math.clz32(bits & -bits)] as FieldSpec;
    const value = r.field(spec);
    if (value !== undefined) out[spec.key] = value;
  }
  // Fields the table does not know are the page's own (a spreadsheet's extra column, a desk to
  // group by): kept as given, but for the names that reach the copy's prototype.
  if (extra) for (const key of keys) if (!BIT.has(key) && !UNSAFE.has(key)) out[key] = r.raw[key];
  // Partial until the required fields are known to be there (the item is not fatal).
  const event = out as { -readonly [K in keyof TimelineEvent]?: TimelineEvent[K] };
  // Only dates the loop found valid are in the event, and the reader holds them parsed.
  if (r.start && r.end && event.end !== undefined && r.end.end <= r.start.start) {
    r.fail('end', `${event.end} is before the start, ${event.start}; left out`);
    delete event.end;
  }
  if (event.kind === 'span' && event.end === undefined) {
    r.fail('end', 'is missing: a span needs an end; shown as a point');
    delete event.kind;
  }
  if (event.kind === 'point' && event.end !== undefined) {
    r.fail('end', 'is given, but a point event has no end; left out');
    delete event.end;
  }
  if (event.translations) {
    const checked = checkTranslatedActors(event.translations, event.actors, (field, message) => {
      r.fail(field, message);
    });
    if (checked) event.translations = checked;
    else delete event.translations;
  }
  return r.fatal ? undefined : (event as TimelineEvent);
}

/**
 * One issue as a sentence: `Item 3 ("moura-massacre"), start: "2022-02-30" is not a real date…`
 * (`Line 5 …` for a spreadsheet's row).
 */
export function formatIssue(issue: ValidationIssue): string {
  if (issue.index === null) return issue.message;
  const who = `${issue.row === undefined ? `Item ${issue.index}` : `Line ${issue.row}`}${issue.id ? ` ("${issue.id.slice(0, 60)}")` : ''}`;
  return `${who}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}.`;
}
