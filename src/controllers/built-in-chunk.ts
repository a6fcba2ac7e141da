/** What the built-in data chunk holds: the Sahel events and their sources. */
export { events } from '../dataset/events.js';
export { sources } from '../dataset/sources.js';
