/**
 * A dataset in its reader's language: each item's words (title, summary, reported date, note,
 * place name, actors, media caption and alt text) taken from its `translations` where they
 * hold the language, and left as written where they do not. Sources stay as published.
 */
import type { Media, Place, Translation, Translations } from './types.js';

/** Anything with translations: events, eras, a dataset's title card. */
export interface Translatable {
  readonly title?: string;
  readonly summary?: string;
  readonly reportedDate?: string;
  readonly note?: string;
  readonly place?: Place;
  readonly actors?: readonly string[];
  readonly media?: Media;
  readonly translations?: Translations;
}

/**
 * The translation for `lang` among `translations`: the exact tag first, then its language
 * alone (`"fr-ML"` finds `"fr"`), matched without regard to case; undefined when none.
 */
export function translationFor(translations: Translations | undefined, lang: string): Translation | undefined {
  const key = translationKey(translations, lang);
  return key === undefined ? undefined : translations?.[key];
}

/** The tag under which `translations` holds `lang`'s words, as {@link translationFor} finds them (an editor writes back there). @internal */
export function translationKey(translations: Translations | undefined, lang: string): string | undefined {
  if (!translations || !lang) return undefined;
  const want = lang.toLowerCase();
  const base = want.split('-')[0];
  let baseMatch: string | undefined;
  for (const key of Object.keys(translations)) {
    const tag = key.toLowerCase();
    if (tag === want) return key;
    if (tag === base) baseMatch = key;
  }
  return baseMatch;
}

/** Text a translation gives: a string that is not blank (data that was never validated may hold anything). */
const given = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * One item in `lang`: a copy with the words the translation gives (an empty string counts as
 * not given), the item itself when there is nothing to change. `title`, `summary`,
 * `reportedDate` and `note` are replaced; the place keeps its coordinates under the
 * translated `name` (a translated place on an item without one is passed over); `actors` are
 * replaced only by a list of the same length (a blank name keeps the actor's own); the media
 * keeps its address and credit under the translated `caption` and `alt`. `translations` is
 * kept, so the result can be localized again.
 */
export function localizeOne<T extends Translatable>(item: T, lang: string): T {
  const t = translationFor(item.translations, lang);
  if (!t) return item;
  let out: Record<string, unknown> | undefined;
  const put = (key: string, value: unknown) => {
    (out ??= { ...(item as object) })[key] = value;
  };
  for (const key of ['title', 'summary', 'reportedDate', 'note'] as const) {
    const value = given(t[key]);
    if (value !== undefined && value !== item[key]) put(key, value);
  }
  const place = given(t.place);
  if (place !== undefined && item.place && place !== item.place.name) put('place', { ...item.place, name: place });
  const own = item.actors;
  const actors = t.actors;
  if (own && Array.isArray(actors) && actors.length === own.length) {
    const names = own.map((name, i) => given(actors[i]) ?? name);
    if (names.some((name, i) => name !== own[i])) put('actors', names);
  }
  const caption = given(t.caption);
  const alt = given(t.alt);
  if (item.media && ((caption !== undefined && caption !== item.media.caption) || (alt !== undefined && alt !== item.media.alt))) {
    put('media', { ...item.media, ...(caption !== undefined && { caption }), ...(alt !== undefined && { alt }) });
  }
  return out ? (out as T) : item;
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
