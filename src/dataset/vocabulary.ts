/**
 * The vocabularies of the dataset, as run-time lists so that validation, the JSON Schema and
 * the legend are all derived from one place.
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

/** Every date precision, from coarsest to finest. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;

const BUILT_IN: ReadonlyMap<string, (typeof EVENT_CATEGORIES)[number]> = new Map(EVENT_CATEGORIES.map((c) => [c, c]));

/** The built-in category a name stands for, without regard to case (`"Politics"` is `politics`). */
export function builtInCategory(name: string): (typeof EVENT_CATEGORIES)[number] | undefined {
  return BUILT_IN.get(name) ?? BUILT_IN.get(name.trim().toLowerCase());
}
