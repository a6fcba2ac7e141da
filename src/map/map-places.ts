/**
 * Which events a map can show, and where: pure. An event whose place has coordinates is drawn
 * at them (a point, or a ring for a `region`); one whose place is a country, or that has no
 * coordinates but names countries, shades those countries and is reached at each country's
 * label point. TimelineJS3 files and events without either stay off the map.
 */
import { readCountry } from '../dataset/countries.js';
import type { PlacePrecision } from '../dataset/types.js';
import type { PreparedEvent } from '../layout/prepare.js';

/** One place on the map, with the events drawn there. */
export interface MapPlace {
  /** `lon,lat` for a point, `country:ML` for a country. */
  readonly key: string;
  /** The place's name as the first of its events writes it (the country's code for a country). */
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly precision: PlacePrecision;
  /** The country whose outline is shaded, for a `country` place. */
  readonly country?: string;
  /** Its events, as indices into the events given, in time order. */
  readonly events: number[];
}

/** What a map draws: its places, in time order of their first event. */
export interface MapPlaces {
  readonly places: readonly MapPlace[];
  /** For each event given, its places' indices (none for an event off the map). */
  readonly placesOf: readonly (readonly number[])[];
  /** The codes of the countries shaded. */
  readonly countries: ReadonlySet<string>;
  /** How many events have no place on the map. */
  readonly unmapped: number;
  /** Each event's first and last instant, and its first place (-1: none), for {@link countInWindow}. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly first: Int32Array;
  /** The longest any event lasts. */
  readonly longest: number;
}

/** A country's label point `[lon, lat]`, or undefined for a code the boundaries lack. */
export type CountryAnchor = (code: string) => readonly [number, number] | undefined;

/**
 * Which of `codes` a place's name is the country of, in the reader's language ("République
 * centrafricaine" is CF on a French page, where events' place names are translated).
 */
export type CountryNamed = (name: string, codes: readonly string[]) => string | undefined;

/**
 * The places of `events` (time-ordered): one per distinct point, one per country shaded.
 * `anchor` places a country; a country it cannot place leaves its events off the map.
 */
export function mapPlaces(events: readonly PreparedEvent[], anchor: CountryAnchor, named: CountryNamed = () => undefined): MapPlaces {
  const places: MapPlace[] = [];
  const byKey = new Map<string, number>();
  const countries = new Set<string>();
  const placesOf: number[][] = [];
  let unmapped = 0;
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const first = new Int32Array(events.length);
  let longest = 0;
  const at = (key: string, make: () => MapPlace | undefined): number | undefined => {
    let i = byKey.get(key);
    if (i === undefined) {
      const place = make();
      if (!place) return undefined;
      i = places.push(place) - 1;
      byKey.set(key, i);
    }
    return i;
  };
  events.forEach((p, e) => {
    const place = p.event.place;
    const own: number[] = [];
    if (place?.lat !== undefined && place.lon !== undefined && place.precision !== 'country') {
      const { lat, lon } = place;
      // One place a point, whatever its events call it or how exactly they place themselves there.
      const i = at(`${String(lon)},${String(lat)}`, () => ({ key: `${String(lon)},${String(lat)}`, name: place.name, lon, lat, precision: place.precision ?? 'town', events: [] }));
      if (i !== undefined) own.push(i);
    } else {
      // The place's own country when its name is one ("Mali"), else the countries the event names.
      const listed = (p.event.countries ?? []).filter((c) => /^[A-Z]{2}$/.test(c));
      const country = place ? (readCountry(place.name) ?? named(place.name, listed)) : undefined;
      const codes = country !== undefined ? [country] : listed;
      for (const code of codes) {
        const i = at(`country:${code}`, () => {
          const point = anchor(code);
          return point && { key: `country:${code}`, name: code, lon: point[0], lat: point[1], precision: 'country', country: code, events: [] };
        });
        if (i === undefined) continue;
        own.push(i);
        countries.add(code);
      }
    }
    for (const i of own) places[i]?.events.push(e);
    if (own.length === 0) unmapped++;
    placesOf.push(own);
    starts[e] = p.start;
    ends[e] = p.end;
    first[e] = own[0] ?? -1;
    longest = Math.max(longest, p.end - p.start);
  });
  return { places, placesOf, countries, unmapped, starts, ends, first, longest };
}

/** The index of the first event whose start is at or after `time`, in time order. */
function firstFrom(starts: Float64Array, time: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? Infinity) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many of each place's events overlap the window `[start, end)`, into `out` (one slot a
 * place, zeroed first), as the timeline shows them; the number of events counted. From the
 * window's start less the longest event's length, by binary search, over typed arrays: a
 * step of a zoom at 100,000 events walks them in well under a millisecond.
 */
export function countInWindow(mapped: MapPlaces, start: number, end: number, out: Uint32Array): number {
  const { starts, ends, first, placesOf } = mapped;
  out.fill(0);
  let n = 0;
  for (let e = firstFrom(starts, start - mapped.longest); e < starts.length; e++) {
    if ((starts[e] ?? Infinity) >= end) break;
    const place = first[e] ?? -1;
    if (place < 0 || (ends[e] ?? 0) <= start) continue;
    n++;
    out[place] = (out[place] ?? 0) + 1;
    // An event in several countries: its other places too (rare).
    const own = placesOf[e];
    if (own && own.length > 1) for (let k = 1; k < own.length; k++) out[own[k] ?? 0] = (out[own[k] ?? 0] ?? 0) + 1;
  }
  return n;
}
