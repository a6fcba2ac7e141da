/** The Sahel dataset as a whole: its title and summary, for its title card and its files, and where its story opens. */
import type { IsoPartialDate, Translations } from './types.js';

/**
 * The window the story opens on, from the fall of northern Mali in 2012 to the break with
 * France in May 2022: its first event (Hungary joining NATO in 1999) is context, and fitting
 * it would squeeze the story into the right fifth of a timeline. The element opens on it when
 * it shows this dataset; "Show all" reaches the rest.
 */
export const opening: { readonly start: IsoPartialDate; readonly end: IsoPartialDate } = { start: '2012', end: '2022-05' };

/** The dataset's title. */
export const title = "Russia's growing military role in Mali, Burkina Faso and the Central African Republic";

/** Two sentences on what the dataset tells, in our own words. */
export const summary =
  "Between France's intervention in Mali in 2013 and its withdrawal in 2022, Russia became the security partner of the Central African Republic and of Mali's military government, with Wagner Group fighters on the ground, and began courting the new junta in Burkina Faso. These events come from two opinion pieces written in spring 2022, retold in our own words and checked against the historical record.";

/** The title and summary in other languages (French), for `localizeOne` and the dataset's files. */
export const translations = {
  fr: {
    title: 'Mali, Burkina Faso, Centrafrique : la montée en puissance militaire de la Russie',
    summary:
      "Entre l'intervention française au Mali en 2013 et le départ de Barkhane en 2022, la Russie s'est imposée comme le partenaire sécuritaire de la Centrafrique puis de la junte malienne, avec sur le terrain des combattants du groupe Wagner, avant de se tourner vers les nouveaux maîtres militaires du Burkina Faso. Ces événements sont tirés de deux tribunes parues au printemps 2022, racontés avec nos propres mots et vérifiés à l'aune des faits établis.",
  },
} as const satisfies Translations;
