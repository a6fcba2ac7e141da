/**
 * The map's geometry, pure: one Equal Earth projection of the whole world fitted to the map's
 * box (centred on the data's longitude), and a zoom transform over it, as d3-zoom keeps one
 * over a scale. Places are projected once; a pan or a zoom changes only the transform, so
 * neither re-projects the outlines nor the points.
 */
import { geoDistance, geoEqualEarth, type GeoProjection } from 'd3-geo';

/** A zoom transform over projected coordinates: screen = k × projected + (x, y). */
export interface MapTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** How far the map zooms in: a world this many times the width of the box at most (towns 15 km apart part). */
export const MAX_ZOOM = 500;
/** How far fitting zooms in at most: one place alone is shown at a region's scale, not a street's. */
export const FIT_ZOOM = 15;
/** The room kept between the places fitted and the map's edges, in CSS pixels. */
export const FIT_PAD = 28;

/** The world, projected to fill `width` × `height`, centred on longitude `lon0`. */
export function worldProjection(width: number, height: number, lon0: number): GeoProjection {
  return geoEqualEarth()
    .rotate([-lon0, 0])
    .fitExtent(
      [
        [0, 0],
        [Math.max(1, width), Math.max(1, height)],
      ],
      { type: 'Sphere' },
    )
    .precision(0.2);
}

/** A point under a transform. */
export const onScreen = (t: MapTransform, x: number, y: number): [number, number] => [t.k * x + t.x, t.k * y + t.y];

/** The transform that shows the projected points `xs`, `ys` (by index `which`) with `pad` to spare, zoomed in at most `most`. */
export function fitTransform(
  xs: Float64Array,
  ys: Float64Array,
  which: readonly number[],
  width: number,
  height: number,
  pad = FIT_PAD,
  most = FIT_ZOOM,
): MapTransform {
  if (which.length === 0 || width <= 0 || height <= 0) return { k: 1, x: 0, y: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const i of which) {
    const x = xs[i] ?? 0;
    const y = ys[i] ?? 0;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  const roomX = Math.max(1, width - 2 * pad);
  const roomY = Math.max(1, height - 2 * pad);
  const k = clampZoom(Math.min(roomX / Math.max(x1 - x0, 1e-9), roomY / Math.max(y1 - y0, 1e-9)), most);
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}

/** A zoom factor kept between the whole world and {@link MAX_ZOOM} (or `most`). */
export const clampZoom = (k: number, most = MAX_ZOOM): number => Math.min(most, Math.max(1, k));

/**
 * The transform kept over the world: where the world is larger than the box, no edge of it
 * comes inside; where smaller, it is centred. `world` is the projected world's box at k = 1.
 */
export function constrain(t: MapTransform, world: readonly [number, number, number, number], width: number, height: number): MapTransform {
  const axis = (offset: number, lo: number, hi: number, room: number) => {
    const a = t.k * lo;
    const b = t.k * hi;
    return b - a <= room ? (room - a - b) / 2 : Math.min(-a, Math.max(room - b, offset));
  };
  return { k: t.k, x: axis(t.x, world[0], world[2], width), y: axis(t.y, world[1], world[3], height) };
}

/** The transform zoomed by `factor` around the screen point (`px`, `py`). */
export function zoomAround(t: MapTransform, factor: number, px: number, py: number): MapTransform {
  const k = clampZoom(t.k * factor);
  const f = k / t.k;
  return { k, x: px - (px - t.x) * f, y: py - (py - t.y) * f };
}

/** The transform moved so that the projected point (`x`, `y`) is at the middle of the box. */
export function centreOn(t: MapTransform, x: number, y: number, width: number, height: number): MapTransform {
  return { k: t.k, x: width / 2 - t.k * x, y: height / 2 - t.k * y };
}

/** Whether the projected point (`x`, `y`) shows inside the box with `pad` to spare. */
export function inView(t: MapTransform, x: number, y: number, width: number, height: number, pad = FIT_PAD): boolean {
  const [sx, sy] = onScreen(t, x, y);
  return sx >= pad && sx <= width - pad && sy >= pad && sy <= height - pad;
}

/**
 * The places to fit the map to: every place within 1,500 km of the heart of the data (the place
 * with the most events that near it), then the nearest others until they hold `share` of its
 * events. A story told in the Sahel with a vote in New York opens on the Sahel; the vote's
 * place is brought into view when it is selected.
 */
export function corePlaces(places: readonly { readonly lon: number; readonly lat: number; readonly weight: number }[], share = 0.7): number[] {
  if (places.length <= 2) return places.map((_, i) => i);
  // The heart: the place with the most events within 1,500 km of it (its own included).
  const near = 1500 / 6371;
  let heart = 0;
  let best = -1;
  const sample = places.length > 400 ? Math.ceil(places.length / 400) : 1;
  for (let i = 0; i < places.length; i += sample) {
    const a = places[i];
    if (!a) continue;
    let w = 0;
    for (let j = 0; j < places.length; j += sample) {
      const b = places[j];
      if (b && geoDistance([a.lon, a.lat], [b.lon, b.lat]) <= near) w += b.weight;
    }
    if (w > best) {
      best = w;
      heart = i;
    }
  }
  const h = places[heart] ?? { lon: 0, lat: 0 };
  const order = places.map((p, i) => ({ i, d: geoDistance([h.lon, h.lat], [p.lon, p.lat]), w: p.weight })).sort((a, b) => a.d - b.d);
  const total = order.reduce((s, p) => s + p.w, 0);
  const kept: number[] = [];
  let sum = 0;
  for (const p of order) {
    if (sum >= share * total && kept.length > 0 && p.d > near) break;
    kept.push(p.i);
    sum += p.w;
  }
  return kept;
}
