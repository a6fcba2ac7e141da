/**
 * The map's marks, pure: its places gathered, where they crowd at the map's zoom, into
 * clusters, as the focusable marks a keyboard and a screen reader move through (west to
 * east), and the figures of the painted points.
 */
import type { MapPlace } from './map-places.js';
import { onScreen, type MapTransform } from './map-view.js';

/** One focusable mark: a place, or a cluster of places too close to tell apart. */
export interface MapMark {
  /** Screen position, CSS pixels from the map's top left. */
  readonly x: number;
  readonly y: number;
  /** Its places, as indices into the places; one for a place. */
  readonly places: readonly number[];
  /** How many events its places hold. */
  readonly count: number;
  /** Its events (indices into the events shown), in time order, each once. */
  readonly events: readonly number[];
  /** Its heaviest place's key: who it is from one zoom to the next. */
  readonly key: string;
}

/** Places nearer than this on screen share a mark. */
export const CLUSTER_RADIUS = 26;
/** More marks than this and only those on screen (with a margin) are made. */
export const MOST_MARKS = 600;

/**
 * The marks for `places` (projected once to `xs`, `ys`) under the transform `t`, west to east,
 * then north to south. Greedily, the places with the most events first: a place joins the
 * mark of a place within `radius` of it (found in the 3 × 3 cells of a grid `radius` wide
 * around it, so the work grows with the places, not their square), or starts its own. A
 * mark of several places sits at their events' mean position.
 */
export function gatherMarks(
  places: readonly MapPlace[],
  xs: Float64Array,
  ys: Float64Array,
  t: MapTransform,
  width: number,
  height: number,
  shown: (place: number) => boolean = () => true,
  radius = CLUSTER_RADIUS,
): MapMark[] {
  interface Gathering { places: number[]; x: number; y: number; sx: number; sy: number; count: number }
  const heads = new Map<string, Gathering[]>();
  let all: Gathering[] = [];
  const byWeight = places.map((_, i) => i).sort((a, b) => (places[b]?.events.length ?? 0) - (places[a]?.events.length ?? 0));
  const gather = (margin: number) => {
    heads.clear();
    all = [];
    for (const i of byWeight) {
      if (!shown(i)) continue;
      const [x, y] = onScreen(t, xs[i] ?? 0, ys[i] ?? 0);
      if (!(x >= -margin && y >= -margin && x <= width + margin && y <= height + margin)) continue;
      const cx = Math.floor(x / radius);
      const cy = Math.floor(y / radius);
      const w = places[i]?.events.length ?? 0;
      let joined: Gathering | undefined;
      for (let dx = -1; dx <= 1 && !joined; dx++) {
        for (let dy = -1; dy <= 1 && !joined; dy++) joined = heads.get(`${String(cx + dx)},${String(cy + dy)}`)?.find((g) => Math.hypot(g.x - x, g.y - y) < radius);
      }
      if (joined) {
        joined.places.push(i);
        joined.sx += x * w;
        joined.sy += y * w;
        joined.count += w;
        continue;
      }
      const g = { places: [i], x, y, sx: x * w, sy: y * w, count: w };
      const key = `${String(cx)},${String(cy)}`;
      const list = heads.get(key);
      if (list) list.push(g);
      else heads.set(key, [g]);
      all.push(g);
    }
  };
  gather(Infinity);
  if (all.length > MOST_MARKS) gather(radius * 2);
  const marks: MapMark[] = [];
  for (const c of all) {
    const only = c.places.length === 1 ? c.places[0] : undefined;
    const [x, y] = only !== undefined ? onScreen(t, xs[only] ?? 0, ys[only] ?? 0) : c.count > 0 ? [c.sx / c.count, c.sy / c.count] : [c.x, c.y];
    const own = (i: number) => places[i]?.events ?? [];
    const events = c.places.length === 1 ? own(c.places[0] ?? -1) : [...new Set(c.places.flatMap(own))].sort((a, b) => a - b);
    marks.push({ x, y, places: c.places, count: events.length, events, key: places[c.places[0] ?? -1]?.key ?? '' });
  }
  return marks.sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The radius of a painted place, in CSS pixels, by how many of its events are in the window. */
export function pointRadius(count: number): number {
  return count <= 0 ? 3 : Math.min(14, 4 + 2 * Math.sqrt(count - 1));
}

/** A place's radius as painted (canvas and pictures alike): a region's ring wider than a town's dot. */
export const paintedRadius = (place: MapPlace, count: number): number => (place.precision === 'region' ? Math.max(10, pointRadius(count) + 6) : pointRadius(count));
