/**
 * noticeMessage(words, issues, total): lists joined as the language joins them
 * (Intl.ListFormat: "pictures, links, and an end date"), and the lines about slides named for
 * want of a headline and months read as their year, in English and French. Pure.
 */
import { expect } from '@open-wc/testing';
import { parseCsv } from '../src/dataset/csv-read.js';
import { fromTimelineJS } from '../src/dataset/timelinejs.js';
import type { ValidationIssue } from '../src/dataset/validate.js';
import { noticeMessage } from '../src/render/notice-message.js';
import { en, Words } from '../src/strings.js';
import { fr } from '../src/strings-fr.js';

const english = new Words(en, 'en');
const french = new Words(fr, 'fr');
/** French puts a narrow space before a colon and inside guillemets: read here as a plain one. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('noticeMessage(words, issues, total)', () => {
  const lost: ValidationIssue[] = [
    { index: 0, field: 'media.url', message: 'not an address', effect: 'field' },
    { index: 1, field: 'end', message: 'not a date', effect: 'field' },
    { index: 1, field: 'media', message: 'not an object', effect: 'field' },
  ];

  it('joins the details left out as the language lists them (Intl.ListFormat): "pictures, links, and an end date", in French "images, liens et date de fin"', () => {
    expect(noticeMessage(english, lost, 5)).to.equal('2 events are shown without details that could not be used: pictures, links, and an end date.');
    expect(spaced(noticeMessage(french, lost, 5))).to.equal('2 événements sont affichés sans les détails qui n’ont pas pu être lus : images, liens et date de fin.');
  });

  it('lists in the reader\'s variant of the language: "pictures, links and an end date" in en-GB', () => {
    expect(noticeMessage(new Words(en, 'en-GB'), lost, 5)).to.equal('2 events are shown without details that could not be used: pictures, links and an end date.');
    // A French page with the English table (no French words yet): English lists, as English does.
    expect(noticeMessage(new Words(en, 'fr'), lost, 5)).to.contain('pictures, links, and an end date');
  });

  it('joins the reasons events were left out as a list, with the details after', () => {
    const issues: ValidationIssue[] = [
      { index: 2, field: 'start', message: 'no date', effect: 'item' },
      { index: 3, field: 'title', message: 'no title', effect: 'item' },
      { index: 4, field: null, message: 'not an object', effect: 'item' },
      { index: 5, field: 'place.lat', message: 'out of range', effect: 'field' },
      ...lost,
    ];
    expect(noticeMessage(english, issues, 9)).to.equal(
      '3 of 9 events could not be shown: 1 has no date that could be read, 1 has no title, and 1 is not an event. ' +
        '3 other events are shown without details that could not be used: a place, pictures, links, and an end date.',
    );
  });

  it('a media word a table gives whole stays one item', () => {
    const words = new Words({ ...en, notice: { fields: { media: 'media' } } }, 'en');
    expect(noticeMessage(words, lost, 5)).to.equal('2 events are shown without details that could not be used: media and an end date.');
  });

  it('says once that slides without a headline were named from their words, and names each month it could not read', () => {
    const csv = ['Year,Month,Headline,Text,Media,Media Caption', '2001,,,Some words,,', '2002,,,More words,,', '2003,,,,https://example.org/a.jpg,A caption', '2004,Marhc,One,,,', '2005,mars,Two,,,'].join('\n');
    const { issues } = parseCsv(csv);
    expect(noticeMessage(english, issues, 5)).to.equal(
      '3 slides had no headline: they are named from their text and their captions. 1 month could not be read, so its event is placed at its year: “Marhc” (line 5, Month).',
    );
    expect(spaced(noticeMessage(french, issues, 5))).to.equal(
      '3 diapositives n’avaient pas de titre : elles sont nommées d’après leur texte et leurs légendes. 1 mois n’a pas pu être lu, son événement est donc placé à son année : « Marhc » (ligne 5, Month).',
    );
    const all = parseCsv('Year,Headline,Text\n2001,,One\n2002,,Two\n2003,,Three\n');
    expect(noticeMessage(english, all.issues, 3)).to.equal('3 slides had no headline: they are named from their text.');
  });

  it('names at most five months, the rest counted; a TimelineJS3 file by its slide', () => {
    const events = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((m, i) => ({ start_date: { year: 2000 + i, month: m }, text: { headline: `E${String(i)}` } }));
    const { issues } = fromTimelineJS({ events });
    expect(noticeMessage(english, issues, 7)).to.equal(
      '7 months could not be read, so their events are placed at their year: “a” (slide 1, start_date.month), “b” (slide 2, start_date.month), “c” (slide 3, start_date.month), “d” (slide 4, start_date.month), and 3 more.',
    );
  });
});
