/**
 * The vocabularies of the dataset, as run-time lists so that validation, the JSON Schema and
 * the legend are all derived from one place, and how a name is matched to one of their words.
 */

/**
 * The built-in event categories, in legend order. Categories are open: any other name is a
 * category too, drawn with a colour and shape of its own.
 */
export const EVENT_CATEGORIES = [
  'military',
  'diplomacy',
  'politics',
  'protest',
  'media',
  'economy',
  'violence',
  'context',
] as const;

/** Every event kind. */
export const EVENT_KINDS = ['point', 'span', 'ongoing'] as const;

/** Every certainty level, from most to least established. */
export const CERTAINTIES = ['confirmed', 'reported', 'disputed'] as const;

/**
 * How exactly a place's coordinates locate an event, from finest to coarsest (as ACLED's
 * geo-precision does): the `exact` spot, somewhere in or near a `town`, somewhere in a `region`
 * around the point, or only the `country`.
 */
export const PLACE_PRECISIONS = ['exact', 'town', 'region', 'country'] as const;

/** Every date precision, from coarsest to finest. */
export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute'] as const;

/** The built-in category a name stands for, without regard to case (`"Politics"` is `politics`). */
export function builtInCategory(name: string): (typeof EVENT_CATEGORIES)[number] | undefined {
  return vocabularyWord(EVENT_CATEGORIES, name);
}

/**
 * The word of an open vocabulary a name stands for, without regard to case or surrounding
 * spaces (`" Politics "` is `politics`).
 */
export function vocabularyWord<T extends string>(words: readonly T[], name: string): T | undefined {
  if ((words as readonly string[]).includes(name)) return name as T;
  const key = name.trim().toLowerCase();
  return words.find((w) => w === key);
}

/** What a media address points at (see `Media`). */
export const MEDIA_KINDS = ['image', 'video', 'link'] as const;
