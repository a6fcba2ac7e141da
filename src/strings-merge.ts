/**
 * A page's words (the element's `strings`) over a built-in table: a chunk of its own, loaded
 * when a page first gives `strings`.
 */
import type { TimelineStrings } from './strings.js';

/**
 * `base` with the page's words over it, key by key (in nested tables too: a plural form, a
 * category's name, one notice sentence). A value that is not a string is left out, and its
 * key named once in the console; keys the table does not have are ignored.
 */
export function mergeStrings(base: TimelineStrings, given: unknown): TimelineStrings {
  return given && typeof given === 'object' ? (over(base, given, '') as unknown as TimelineStrings) : base;
}

/** Keys already reported for a value that is not a string (once a page). */
const reported = new Set<string>();

/** `base` with `given`'s strings over it at `path` (`"notice."` for a part of the table), nested tables too. @internal */
export function over(base: object, given: object, path: string): object {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(given)) {
    const name = path + key;
    // English leaves the notice's sentences and the story's and editing's words to their chunks, where a page's are filled in over them.
    const was: unknown = (base as Record<string, unknown>)[key] ?? ((key === 'notice' || key === 'story' || key === 'edit') && !path ? {} : undefined);
    // The keys panel is rows of [keys, action] (the plot's across and down, and the story's slide's, editing's): taken whole when it has that shape.
    const rows = (key === 'keys' && (!path || path === 'story.' || path === 'edit.')) || (key === 'keysDown' && !path);
    const ok =
      rows
        ? Array.isArray(value) && value.every((r) => Array.isArray(r) && Array.isArray(r[0]) && (r[0] as unknown[]).every((k) => typeof k === 'string') && typeof r[1] === 'string')
        : typeof value === 'string' && (typeof was === 'string' || (was === undefined && path !== ''));
    if (ok) out[key] = value;
    // A nested table (plural forms, categories, the notice's parts), also one the base lacks.
    else if (value && typeof value === 'object' && !Array.isArray(value) && (was === undefined ? path !== '' : typeof was === 'object' && !Array.isArray(was))) out[key] = over(was ?? {}, value as object, name + '.');
    else if ((was !== undefined || path || key === 'keys') && value !== undefined && !reported.has(name)) {
      reported.add(name);
      console.warn(`<sahel-timeline> strings: "${name}" is not ${rows ? 'a list of [keys, action] rows' : 'a string'}; the built-in words are used for it.`);
    }
  }
  return out;
}
