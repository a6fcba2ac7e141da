/** What the built-in data chunk holds: the Sahel events, their sources and eras, and its title card. */
import * as about from '../dataset/about.js';
import type { Translations } from '../dataset/types.js';
export { events } from '../dataset/events.js';
export { eras } from '../dataset/sahel-eras.js';
export { title, summary } from '../dataset/about.js';
export { sources } from '../dataset/sources.js';
/** The title card's translations, when the dataset's about module gives them (`export const translations`). */
export const translations = (about as { readonly translations?: Translations }).translations;
