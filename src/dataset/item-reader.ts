/**
 * Reading one item against the event shape (validate.ts runs it over each row of the fields
 * table): the reader collects the item's problems while its clean copy is built, one case per
 * kind of field; and the pieces several readers share (addresses, translations).
 */
import { readCountry } from './countries.js';
import { describeType, readDate, type DateRead } from './dates.js';
import { TRANSLATION_FIELDS, type FieldSpec } from './fields.js';
import type { Media, Place, SourceRef, Translation, Translations } from './types.js';
import { MEDIA_KINDS, PLACE_PRECISIONS, vocabularyWord } from './vocabulary.js';

/**
 * What a problem cost:
 * - `input`: nothing could be read (the input is not a list of events);
 * - `item`: the item is left out (no usable id, title or start date, or not an object);
 * - `field`: the item is kept without the field (or the part of it) at fault;
 * - `kept`: the value is kept as given, though it is not what the field expects.
 */
export type IssueEffect = 'input' | 'item' | 'field' | 'kept';

export type Json = Record<string, unknown>;

/** An address with no scheme (relative) or an http(s) one: what media may point at. @internal */
export function isSafeUrl(url: string): boolean {
  const u = url.trim();
  // Browsers drop tabs and line breaks inside addresses ("java\tscript:"): any control character refuses it.
  for (let i = 0; i < u.length; i++) if (u.charCodeAt(i) < 0x20) return false;
  if (u === '') return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(u);
  return scheme ? /^https?$/i.test(scheme[1] ?? '') : true;
}

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Reads only own properties, so inherited names such as `constructor` never count as data. */
/** A value the object holds itself: never one from its prototype (a polluted `Object.prototype`). */
export const own = (o: Json, key: string): unknown => {
  const v = o[key];
  return v === undefined || Object.hasOwn(o, key) ? v : undefined;
};

/** A BCP 47 language tag, loosely: a language and optional subtags (`fr`, `pt-BR`, `zh-Hant-TW`). */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Translations by language tag, checked: each an object whose fields (those of
 * `TRANSLATION_FIELDS`) are text, or for `actors` a list of non-blank text. A bad tag, or a
 * value of the wrong type, is left out alone and reported through `fail(field, message)`
 * (`field` as `translations.fr.title`); blank text and empty lists are dropped quietly.
 * Undefined when nothing usable remains. Whether `actors` has one name per actor is the
 * event's to check ({@link checkTranslatedActors}). @internal
 */
