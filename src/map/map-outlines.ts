/**
 * The countries' outlines, from the boundaries chunk (boundaries.ts, loaded with the first
 * map): as GeoJSON features by ISO code, each country's label point, and their SVG paths for
 * a projection. Pure once loaded.
 */
import { geoArea, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { MapPlaces } from './map-places.js';
import { worldProjection } from './map-view.js';

type Country = Feature<Polygon | MultiPolygon>;

/** The world's countries, by code (or name, where ISO gives none). */
export class Outlines {
  private readonly anchors = new Map<string, readonly [number, number] | undefined>();

  constructor(readonly countries: ReadonlyMap<string, Country>) {}

  /** A country's label point: the centre of its largest piece (mainland France, not French Guiana). */
  anchor(code: string): readonly [number, number] | undefined {
    if (this.anchors.has(code)) return this.anchors.get(code);
    const country = this.countries.get(code);
    let point: [number, number] | undefined;
    if (country) {
      const g = country.geometry;
      const pieces: Polygon[] = g.type === 'Polygon' ? [g] : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
      let best: Polygon | undefined;
      let most = -1;
      for (const piece of pieces) {
        const area = geoArea(piece);
        if (area > most) {
          most = area;
          best = piece;
        }
      }
      if (best) point = geoCentroid(best);
    }
    this.anchors.set(code, point);
    return point;
  }

  /** Every country as one path, and each of `shaded` as its own, for `projection`. */
  paths(projection: GeoProjection, shaded: Iterable<string>): { land: string; sphere: string; shaded: Map<string, string> } {
    const path = geoPath(projection).digits(2);
    let land = '';
    for (const c of this.countries.values()) land += path(c) ?? '';
    const own = new Map<string, string>();
    for (const code of shaded) {
      const c = this.countries.get(code);
      if (c) own.set(code, path(c) ?? '');
    }
    return { land, sphere: path({ type: 'Sphere' }) ?? '', shaded: own };
  }
}

/** Everything projected for one size and one set of places. */
export interface Projected {
  readonly projection: GeoProjection;
  /** Each place's projected position at k = 1. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly land: string;
  readonly sphere: string;
  readonly shaded: ReadonlyMap<string, string>;
  /** The projected world's box, `[x0, y0, x1, y1]` at k = 1. */
  readonly world: readonly [number, number, number, number];
}

/** The world projected into `width` × `height`, centred on the places' mean longitude (a Pacific story is not cut in two), and the places in it. */
export function projectPlaces(o: Outlines, { places, countries }: MapPlaces, width: number, height: number): Projected {
  const lon0 = places.length > 0 ? places.reduce((s, p) => s + p.lon, 0) / places.length : 0;
  const projection = worldProjection(width, height, Math.round(lon0 / 10) * 10);
  const xs = new Float64Array(places.length);
  const ys = new Float64Array(places.length);
  places.forEach((place, i) => {
    const [x, y] = projection([place.lon, place.lat]) ?? [NaN, NaN];
    xs[i] = x;
    ys[i] = y;
  });
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
  return { projection, xs, ys, world: [x0, y0, x1, y1], ...o.paths(projection, countries) };
}

let loading: Promise<Outlines> | undefined;

/** The outlines, loaded once per page. */
export function loadOutlines(): Promise<Outlines> {
  loading ??= import('./boundaries.js').then(({ boundaries }) => {
    const object = boundaries.objects.countries as GeometryCollection;
    const all = feature(boundaries, object);
    const byCode = new Map<string, Country>();
    for (const f of all.features) if (f.id !== undefined) byCode.set(String(f.id), f as Country);
    return new Outlines(byCode);
  });
  return loading;
}
