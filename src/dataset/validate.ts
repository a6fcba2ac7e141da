import { describeType, readPartialDate, toIntervalMs } from './dates.js';
import type { Certainty, EventCategory, EventKind, Place, SourceRef, TimelineEvent } from './types.js';
import { CERTAINTIES, EVENT_CATEGORIES, EVENT_KINDS } from './vocabulary.js';

/** One problem found in a dataset: where it is and what is wrong, in plain words. */
export interface ValidationIssue {
  /** Position of the item in the input list, or `null` when the input as a whole is wrong. */
  readonly index: number | null;
  /** The item's `id`, when it has a usable one. */
  readonly id?: string;
  /** The field at fault (`"start"`, `"place.lat"`, `"sources[0].paragraph"`), or `null` for the whole item. */
  readonly field: string | null;
  /** What is wrong, in words a reader understands. */
  readonly message: string;
}

/** What {@link validateEvents} returns: every valid item, and every problem with the others. */
export interface ValidationResult {
  readonly events: TimelineEvent[];
  readonly issues: ValidationIssue[];
  /** How many items the input held. */
  readonly total: number;
}

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Reads only own properties, so inherited names such as `constructor` never count as data. */
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const CATEGORY_SET: ReadonlySet<EventCategory> = new Set(EVENT_CATEGORIES);
const KIND_SET: ReadonlySet<EventKind> = new Set(EVENT_KINDS);
const CERTAINTY_SET: ReadonlySet<Certainty> = new Set(CERTAINTIES);
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Collects the problems of one item while its clean copy is built. */
class ItemReader {
  readonly problems: { field: string | null; message: string }[] = [];
  constructor(readonly raw: Json) {}

  fail(field: string | null, message: string): void {
    this.problems.push({ field, message });
  }


  text(key: string, required: boolean): string | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) {
      if (required) this.fail(key, 'is missing');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.fail(key, `should be text, not ${describeType(v)}`);
      return undefined;
    }
    if (required && v.trim() === '') {
      this.fail(key, 'is empty');
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(key: string, allowed: ReadonlySet<T>): T | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && (allowed as ReadonlySet<string>).has(v)) return v as T;
    const shown = typeof v === 'string' ? `"${v.slice(0, 40)}"` : describeType(v);
    this.fail(key, `${shown} is not one of: ${[...allowed].join(', ')}`);
    return undefined;
  }

  textList(key: string, check?: (s: string) => boolean, rule?: string): string[] | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.fail(key, `should be a list, not ${describeType(v)}`);
      return undefined;
    }
    const out: string[] = [];
    v.forEach((x: unknown, i) => {
      if (typeof x !== 'string') this.fail(`${key}[${i}]`, `should be text, not ${describeType(x)}`);
      else if (check && !check(x)) this.fail(`${key}[${i}]`, `"${x.slice(0, 40)}" ${rule ?? 'is not allowed'}`);
      else out.push(x);
    });
    return out;
  }

  place(): Place | undefined {
    const v = own(this.raw, 'place');
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return { name: v };
    if (!isRecord(v)) {
      this.fail('place', `should be an object with a name, not ${describeType(v)}`);
      return undefined;
    }
    const name = own(v, 'name');
    if (typeof name !== 'string' || name.trim() === '') {
      this.fail('place.name', 'is missing or empty');
      return undefined;
    }
    const lat = own(v, 'lat');
    const lon = own(v, 'lon');
    if (lat === undefined && lon === undefined) return { name };
    const okLat = typeof lat === 'number' && Number.isFinite(lat) && lat >= -90 && lat <= 90;
    const okLon = typeof lon === 'number' && Number.isFinite(lon) && lon >= -180 && lon <= 180;
    if (lat === undefined) this.fail('place.lat', 'is missing: a longitude needs a latitude');
    else if (!okLat) this.fail('place.lat', `${describeType(lat)} is not a latitude between -90 and 90`);
    if (lon === undefined) this.fail('place.lon', 'is missing: a latitude needs a longitude');
    else if (!okLon) this.fail('place.lon', `${describeType(lon)} is not a longitude between -180 and 180`);
    return okLat && okLon ? { name, lat, lon } : undefined;
  }

  sources(): SourceRef[] | undefined {
    const v = own(this.raw, 'sources');
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.fail('sources', `should be a list, not ${describeType(v)}`);
      return undefined;
    }
    const out: SourceRef[] = [];
    v.forEach((s: unknown, i) => {
      const at = `sources[${i}]`;
      if (!isRecord(s)) {
        this.fail(at, `should be an object, not ${describeType(s)}`);
        return undefined;
      }
      const source = own(s, 'source');
      const paragraph = own(s, 'paragraph');
      const quote = own(s, 'quote');
      const url = own(s, 'url');
      if (typeof source !== 'string' || source === '') {
        this.fail(`${at}.source`, 'is missing or empty');
        return undefined;
      }
      if (paragraph !== undefined && !(Number.isInteger(paragraph) && (paragraph as number) >= 1)) {
        this.fail(`${at}.paragraph`, `${describeType(paragraph)} is not a paragraph number (1, 2, 3…)`);
        return undefined;
      }
      if (quote !== undefined && typeof quote !== 'string') {
        this.fail(`${at}.quote`, 'should be text');
        return undefined;
      }
      if (url !== undefined && typeof url !== 'string') {
        this.fail(`${at}.url`, 'should be text');
        return undefined;
      }
      out.push({
        source,
        ...(paragraph !== undefined && { paragraph: paragraph as number }),
        ...(quote !== undefined && { quote }),
        ...(url !== undefined && { url }),
      });
      return undefined;
    });
    return out;
  }
}

