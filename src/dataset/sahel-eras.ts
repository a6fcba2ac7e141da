/**
 * The eras of the Sahel dataset: the two French operations and the military governments of
 * Mali and Burkina Faso, dated from the record and cited like the events (see events.ts).
 */
import type { Era } from './types.js';

export const eras: readonly Era[] = [
  {
    id: 'operation-serval',
    title: 'Operation Serval',
    start: '2013-01-11',
    end: '2014-07-15',
    sources: [{ source: 'teller-mali-2022', paragraph: 12, quote: 'French forces arrived in Mali in 2012' }],
    note: 'France launched Serval on 11 January 2013 (the article says 2012: see the event "France launches Operation Serval in Mali"); it ended on 15 July 2014, when Barkhane took over (Wikipedia, "Operation Serval").',
    translations: { fr: { title: 'Opération Serval' } },
  },
  {
    id: 'operation-barkhane',
    title: 'Operation Barkhane',
    start: '2014-08-01',
    end: '2022-11-09',
    sources: [{ source: 'teller-mali-2022', paragraph: 13, quote: 'after years of French military service' }],
    note: 'Barkhane began on 1 August 2014 across the Sahel, with its headquarters in N\'Djamena. Its last unit left Mali on 15 August 2022, and President Macron declared the operation over in a speech at Toulon on 9 November 2022 (Sputnik and UrduPoint, 9 November 2022; Afrikpresse). The article does not date it.',
    translations: { fr: { title: 'Opération Barkhane' } },
  },
  {
    id: 'military-rule-mali',
    title: 'Military rule in Mali',
    start: '2020-08-18',
    sources: [{ source: 'teller-mali-2022', paragraph: 14, quote: 'the military junta took power in 2020' }],
    note: 'From the coup of 18 August 2020 (see the event "Military coup topples Mali\'s President Keïta"); a second coup in May 2021 made Assimi Goïta transitional president. Still in power when the articles were written.',
    translations: { fr: { title: 'Le Mali sous régime militaire' } },
  },
  {
    id: 'military-rule-burkina-faso',
    title: 'Military rule in Burkina Faso',
    start: '2022-01-24',
    sources: [{ source: 'darnell-burkina-2022', paragraph: 8, quote: 'asking the new government to develop' }],
    note: 'From the announcement of President Kaboré\'s removal on 24 January 2022 (see the event "Military coup in Burkina Faso brings Damiba to power"). Damiba was overthrown by Ibrahim Traoré on 30 September 2022, after the articles; the military stayed in power.',
    translations: { fr: { title: 'Le Burkina Faso sous régime militaire' } },
  },
];
