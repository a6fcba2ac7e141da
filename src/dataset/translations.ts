/**
 * Reading `translations` (an event's, an era's or a title card's): one check shared by the
 * events' validator and the eras', so both keep the same words and report the same problems.
 */
import { describeType } from './dates.js';
import type { Translation, Translations } from './types.js';

/** A BCP 47 language tag, loosely: a language and optional subtags (`fr`, `pt-BR`, `zh-Hant-TW`). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The fields a translation may give, in the order they are read and written. */
export const TRANSLATED_FIELDS = ['title', 'summary', 'reportedDate'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value the object holds itself, never one from its prototype. */
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * Translations by language tag, checked: each an object whose `title`, `summary` and
 * `reportedDate` are text. A bad tag, or a value that is not text, is left out alone and
 * reported through `fail(field, message)` (`field` as `translations.fr.title`); blank text is
 * dropped quietly. Undefined when nothing usable remains. @internal
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
    for (const field of TRANSLATED_FIELDS) {
      const text = own(t, field);
      if (typeof text === 'string') {
        if (text.trim() !== '') one[field] = text;
      } else if (text !== undefined && text !== null) fail(`${at}.${field}`, `should be text, not ${describeType(text)}; left out`);
    }
    if (Object.keys(one).length > 0) out[tag] = one;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
