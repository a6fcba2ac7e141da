/**
 * What the map's marks are called, for screen readers and tooltips: "Moura, Mopti region,
 * Mali: Moura massacre, 27–31 March 2022", the place with its country (found by where it
 * lies), then the event's title and dates as the timeline writes them.
 */
import { geoContains } from 'd3-geo';
import { formatEventDate } from '../layout/format.js';
import type { PreparedEvent } from '../layout/prepare.js';
import { countryName } from '../render/intl.js';
import type { Words } from '../strings.js';
import type { MapMark } from './map-marks.js';
import type { MapPlace } from './map-places.js';
import type { Outlines } from './map-outlines.js';
import type { MapStrings } from './map-strings.js';

/** What naming a mark reads. */
export interface NameContext {
  readonly words: Words;
  readonly map: MapStrings;
  readonly places: readonly MapPlace[];
  readonly events: readonly PreparedEvent[];
  readonly outlines: Outlines;
  /** Whether an event (by index) is in the timeline's window. */
  readonly inWindow: (event: number) => boolean;
}

/** The country a point lies in: one the event names first, else any. Cached by place. */
const countryOfPlace = new WeakMap<MapPlace, string | undefined>();

function countryOf(place: MapPlace, ctx: NameContext, hint: readonly string[]): string | undefined {
  if (place.country !== undefined) return place.country;
  if (countryOfPlace.has(place)) return countryOfPlace.get(place);
  const point: [number, number] = [place.lon, place.lat];
  let found: string | undefined;
  for (const code of hint) {
    const c = ctx.outlines.countries.get(code);
    if (c && geoContains(c, point)) found = code;
    if (found) break;
  }
  if (!found) for (const [code, c] of ctx.outlines.countries) if (geoContains(c, point)) {
    found = code;
    break;
  }
  countryOfPlace.set(place, found);
  return found;
}

/** A place's name with its country ("Moura, Mopti region, Mali"), unless the name already says it. */
export function placeName(place: MapPlace, ctx: NameContext, hint: readonly string[] = []): string {
  const locale = ctx.words.locale;
  const code = countryOf(place, ctx, hint);
  if (place.country !== undefined) return countryName(place.country, locale);
  const country = code === undefined ? undefined : countryName(code, locale);
  if (country === undefined || place.name.includes(country) || place.name.includes(countryName(code ?? '', 'en'))) return place.name;
  return ctx.words.fill(ctx.map.placeIn, { place: place.name, country });
}

/**
 * A mark's name: the event at `cursor` where the mark `names` one (where it happened as the
 * event writes it), else how many events around where (a cluster, after its heaviest place).
 */
export function markLabel(mark: MapMark, cursor: number, names: boolean, ctx: NameContext): string {
  const { words, map, places, events } = ctx;
  const heaviest = places[mark.places[0] ?? -1];
  if (!heaviest) return '';
  if (!names) return words.plural(map.cluster, mark.count, { place: placeName(heaviest, ctx, events[heaviest.events[0] ?? -1]?.event.countries ?? []) });
  const index = Math.min(cursor, mark.events.length - 1);
  const e = mark.events[index] ?? 0;
  const p = events[e];
  const place = places.find((pl, i) => mark.places.includes(i) && pl.events.includes(e)) ?? heaviest;
  if (!p) return '';
  // The event's own name for its place ("Bamako area, Mali"), where several share a point.
  const own = p.event.place?.name;
  const name = placeName(own && place.precision !== 'country' ? { ...place, name: own } : place, ctx, p.event.countries ?? []);
  const where = mark.events.length > 1 ? words.fill(map.oneOf, { place: name, index: index + 1, count: mark.events.length }) : name;
  const date = formatEventDate(p.event, words.locale, 'long', words.strings.since, words.strings);
  const label = words.fill(map.eventAt, { place: where, title: p.event.title, date });
  return ctx.inWindow(e) ? label : `${label} (${map.outOfWindow})`;
}
