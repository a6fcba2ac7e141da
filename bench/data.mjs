// Seeded synthetic datasets for the benchmark. Plain ES module with no imports, so the same
// code runs in the bench pages (which generate their data in the page, outside any timing)
// and in Node (for the record of what was generated).

/** Categories, cycled through in order so every size has the same mix. */
export const CATEGORIES = ['military', 'diplomacy', 'politics', 'protest', 'media', 'economy', 'violence', 'context'];

/** The ten years the events are spread over: 2015-01-01 up to (not including) 2025-01-01. */
export const SPAN = { start: '2015-01-01', end: '2025-01-01' };

/** The window the zoom steps start from: about one year in the middle of the data. */
export const ZOOM_WINDOW = { start: '2019-07-01', end: '2020-07-01' };

/** The component's size in every bench page (a reader's laptop view, issue #13). */
export const ELEMENT = { width: 1200, height: 600 };

const DAY_MS = 86_400_000;

/**
 * mulberry32: a small, fast, deterministic PRNG.
 * @param {number} seed
 * @returns {() => number} uniform numbers in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` point events with day-precision ISO dates spread uniformly over `SPAN`, in random
 * order of date (as real data often is): `{ id, title, start, category }`.
 * @param {number} n
 * @param {number} [seed]
 * @returns {{ id: string, title: string, start: string, category: string }[]}
 */
export function generateEvents(n, seed = 20240501) {
  const random = mulberry32(seed + n);
  const from = Date.parse(SPAN.start);
  const days = Math.round((Date.parse(SPAN.end) - from) / DAY_MS);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = Math.floor(random() * days);
    events[i] = {
      id: `e${i}`,
      title: `Event ${i}`,
      start: new Date(from + day * DAY_MS).toISOString().slice(0, 10),
      category: CATEGORIES[i % CATEGORIES.length],
    };
  }
  return events;
}

/** The field the legibility figures group generated events by (#30): `group-by="desk"`. */
export const LANE_FIELD = 'desk';

/**
 * The events with a LANE_FIELD of `lanes` values in turn ("Desk 1" … "Desk 5"), so each lane
 * holds the same mix of dates.
 * @param {{ id: string }[]} events
 * @param {number} lanes
 */
export function inLanes(events, lanes) {
  return events.map((e, i) => ({ ...e, [LANE_FIELD]: `Desk ${String((i % lanes) + 1)}` }));
}

/**
 * The same events as vis-timeline items.
 * @param {{ id: string, title: string, start: string }[]} events
 * @returns {{ id: string, content: string, start: string }[]}
 */
export function toVisItems(events) {
  return events.map((e) => ({ id: e.id, content: e.title, start: e.start }));
}

/**
 * A short fingerprint of a dataset (FNV-1a over ids and dates), so the report can show that
 * both libraries were given the same data.
 * @param {{ id: string, start: string }[]} events
 * @returns {string}
 */
export function fingerprint(events) {
  let h = 0x811c9dc5;
  for (const e of events) {
    const s = `${e.id}|${e.start};`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
