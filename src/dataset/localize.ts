/**
 * A dataset in its reader's language: each item's `title`, `summary` and `reportedDate` taken
 * from its `translations` where they hold the language, and left as written where they do not.
 */
import type { Translation, Translations } from './types.js';

/** Anything with translations: events, eras, a dataset's title card. */
export interface Translatable {
  readonly title?: string;
  readonly summary?: string;
  readonly reportedDate?: string;
  readonly translations?: Translations;
}

/**
 * The translation for `lang` among `translations`: the exact tag first, then its language
 * alone (`"fr-ML"` finds `"fr"`), matched without regard to case; undefined when none.
 */
export function translationFor(translations: Translations | undefined, lang: string): Translation | undefined {
  if (!translations || !lang) return undefined;
  const want = lang.toLowerCase();
  const base = want.split('-')[0];
  let baseMatch: Translation | undefined;
  for (const key of Object.keys(translations)) {
    const tag = key.toLowerCase();
    if (tag === want) return translations[key];
    if (tag === base) baseMatch = translations[key];
  }
  return baseMatch;
}

/**
 * One item in `lang`: a copy with the translated `title`, `summary` and `reportedDate` where
 * the translation gives them (an empty string counts as not given); the item itself when there
 * is nothing to change. `translations` is kept, so the result can be localized again.
 */
export function localizeOne<T extends Translatable>(item: T, lang: string): T {
  const t = translationFor(item.translations, lang);
  if (!t) return item;
  const out: Record<string, unknown> = { ...(item as object) };
  let changed = false;
  for (const key of ['title', 'summary', 'reportedDate'] as const) {
    const value = t[key];
    if (typeof value === 'string' && value.trim() !== '' && value !== item[key]) {
      out[key] = value;
      changed = true;
    }
  }
  return changed ? (out as T) : item;
}

/**
 * Events or eras in `lang`:
 * ```ts
 * import { events, localize } from 'sahel-timeline/dataset';
 * const enFrançais = localize(events, 'fr');
 * ```
 * Items without a translation for `lang` stay as written; the array is returned as is when
 * nothing changes.
 */
export function localize<T extends Translatable>(items: readonly T[], lang: string): readonly T[] {
  let out: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const local = localizeOne(item, lang);
    if (local !== item) {
      out ??= [...items];
      out[i] = local;
    }
  }
  return out ?? items;
}

/** An item's translations, keeping each language's object (its text fields are read as text by localize); undefined when there are none. */
export function readTranslations(raw: unknown): Translations | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: Record<string, Translation> = {};
  for (const [tag, t] of Object.entries(raw)) if (typeof t === 'object' && t !== null && !Array.isArray(t)) out[tag] = t as Translation;
  return out;
}
