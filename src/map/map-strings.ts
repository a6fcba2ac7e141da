/**
 * The map's words, English and French: its own small table (a page without a map never
 * downloads it), filled in by the timeline's `Words` (plurals, numbers, lists). A page gives
 * its own words for any of them with the map's `strings` property.
 */
import type { PluralForms } from '../strings.js';

/** Every word `<sahel-timeline-map>` shows or says to a screen reader. */
export interface MapStrings {
  /** The table's language (BCP 47). */
  readonly lang: string;
  /** The map's accessible name. */
  readonly map: string;
  /** How to use the map from the keyboard, read with its name. */
  readonly mapHelp: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  /** The button that fits the map to the events' places again. */
  readonly fit: string;
  /** A place's event: `{place}`, `{title}`, `{date}`. */
  readonly eventAt: string;
  /** Where a place holds several events: `{place}` then `{index}` and `{count}`. */
  readonly oneOf: string;
  /** A place's name with its country: `{place}`, `{country}`. */
  readonly placeIn: string;
  /** A cluster of places: `{count}` events, `{place}` the nearest's name. */
  readonly cluster: PluralForms;
  /** Said after a mark's name when none of its events is in the timeline's window. */
  readonly outOfWindow: string;
  /** How many of the events shown have no place on the map: `{count}`. */
  readonly unmapped: PluralForms;
  readonly empty: string;
  /** The boundaries' source, shown in a corner. */
  readonly attribution: string;
}

/** A no-break space, as French writes before ; and : (as strings-fr.ts does). */
const _ = '\u00a0';

export const mapEn: MapStrings = {
  lang: 'en',
  map: 'Map of the events',
  mapHelp: 'Left and right arrows move between places, west to east; up and down between the events of a place. Enter selects; plus and minus zoom.',
  zoomIn: 'Zoom the map in',
  zoomOut: 'Zoom the map out',
  fit: 'Fit the map to the places',
  eventAt: '{place}: {title}, {date}',
  oneOf: '{place} ({index} of {count})',
  placeIn: '{place}, {country}',
  cluster: { one: '{count} event around {place}; Enter zooms in', other: '{count} events around {place}; Enter zooms in' },
  outOfWindow: 'outside the timeline’s window',
  unmapped: { one: '{count} event has no place on the map', other: '{count} events have no place on the map' },
  empty: 'None of these events has a place on the map.',
  attribution: 'Boundaries: Natural Earth',
};

export const mapFr: MapStrings = {
  lang: 'fr',
  map: 'Carte des événements',
  mapHelp: `Les flèches gauche et droite passent d’un lieu à l’autre, d’ouest en est${_}; haut et bas, d’un événement à l’autre en un même lieu. Entrée sélectionne${_}; plus et moins changent l’échelle.`,
  zoomIn: 'Agrandir la carte',
  zoomOut: 'Réduire la carte',
  fit: 'Ajuster la carte aux lieux',
  eventAt: `{place}${_}: {title}, {date}`,
  oneOf: '{place} ({index} sur {count})',
  placeIn: '{place}, {country}',
  cluster: { one: `{count} événement autour de {place}${_}; Entrée pour agrandir`, other: `{count} événements autour de {place}${_}; Entrée pour agrandir` },
  outOfWindow: 'hors de la période affichée',
  unmapped: { one: '{count} événement n’a pas de lieu sur la carte', other: '{count} événements n’ont pas de lieu sur la carte' },
  empty: 'Aucun de ces événements n’a de lieu sur la carte.',
  attribution: `Frontières${_}: Natural Earth`,
};