export function readTranslations(v: unknown, key: string, fail: (field: string, message: string) => void): Translations | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) {
    fail(key, `should be an object of translations by language tag (as { "fr": { "title": "…" } }), not ${describeType(v)}; left out`);
    return undefined;
  }
  const out: Record<string, Translation> = {};
  for (const [tag, t] of Object.entries(v)) {
    const at = `${key}.${tag}`;
    if (!LANGUAGE_TAG.test(tag)) {
      fail(at, `"${tag.slice(0, 20)}" is not a language tag such as "fr" or "pt-BR"; left out`);
      continue;
    }
    if (!isRecord(t)) {
      fail(at, `should be an object with a title or summary, not ${describeType(t)}; left out`);
      continue;
    }
    const one: { -readonly [K in keyof Translation]: Translation[K] } = {};
    for (const { key: field, kind } of TRANSLATION_FIELDS) {
      const value = own(t, field);
      if (value === undefined || value === null) continue;
      if (kind === 'list') {
        const list = translatedList(value);
        if (typeof list === 'string') fail(`${at}.${field}`, `${list}; left out`);
        else if (list.length > 0) one[field as 'actors'] = list;
      } else if (typeof value === 'string') {
        if (value.trim() !== '') one[field] = value;
      } else fail(`${at}.${field}`, `should be text, not ${describeType(value)}; left out`);
    }
    if (Object.keys(one).length > 0) out[tag] = one;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A translated list: all of it non-blank text (a gap would put names against the wrong items), or what is wrong with it. */
function translatedList(value: unknown): string[] | string {
  if (!Array.isArray(value)) return `should be a list of names, one per actor, not ${describeType(value)}`;
  for (let i = 0; i < value.length; i++) {
    const x: unknown = value[i];
    if (typeof x !== 'string' || x.trim() === '') return `name ${i + 1} should be text, not ${typeof x === 'string' ? 'empty text' : describeType(x)}`;
  }
  return value as string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * An event's translations, without the translated `actors` that do not give one name per
 * actor (each such list reported through `fail`, as `translations.fr.actors`): the same object
 * when all agree. @internal
 */
export function checkTranslatedActors(
  translations: Translations,
  actors: readonly string[] | undefined,
  fail: (field: string, message: string) => void,
): Translations | undefined {
  const want = actors?.length ?? 0;
  let changed = false;
  const kept: [string, Translation][] = [];
  for (const [tag, t] of Object.entries(translations)) {
    const got = t.actors?.length;
    if (got === undefined || got === want) {
      kept.push([tag, t]);
      continue;
    }
    const has = want === 0 ? 'the event has no actors' : `the event has ${plural(want, 'actor')}: give one name per actor, in the same order`;
    fail(`translations.${tag}.actors`, `has ${plural(got, 'name')} but ${has}; left out`);
    changed = true;
    const rest = Object.fromEntries(Object.entries(t).filter(([key]) => key !== 'actors')) as Translation;
    if (Object.keys(rest).length > 0) kept.push([tag, rest]);
  }
  if (!changed) return translations;
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** Collects the problems of one item while its clean copy is built. */
export class ItemReader {
  /** Made at the first problem: most items have none, and a large list makes many readers. */
  problems: { field: string | null; message: string; effect: IssueEffect }[] | undefined;
  /** The start and end dates as read, when valid. */
  start: DateRead | undefined;
  end: DateRead | undefined;
  /** Whether a problem leaves the whole item out. */
  fatal = false;
  /** Set when the item's id was taken by an earlier item (its index). */
  duplicateOf: number | undefined;
  constructor(readonly raw: Json) {}

  /** A problem that leaves the whole item out. */
  drop(field: string | null, message: string): void {
    this.fatal = true;
    (this.problems ??= []).push({ field, message, effect: 'item' });
  }

  /** A problem that leaves out only the field (or part of it): the item is kept. */
  fail(field: string | null, message: string, effect: IssueEffect = 'field'): void {
    (this.problems ??= []).push({ field, message, effect });
  }

  /** The id as text: numbers are read as their digits, anything else leaves the item out. */
  id(key: string): string | undefined {
    const v = own(this.raw, key);
    return typeof v === 'number' && Number.isFinite(v) ? String(v) : this.text(key, true);
  }

  text(key: string, required: boolean): string | undefined {
    const v = own(this.raw, key);
    if (typeof v === 'string' && (!required || v.trim() !== '')) return v;
    if (v === undefined || v === null) {
      if (required) this.drop(key, 'is missing');
    } else if (typeof v !== 'string') {
      this.problem(required, key, `should be text, not ${describeType(v)}`);
    } else {
      this.drop(key, 'is empty');
    }
    return undefined;
  }

  /** A problem that leaves out the item when the field is required, else only the field. */
  private problem(required: boolean, field: string, message: string): void {
    if (required) this.drop(field, message);
    else this.fail(field, message);
  }

  /** The text of a partial date, when it is one; the start of an item is required. */
  date(key: string, required: boolean): string | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) {
      if (required) this.drop(key, 'is missing');
      return undefined;
    }
    const read = readDate(v);
    if (typeof read === 'object') {
      if (key === 'end') this.end = read;
      else this.start = read;
      return v as string;
    }
    if (required) this.drop(key, read);
    else this.fail(key, `${read}; left out`);
    return undefined;
  }

  /** A finite number, or text that reads as one (a spreadsheet's cell). */
  number(key: string): number | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null || v === '') return undefined;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
    this.fail(key, `should be a number, not ${typeof v === 'string' ? `"${v.slice(0, 40)}"` : describeType(v)}; left out`);
    return undefined;
  }

  /** `true` or `false` (a spreadsheet's `TRUE`, `yes`, `0` too); anything else is reported and left out. */
  flag(key: string): boolean | undefined {
    const v = own(this.raw, key);
    const word = typeof v === 'string' || typeof v === 'number' ? String(v).trim().toLowerCase() : v;
    if (typeof word === 'boolean' || word === undefined || word === null || word === '') return typeof word === 'boolean' ? word : undefined;
    if (typeof word === 'string' && ['true', 'yes', '1', 'false', 'no', '0'].includes(word)) return ['true', 'yes', '1'].includes(word);
    this.fail(key, `should be true or false, not ${typeof v === 'string' ? `"${v.slice(0, 40)}"` : describeType(v)}; left out`);
    return undefined;
  }

  /** One of `allowed` (in any case: "Point" is `point`); anything else is reported and left out. */
  oneOf(key: string, allowed: readonly string[]): string | undefined {
    return this.pick(key, own(this.raw, key), allowed);
  }

  /** Any name belongs to an open vocabulary; one of its own words is written as that word. */
  word(key: string, words: readonly string[]): string | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(key, `should be a name, not ${typeof v === 'string' ? 'empty text' : describeType(v)}; left out`);
      return undefined;
    }
    return vocabularyWord(words, v) ?? v.trim();
  }

  /** The item's own list at `key`; undefined when absent, and reported when not a list. */
  private list(key: string): unknown[] | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.fail(key, `should be a list, not ${describeType(v)}; left out`);
      return undefined;
    }
    return v as unknown[];
  }

  textList(key: string): string[] | undefined {
    const v = this.list(key);
    if (!v) return undefined;
    const out: string[] = [];
    v.forEach((x: unknown, i) => {
      if (typeof x !== 'string') this.fail(`${key}[${i}]`, `should be text, not ${describeType(x)}; left out`);
      else out.push(x);
    });
    return out;
  }

  countries(key: string): string[] | undefined {
    const list = this.textList(key);
    return list?.map((c, i) => {
      const code = readCountry(c);
      if (code !== undefined) return code;
      this.fail(`${key}[${i}]`, `"${c.slice(0, 40)}" is neither a two-letter ISO 3166 country code such as "ML" nor a country's English name; kept as given`, 'kept');
      return c;
    });
  }

  place(key: string): Place | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return { name: v };
    if (!isRecord(v)) {
      this.fail(key, `should be an object with a name, not ${describeType(v)}; left out`);
      return undefined;
    }
    const name = own(v, 'name');
    if (typeof name !== 'string' || name.trim() === '') {
      this.fail(`${key}.name`, 'is missing or empty; the place is left out');
      return undefined;
    }
    const precision = this.pick(`${key}.precision`, own(v, 'precision'), PLACE_PRECISIONS);
    const named: Place = precision ? { name, precision } : { name };
    const lat = own(v, 'lat');
    const lon = own(v, 'lon');
    if (lat === undefined && lon === undefined) return named;
    // A latitude beyond ±90 with a longitude that would be one: the two written the wrong way round.
    const swapped = typeof lat === 'number' && Math.abs(lat) <= 180 && typeof lon === 'number' && Math.abs(lon) <= 90 ? ' (latitude and longitude swapped?)' : '';
    const ok = [this.degrees(key, lat, 'lat', 'latitude', 90, 'longitude', swapped), this.degrees(key, lon, 'lon', 'longitude', 180, 'latitude', '')];
    return ok[0] && ok[1] ? { ...named, lat: lat as number, lon: lon as number } : named;
  }

  /** Whether `v` is a coordinate within ±`max`; reported when not (the event stays on the timeline, off the map). */
  private degrees(key: string, v: unknown, field: string, word: string, max: number, other: string, hint: string): boolean {
    const ok = typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= max;
    if (!ok) this.fail(`${key}.${field}`, `${v === undefined ? `is missing: a ${other} needs a ${word}` : `${describeType(v)} is not a ${word} between -${max} and ${max}${hint}`}; kept on the timeline, off the map`);
    return ok;
  }

  sources(key: string): SourceRef[] | undefined {
    const v = this.list(key);
    if (!v) return undefined;
    const out: SourceRef[] = [];
    v.forEach((s: unknown, i) => {
      const at = `${key}[${i}]`;
      if (!isRecord(s)) {
        this.fail(at, `should be an object, not ${describeType(s)}; left out`);
        return undefined;
      }
      const source = own(s, 'source');
      const paragraph = own(s, 'paragraph');
      const quote = own(s, 'quote');
      const url = own(s, 'url');
      if (typeof source !== 'string' || source === '') {
        this.fail(`${at}.source`, 'is missing or empty; this source is left out');
        return undefined;
      }
      const okParagraph = paragraph === undefined || (Number.isInteger(paragraph) && (paragraph as number) >= 1);
      if (!okParagraph) this.fail(`${at}.paragraph`, `${describeType(paragraph)} is not a paragraph number (1, 2, 3…); left out`);
      if (quote !== undefined && typeof quote !== 'string') this.fail(`${at}.quote`, 'should be text; left out');
      if (url !== undefined && typeof url !== 'string') this.fail(`${at}.url`, 'should be text; left out');
      out.push({
        source,
        ...(paragraph !== undefined && okParagraph && { paragraph: paragraph as number }),
        ...(typeof quote === 'string' && { quote }),
        ...(typeof url === 'string' && { url }),
      });
      return undefined;
    });
    return out;
  }

  /**
   * A picture, video or page: its address must be http(s) or relative (never `javascript:`,
   * `data:` or any other scheme); a bad address leaves the media out, a bad thumbnail only
   * the thumbnail.
   */
  media(key: string): Media | undefined {
    const v = own(this.raw, key);
    if (v === undefined || v === null) return undefined;
    const raw = typeof v === 'string' ? { url: v } : v;
    if (!isRecord(raw)) {
      this.fail(key, `should be an object with a url, not ${describeType(v)}; left out`);
      return undefined;
    }
    const url = own(raw, 'url');
    if (typeof url !== 'string' || !isSafeUrl(url)) {
      this.fail(`${key}.url`, typeof url === 'string' ? `"${url.slice(0, 40)}" is not an http(s) or relative address; the media is left out` : 'is missing; the media is left out');
      return undefined;
    }
    const out: { -readonly [K in keyof Media]: Media[K] } = { url: url.trim() };
    for (const field of ['alt', 'caption', 'credit'] as const) {
      const t = own(raw, field);
      if (typeof t === 'string') out[field] = t;
      else if (t !== undefined && t !== null) this.fail(`${key}.${field}`, `should be text, not ${describeType(t)}; left out`);
    }
    const thumbnail = own(raw, 'thumbnail');
    if (typeof thumbnail === 'string' && isSafeUrl(thumbnail)) out.thumbnail = thumbnail.trim();
    else if (thumbnail !== undefined && thumbnail !== null) this.fail(`${key}.thumbnail`, `${typeof thumbnail === 'string' ? `"${thumbnail.slice(0, 40)}"` : describeType(thumbnail)} is not an http(s) or relative address; left out`);
    const kind = this.pick(`${key}.kind`, own(raw, 'kind'), MEDIA_KINDS);
    if (kind) out.kind = kind;
    return out;
  }

  /** `v` as one of `words` (in any case); anything else is reported and left out. */
  private pick<T extends string>(field: string, v: unknown, words: readonly T[]): T | undefined {
    const word = typeof v === 'string' ? vocabularyWord(words, v) : undefined;
    if (!word && v !== undefined && v !== null) this.fail(field, `${typeof v === 'string' ? `"${v.slice(0, 40)}"` : describeType(v)} is not one of: ${words.join(', ')}; left out`);
    return word;
  }

  /** Reads one field of the table by its kind: its clean value, or undefined when absent or left out. */
  field(spec: FieldSpec): unknown {
    const { key, required = false } = spec;
    switch (spec.kind) {
      case 'id':
        return this.id(key);
      case 'text':
        return this.text(key, required);
      case 'date':
        return this.date(key, required);
      case 'number':
        return this.number(key);
      case 'boolean':
        return this.flag(key);
      case 'enum':
        return this.oneOf(key, spec.values ?? []);
      case 'vocabulary':
        return this.word(key, spec.values ?? []);
      case 'list':
        return this.textList(key);
      case 'countries':
        return this.countries(key);
      case 'place':
        return this.place(key);
      case 'sources':
        return this.sources(key);
      case 'media':
        return this.media(key);
      case 'translations':
        return readTranslations(own(this.raw, key), key, (field, message) => {
          this.fail(field, message);
        });
    }
  }
}

