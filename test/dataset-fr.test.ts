/**
 * The Sahel dataset in French (issue #17), and translations as every reader and writer of a
 * dataset carries them: validation, eras, CSV columns for any language, TimelineJS3. Pure.
 */
import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { translations as aboutTranslations, summary as aboutSummary, title as aboutTitle } from '../src/dataset/about.js';
import { eventsToCsv } from '../src/dataset/csv.js';
import { parseCsv } from '../src/dataset/csv-read.js';
import { validateEras } from '../src/dataset/eras.js';
import { events } from '../src/dataset/events.js';
import * as dataset from '../src/dataset/index.js';
import { localize, localizeOne } from '../src/dataset/localize.js';
import { eras } from '../src/dataset/sahel-eras.js';
import { fromTimelineJS, toTimelineJS } from '../src/dataset/timelinejs.js';
import type { TimelineEvent, Translations } from '../src/dataset/types.js';
import { formatIssue, validateEvents } from '../src/dataset/validate.js';

/** Words French has and English does not: one of them in a text says it is not English. */
const FRENCH_WORD = /\b(le|la|les|des|du|une?|et|au|aux|en|dans|pour|sur|avec|de|d'|l')\b|[éèêàçôûœ«»]/i;

describe('the Sahel dataset in French', () => {
  it('every event has a French title and summary, neither blank nor its English twin, and French words', () => {
    for (const e of events) {
      const fr = e.translations?.fr;
      expect(fr?.title?.trim(), `${e.id}: French title`).to.be.a('string').and.not.equal('');
      expect(fr?.summary?.trim(), `${e.id}: French summary`).to.be.a('string').and.not.equal('');
      expect(fr?.title, `${e.id}: title translated`).not.to.equal(e.title);
      expect(fr?.summary, `${e.id}: summary translated`).not.to.equal(e.summary);
      expect(FRENCH_WORD.test(fr?.summary ?? ''), `${e.id}: the summary reads as French`).to.equal(true);
    }
  });

  it('gives a French reported date exactly where the event has one, explained from the article', () => {
    for (const e of events) {
      const fr = e.translations?.fr?.reportedDate;
      if (e.reportedDate === undefined) {
        expect(fr, e.id).to.equal(undefined);
        continue;
      }
      expect(fr?.trim(), e.id).to.be.a('string').and.not.equal('');
      expect(fr, e.id).not.to.equal(e.reportedDate);
      expect(fr, e.id).to.contain("selon l'article");
    }
  });

  it('every era has a French title, neither blank nor its English twin (eras have no summary to translate)', () => {
    for (const era of eras) {
      const fr = era.translations?.fr;
      expect(fr?.title?.trim(), `${era.id ?? era.title}: French title`).to.be.a('string').and.not.equal('');
      expect(fr?.title, era.title).not.to.equal(era.title);
      expect(fr?.summary, `${era.title}: an era has no summary`).to.equal(undefined);
    }
  });

  it('the title card has a French title and summary, neither blank nor its English twin', () => {
    expect(aboutTranslations.fr.title.trim()).not.to.equal('');
    expect(aboutTranslations.fr.summary.trim()).not.to.equal('');
    expect(aboutTranslations.fr.title).not.to.equal(aboutTitle);
    expect(aboutTranslations.fr.summary).not.to.equal(aboutSummary);
    expect(dataset.translations).to.equal(aboutTranslations);
  });

  it('uses French quotation marks, never English ones, in its French words', () => {
    const texts = [...events, ...eras].flatMap((e) => Object.values(e.translations?.fr ?? {}) as string[]);
    for (const t of [...texts, aboutTranslations.fr.title, aboutTranslations.fr.summary]) {
      expect(/["“”]/.test(t), t).to.equal(false);
      // Guillemets come in pairs.
      expect((t.match(/«/g) ?? []).length, t).to.equal((t.match(/»/g) ?? []).length);
    }
  });

  it('the translations pass validation untouched', () => {
    const r = validateEvents(events);
    expect(r.issues).to.deep.equal([]);
    r.events.forEach((e, i) => {
      expect(e.translations, e.id).to.deep.equal(events[i]?.translations);
    });
    const checked = validateEras(eras);
    expect(checked.issues).to.deep.equal([]);
    expect(checked.eras.map((e) => e.translations)).to.deep.equal(eras.map((e) => e.translations));
  });
});

describe('localize(events, lang) on the Sahel dataset', () => {
  it("localize(events, 'fr') gives every event its French title, summary and reported date, and keeps the rest", () => {
    const fr = localize(events, 'fr');
    expect(fr).to.have.length(events.length);
    fr.forEach((e, i) => {
      const en = events[i] as (typeof events)[number];
      expect(e.title).to.equal(en.translations?.fr?.title);
      expect(e.summary).to.equal(en.translations?.fr?.summary);
      expect(e.reportedDate).to.equal(en.translations?.fr?.reportedDate ?? en.reportedDate);
      expect(e.note, 'notes stay as written').to.equal(en.note);
      expect(e.sources, 'quotes stay as written').to.equal(en.sources);
      expect(e.id).to.equal(en.id);
      expect(e.start).to.equal(en.start);
    });
    expect(events[0]?.title, 'the dataset itself is not changed').not.to.equal(fr[0]?.title);
  });

  it("localize(events, 'fr-ML') reads French too (a region's tag finds its language)", () => {
    expect(localize(events, 'fr-ML').map((e) => e.title)).to.deep.equal(localize(events, 'fr').map((e) => e.title));
    expect(localize(events, 'FR-ml').map((e) => e.title)).to.deep.equal(localize(events, 'fr').map((e) => e.title));
  });

  it("localize(events, 'de') returns the same array: no German words to put in", () => {
    expect(localize(events, 'de')).to.equal(events);
    expect(localize(events, '')).to.equal(events);
  });

  it("localize(eras, 'fr') and localizeOne(title card, 'fr') give the French titles", () => {
    expect(localize(eras, 'fr').map((e) => e.title)).to.deep.equal(eras.map((e) => e.translations?.fr?.title));
    const card = localizeOne({ title: aboutTitle, summary: aboutSummary, translations: aboutTranslations }, 'fr-BF');
    expect(card.title).to.equal(aboutTranslations.fr.title);
    expect(card.summary).to.equal(aboutTranslations.fr.summary);
  });
});

describe('validateEvents(events) with translations', () => {
  const base = { id: 'e', title: 'Coup in Bamako', start: '2020-08-18' };
  const read = (translations: unknown) => validateEvents([{ ...base, translations }]);

  it('keeps good translations in any language, and drops blank words quietly', () => {
    const r = read({ fr: { title: 'Coup d’État à Bamako', summary: '  ' }, 'pt-BR': { summary: 'Golpe em Bamako' } });
    expect(r.issues).to.deep.equal([]);
    expect(r.events[0]?.translations).to.deep.equal({ fr: { title: 'Coup d’État à Bamako' }, 'pt-BR': { summary: 'Golpe em Bamako' } });
  });

  for (const [what, value, field, words] of [
    ['a list in place of an object', [{ title: 'x' }], 'translations', 'should be an object of translations by language tag'],
    ['text in place of an object', 'Coup d’État', 'translations', 'should be an object of translations by language tag'],
    ['a tag that is not a language tag', { 'fr FR': { title: 'Coup' } }, 'translations.fr FR', 'is not a language tag such as "fr" or "pt-BR"'],
    ['a language given as text', { fr: 'Coup' }, 'translations.fr', 'should be an object with a title or summary'],
    ['a title that is a number', { fr: { title: 12 } }, 'translations.fr.title', 'should be text, not'],
  ] as const) {
    it(`reports ${what} in plain words, and keeps the event`, () => {
      const r = read(value);
      expect(r.events.map((e) => e.id)).to.deep.equal(['e']);
      expect(r.events[0]?.title).to.equal('Coup in Bamako');
      expect(r.issues).to.have.length(1);
      const issue = r.issues[0];
      expect(issue?.field).to.equal(field);
      expect(issue?.effect).to.equal('field');
      expect(issue?.message).to.contain(words);
      expect(formatIssue(issue as NonNullable<typeof issue>)).to.match(/^Item 0 \("e"\), translations.*left out\.$/);
    });
  }

  it('keeps the good languages beside a bad one', () => {
    const r = read({ fr: { title: 'Coup à Bamako' }, de: 42 });
    expect(r.events[0]?.translations).to.deep.equal({ fr: { title: 'Coup à Bamako' } });
    expect(r.issues.map((i) => i.field)).to.deep.equal(['translations.de']);
  });

  it('validateEras keeps an era’s translations and reports a bad one without losing the era', () => {
    const good = validateEras([{ title: 'Operation Serval', start: '2013-01-11', translations: { fr: { title: 'Opération Serval' } } }]);
    expect(good.issues).to.deep.equal([]);
    expect(good.eras[0]?.translations).to.deep.equal({ fr: { title: 'Opération Serval' } });
    const bad = validateEras([{ title: 'Operation Serval', start: '2013-01-11', translations: { fr: { title: ['Opération'] } } }]);
    expect(bad.eras.map((e) => e.title)).to.deep.equal(['Operation Serval']);
    expect(bad.eras[0]?.translations).to.equal(undefined);
    expect(bad.issues.map((i) => [i.field, i.effect])).to.deep.equal([['translations.fr.title', 'field']]);
  });
});

// ---- CSV ------------------------------------------------------------------------------------

/** Cell text a spreadsheet may hold, commas, quotes and line breaks included. */
const cellText = fc
  .tuple(fc.constantFrom('', 'É', '«\u00a0', ',', '"', 'Ça '), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('', ',', '\n', '"', '\u00a0»', ' x'))
  .map(([a, b, c]) => a + b + c)
  // A cell starting with an apostrophe then a formula sign is read as an escaped formula.
  .filter((t) => t.trim() !== '' && !/^'+[=+\-@\t\r]/.test(t));
/** Language tags as a header may write them. */
const tag = fc.constantFrom('fr', 'de', 'pt-BR', 'zh-Hant-TW', 'bm', 'ff', 'es-419');
const translation = fc.record({ title: cellText, summary: cellText, reportedDate: cellText }, { requiredKeys: [] }).filter((t) => Object.keys(t).length > 0);
const translationsArb = fc.dictionary(tag, translation, { minKeys: 1, maxKeys: 3 });

/** A spreadsheet with the given translations in columns title_xx, summary_xx, reportedDate_xx. */
function sheet(rows: readonly Translations[]): string {
  const tags = [...new Set(rows.flatMap((t) => Object.keys(t)))];
  const fields = ['title', 'summary', 'reportedDate'] as const;
  const header = ['id', 'start', 'title', ...tags.flatMap((t) => fields.map((f) => `${f}_${t}`))];
  const body = rows.map((t, i) => [`e${String(i)}`, '2022', `Event ${String(i)}`, ...tags.flatMap((tg) => fields.map((f) => t[tg]?.[f] ?? ''))]);
  return csvFormatRows([header, ...body]);
}

describe('parseCsv(text) reads translation columns for any language', () => {
  it('title_xx, summary_xx and reportedDate_xx columns become translations, for any tag, with no issue', () => {
    fc.assert(
      fc.property(fc.array(translationsArb, { minLength: 1, maxLength: 4 }), (rows) => {
        const { data, issues } = parseCsv(sheet(rows));
        expect(issues).to.deep.equal([]);
        expect(data.events.map((e) => e.translations)).to.deep.equal(rows);
      }),
    );
  });

  it('parseCsv(eventsToCsv(events)) gives French translations back, whatever their text', () => {
    fc.assert(
      fc.property(fc.array(translation, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 8 }), (list, lead) => {
        // Formula starts too: eventsToCsv escapes them and parseCsv reads them back.
        const events: TimelineEvent[] = list.map((fr, i) => ({ id: `e${String(i)}`, title: 'T', start: '2022', translations: { fr: { ...fr, ...(fr.title !== undefined && { title: `${lead}${fr.title}` }) } } }));
        const { data, issues } = parseCsv(eventsToCsv(events));
        expect(issues).to.deep.equal([]);
        expect(data.events.map((e) => e.translations)).to.deep.equal(events.map((e) => e.translations));
      }),
    );
  });

  it('gives the Sahel dataset back with its French words', () => {
    const { data, issues } = parseCsv(eventsToCsv(events));
    expect(issues).to.deep.equal([]);
    expect(data.events.map((e) => e.translations)).to.deep.equal(events.map((e) => e.translations));
  });

  it('matches translation columns without regard to case or separators, writes tags in their canonical case, first column first', () => {
    const csv = 'id,start,Title,Title FR,summary_PT-br,Reported Date fr,title_fr\na,2022,Coup,Coup d’État,Golpe,en 2022,second\n';
    const { data, issues } = parseCsv(csv);
    expect(issues).to.deep.equal([]);
    expect(data.events[0]?.translations).to.deep.equal({ fr: { title: 'Coup d’État', reportedDate: 'en 2022' }, 'pt-BR': { summary: 'Golpe' } });
    expect(localize(data.events, 'fr')[0]?.title).to.equal('Coup d’État');
  });

  it('keeps a column such as summary_short as a column of its own', () => {
    const { data, issues } = parseCsv('id,start,title,summary_short\na,2022,Coup,Short\n');
    expect((data.events[0] as Record<string, unknown> | undefined)?.summary_short).to.equal('Short');
    expect(data.events[0]?.translations).to.equal(undefined);
    expect(issues.map((i) => i.field)).to.deep.equal(['summary_short']);
  });

  it('reads translations on the title card row and on era rows of the TimelineJS3 template', () => {
    const csv = [
      'Type,Year,End Year,Headline,Text,headline_fr,title_fr,summary_fr',
      'title,,,Sahel,About,,Sahel (fr),À propos',
      'era,2013,2014,Operation Serval,,,Opération Serval,',
      ',2013,,Serval,,Serval?,Serval (fr),',
    ].join('\n');
    const { data, issues } = parseCsv(csv);
    expect(data.translations).to.deep.equal({ fr: { title: 'Sahel (fr)', summary: 'À propos' } });
    expect(data.eras?.[0]?.translations).to.deep.equal({ fr: { title: 'Opération Serval' } });
    expect(data.events[0]?.translations).to.deep.equal({ fr: { title: 'Serval (fr)' } });
    // headline_fr is no translation column (title, summary and reportedDate are): a column of its own, said once.
    expect(issues.map((i) => i.field)).to.deep.equal(['headline_fr']);
  });
});

describe('toTimelineJS and fromTimelineJS carry translations', () => {
  it('the Sahel data, its title card and eras read back with their French words', () => {
    const data = { title: aboutTitle, summary: aboutSummary, translations: aboutTranslations, eras, events };
    const back = fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS(data))) as unknown);
    expect(back.issues).to.deep.equal([]);
    expect(back.data.translations).to.deep.equal(aboutTranslations);
    expect(back.data.eras?.map((e) => e.translations)).to.deep.equal(eras.map((e) => e.translations));
    expect(back.data.events.map((e) => e.translations)).to.deep.equal(events.map((e) => e.translations));
  });
});
