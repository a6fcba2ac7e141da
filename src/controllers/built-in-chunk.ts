/** What the built-in data chunk holds: the Sahel events, their sources and eras, and its title card. */
export { events } from '../dataset/events.js';
export { eras } from '../dataset/sahel-eras.js';
export { title, summary, translations, opening } from '../dataset/about.js';
export { sources } from '../dataset/sources.js';
