/**
 * The closed vocabularies of the dataset, as run-time lists so that validation, the JSON
 * Schema and the legend are all derived from one place.
 */

/** Every event category, in legend order. */
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