/**
 * Checks any input against the {@link TimelineEvent} shape. Accepts a list of events or an
 * object with an `events` list. Every valid item is returned as a clean copy holding only the
 * known fields; every invalid item is left out and reported, with its index, the field and the
 * reason. Never throws. Of two items with the same `id`, the first valid one is kept.
 */
export function validateEvents(input: unknown): ValidationResult {
  const list = Array.isArray(input) ? input : isRecord(input) ? own(input, 'events') : undefined;
  if (!Array.isArray(list)) {
    const what = isRecord(input) ? 'an object without an "events" list' : describeType(input);
    return {
      events: [],
      total: 0,
      issues: [{ index: null, field: null, message: `Expected a list of events (or an object with an "events" list), but got ${what}.` }],
    };
  }
  const events: TimelineEvent[] = [];
  const issues: ValidationIssue[] = [];
  const firstIndexOfId = new Map<string, number>();
  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    if (!isRecord(raw)) {
      issues.push({ index, field: null, message: `should be an object, not ${describeType(raw)}` });
      continue;
    }
    const r = new ItemReader(raw);
    const event = readEvent(r);
    const id = typeof own(raw, 'id') === 'string' ? (own(raw, 'id') as string) : undefined;
    if (event) {
      const first = firstIndexOfId.get(event.id);
      if (first === undefined) {
        firstIndexOfId.set(event.id, index);
        events.push(event);
        continue;
      }
      r.fail('id', `"${event.id.slice(0, 60)}" is already used by item ${first}; the first is kept`);
    }
    for (const p of r.problems) issues.push({ index, ...(id && { id }), ...p });
  }
  return { events, issues, total: list.length };
}

function readEvent(r: ItemReader): TimelineEvent | undefined {
  const id = r.text('id', true);
  const title = r.text('title', true);
  const summary = r.text('summary', false);
  const startRaw = own(r.raw, 'start');
  const endRaw = own(r.raw, 'end');
  const start = startRaw === undefined || startRaw === null ? 'is missing' : readPartialDate(startRaw);
  const end = endRaw === undefined || endRaw === null ? undefined : readPartialDate(endRaw);
  if (typeof start === 'string') r.fail('start', start);
  if (typeof end === 'string') r.fail('end', end);
  if (typeof start === 'object' && typeof end === 'object' && toIntervalMs(end)[1] <= toIntervalMs(start)[0]) {
    r.fail('end', `${String(endRaw)} is before the start, ${String(startRaw)}`);
  }
  const kind = r.oneOf('kind', KIND_SET);
  if (kind === 'span' && end === undefined) r.fail('end', 'is missing: a span needs an end');
  if (kind === 'point' && end !== undefined) r.fail('end', 'is given, but a point event has no end');
  const category = r.oneOf('category', CATEGORY_SET);
  const countries = r.textList('countries', (c) => COUNTRY_CODE.test(c), 'is not a two-letter ISO 3166 country code such as "ML"');
  const actors = r.textList('actors');
  const place = r.place();
  const sources = r.sources();
  const certainty = r.oneOf('certainty', CERTAINTY_SET);
  const reportedDate = r.text('reportedDate', false);
  const note = r.text('note', false);
  if (r.problems.length > 0 || id === undefined || title === undefined || typeof start !== 'object') return undefined;
  // Built field by field (not by spreading) since this runs for every item of large inputs.
  const out: { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] } = { id, title, start: startRaw as TimelineEvent['start'] };
  if (summary !== undefined) out.summary = summary;
  if (end !== undefined) out.end = endRaw as TimelineEvent['start'];
  if (kind !== undefined) out.kind = kind;
  if (category !== undefined) out.category = category;
  if (countries !== undefined) out.countries = countries;
  if (actors !== undefined) out.actors = actors;
  if (place !== undefined) out.place = place;
  if (sources !== undefined) out.sources = sources;
  if (certainty !== undefined) out.certainty = certainty;
  if (reportedDate !== undefined) out.reportedDate = reportedDate;
  if (note !== undefined) out.note = note;
  return out;
}

/** One issue as a sentence: `Item 3 ("moura-massacre"), start: "2022-02-30" is not a real date…`. */
export function formatIssue(issue: ValidationIssue): string {
  if (issue.index === null) return issue.message;
  const who = `Item ${issue.index}${issue.id ? ` ("${issue.id.slice(0, 60)}")` : ''}`;
  return `${who}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}.`;
}
