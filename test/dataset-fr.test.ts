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
import { TRANSLATION_FIELDS } from '../src/dataset/fields.js';
import { fromTimelineJS } from '../src/dataset/timelinejs.js';
import { toTimelineJS } from '../src/dataset/timelinejs-write.js';
import type { TimelineEvent, Translations } from '../src/dataset/types.js';
import { formatIssue, validateEvents, type ValidationIssue } from '../src/dataset/validate.js';

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

  it('every event has its note, place, actors and media caption and alt text in French wherever it has them in English', () => {
    const missing: string[] = [];
    for (const e of events) {
      const fr = e.translations?.fr;
      if (e.note !== undefined && !fr?.note?.trim()) missing.push(`${e.id}: note`);
      if (e.place && !fr?.place?.trim()) missing.push(`${e.id}: place`);
      if (fr?.actors?.length !== e.actors.length) missing.push(`${e.id}: actors (${String(fr?.actors?.length ?? 0)} of ${String(e.actors.length)})`);
      if (e.media?.caption !== undefined && !fr?.caption?.trim()) missing.push(`${e.id}: caption`);
      if (e.media?.alt !== undefined && !fr?.alt?.trim()) missing.push(`${e.id}: alt`);
    }
    expect(missing, missing.join('; ')).to.deep.equal([]);
  });

  it('a French note is French, and keeps the figures of its English note (dates, numbers, resolutions)', () => {
    for (const e of events) {
      const note = e.translations?.fr?.note;
      if (note === undefined || e.note === undefined) continue;
      expect(note, e.id).not.to.equal(e.note);
      expect(FRENCH_WORD.test(note), `${e.id}: the note reads as French`).to.equal(true);
      // Every number of the English note is in the French one ("12 March 1999" is "12 mars 1999").
      for (const n of e.note.match(/\d+/g) ?? []) expect(note, `${e.id}: ${n}`).to.match(new RegExp(`(?<!\\d)${n}(?!\\d)`));
    }
  });

  it('uses French quotation marks, never English ones, in its French words', () => {
    const texts = [...events, ...eras].flatMap((e) => Object.values(e.translations?.fr ?? {}).flat() as string[]);
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
  it("localize(events, 'fr') gives every event its French words, and keeps the rest: sources, coordinates, addresses", () => {
    const fr = localize(events, 'fr');
    expect(fr).to.have.length(events.length);
    fr.forEach((e, i) => {
      const en = events[i] as (typeof events)[number];
      const t = en.translations?.fr;
      expect(e.title).to.equal(t?.title);
      expect(e.summary).to.equal(t?.summary);
      expect(e.reportedDate).to.equal(t?.reportedDate ?? en.reportedDate);
      expect(e.note).to.equal(t?.note ?? en.note);
      expect(e.place).to.deep.equal(en.place && { ...en.place, name: t?.place ?? en.place.name });
      expect(e.actors).to.deep.equal(t?.actors ?? en.actors);
      expect(e.media).to.deep.equal(en.media && { ...en.media, ...(t?.caption && { caption: t.caption }), ...(t?.alt && { alt: t.alt }) });
      expect(e.sources, 'sources and their quotes stay as published').to.equal(en.sources);
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

describe('localizeOne(item, lang) on the words beside title and summary', () => {
  const item: TimelineEvent = {
    id: 'serval',
    title: 'Operation Serval',
    start: '2013-01-11',
    note: 'Launched at the request of the interim authorities.',
    place: { name: 'Northern Mali', lat: 16, lon: -1 },
    actors: ['French armed forces', 'Malian armed forces'],
    media: { url: 'https://en.wikipedia.org/wiki/Operation_Serval', caption: 'The Wikipedia article', alt: 'A map', credit: 'Wikipedia' },
    translations: {
      fr: {
        note: 'Lancée à la demande des autorités intérimaires.',
        place: 'Nord du Mali',
        actors: ['Forces armées françaises', 'Forces armées maliennes (FAMa)'],
        caption: 'L’article de Wikipédia',
        alt: 'Une carte',
      },
    },
  };

  it('puts the note, the place name (keeping its coordinates), the actors and the caption and alt text (keeping the address and credit) in place', () => {
    const fr = localizeOne(item, 'fr');
    expect(fr.note).to.equal('Lancée à la demande des autorités intérimaires.');
    expect(fr.place).to.deep.equal({ name: 'Nord du Mali', lat: 16, lon: -1 });
    expect(fr.actors).to.deep.equal(['Forces armées françaises', 'Forces armées maliennes (FAMa)']);
    expect(fr.media).to.deep.equal({ url: item.media?.url, caption: 'L’article de Wikipédia', alt: 'Une carte', credit: 'Wikipedia' });
    expect(fr.translations).to.equal(item.translations);
    expect(localizeOne(fr, 'en')).to.equal(fr);
  });

  it('passes over actors of another length, a place or media the item does not have, and blank words', () => {
    const t = (fr: Record<string, unknown>) => ({ ...item, translations: { fr } }) as TimelineEvent;
    expect(localizeOne(t({ actors: ['Forces armées françaises'] }), 'fr').actors).to.deep.equal(item.actors);
    const bare: TimelineEvent = { id: item.id, title: item.title, start: item.start, note: item.note, actors: item.actors };
    expect(localizeOne({ ...bare, translations: { fr: { place: 'Nord du Mali', caption: 'Légende' } } }, 'fr')).to.deep.equal({ ...bare, translations: { fr: { place: 'Nord du Mali', caption: 'Légende' } } });
    const blank = localizeOne(t({ note: '  ', place: '', actors: ['', 'FAMa'], caption: ' ' }), 'fr');
    expect(blank.note).to.equal(item.note);
    expect(blank.place).to.equal(item.place);
    expect(blank.actors, 'a blank name keeps the actor’s own').to.deep.equal(['French armed forces', 'FAMa']);
    expect(blank.media).to.equal(item.media);
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

  it('keeps the note, place, actors, caption and alt text of a translation', () => {
    const fr = { note: 'Une note.', place: 'Nord du Mali', actors: ['FAMa', 'MNLA'], caption: 'Légende', alt: 'Une carte' };
    const r = validateEvents([{ ...base, actors: ['Malian armed forces', 'MNLA'], place: { name: 'Northern Mali' }, media: { url: 'a.png', caption: 'Caption' }, translations: { fr } }]);
    expect(r.issues).to.deep.equal([]);
    expect(r.events[0]?.translations).to.deep.equal({ fr });
  });

  for (const [what, fr, field, words] of [
    ['a note that is a list', { note: ['Une note.'] }, 'translations.fr.note', 'should be text, not'],
    ['a place given as an object', { place: { name: 'Nord du Mali' } }, 'translations.fr.place', 'should be text, not'],
    ['a caption that is a number', { caption: 3 }, 'translations.fr.caption', 'should be text, not'],
    ['actors given as text', { actors: 'FAMa' }, 'translations.fr.actors', 'should be a list of names, one per actor'],
    ['actors with a name that is not text', { actors: ['FAMa', 7] }, 'translations.fr.actors', 'name 2 should be text'],
    ['actors with a blank name', { actors: ['FAMa', ' '] }, 'translations.fr.actors', 'name 2 should be text, not empty text'],
  ] as const) {
    it(`reports ${what} and leaves out only that field of the translation`, () => {
      const r = validateEvents([{ ...base, actors: ['FAMa', 'MNLA'], translations: { fr: { title: 'Coup à Bamako', ...fr } } }]);
      expect(r.events[0]?.translations).to.deep.equal({ fr: { title: 'Coup à Bamako' } });
      expect(r.issues.map((i) => [i.field, i.effect])).to.deep.equal([[field, 'field']]);
      expect(r.issues[0]?.message).to.contain(words);
    });
  }

  it('reports translated actors that do not give one name per actor, in plain words, keeping the event and the rest of its translation', () => {
    const r = validateEvents([
      { ...base, actors: ['Malian armed forces', 'MNLA', 'Ansar Dine'], translations: { fr: { title: 'Coup à Bamako', actors: ['FAMa', 'MNLA'] }, de: { actors: ['Malische Armee', 'MNLA', 'Ansar Dine'] } } },
      { ...base, id: 'f', translations: { fr: { actors: ['FAMa'] } } },
    ]);
    expect(r.events.map((e) => e.id)).to.deep.equal(['e', 'f']);
    expect(r.events[0]?.actors).to.deep.equal(['Malian armed forces', 'MNLA', 'Ansar Dine']);
    expect(r.events[0]?.translations).to.deep.equal({ fr: { title: 'Coup à Bamako' }, de: { actors: ['Malische Armee', 'MNLA', 'Ansar Dine'] } });
    expect(r.events[1]?.translations, 'nothing else to keep').to.equal(undefined);
    expect(r.issues.map((i) => [i.index, i.field, i.effect])).to.deep.equal([
      [0, 'translations.fr.actors', 'field'],
      [1, 'translations.fr.actors', 'field'],
    ]);
    expect(formatIssue(r.issues[0] as ValidationIssue)).to.equal('Item 0 ("e"), translations.fr.actors: has 2 names but the event has 3 actors: give one name per actor, in the same order; left out.');
    expect(formatIssue(r.issues[1] as ValidationIssue)).to.equal('Item 1 ("f"), translations.fr.actors: has 1 name but the event has no actors; left out.');
  });

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
/** A translation's words that are text (actors, a list, need the event's actors beside them). */
const translation = fc
  .record(
    { title: cellText, summary: cellText, reportedDate: cellText, note: cellText, place: cellText, caption: cellText, alt: cellText },
    { requiredKeys: [] },
  )
  .filter((t) => Object.keys(t).length > 0);
const translationsArb = fc.dictionary(tag, translation, { minKeys: 1, maxKeys: 3 });
/** A name in a list cell: no separator, no space around (the cell's names are trimmed). */
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).map((s) => s.trim()).filter((s) => s !== '' && !/[;|]/.test(s) && !/^'*[=+\-@\t\r]/.test(s));

/** A spreadsheet with the given translations in columns title_xx, summary_xx… media_alt_xx. */
function sheet(rows: readonly Translations[]): string {
  const tags = [...new Set(rows.flatMap((t) => Object.keys(t)))];
  const fields = TRANSLATION_FIELDS.filter((f) => f.kind === 'text');
  const header = ['id', 'start', 'title', ...tags.flatMap((t) => fields.map((f) => `${f.column}_${t}`))];
  const body = rows.map((t, i) => [`e${String(i)}`, '2022', `Event ${String(i)}`, ...tags.flatMap((tg) => fields.map((f) => t[tg]?.[f.key] ?? ''))]);
  return csvFormatRows([header, ...body]);
}

describe('parseCsv(text) reads translation columns for any language', () => {
  it('title_xx, summary_xx, reportedDate_xx, note_xx, place_xx, media_caption_xx and media_alt_xx columns become translations, for any tag, with no issue', () => {
    fc.assert(
      fc.property(fc.array(translationsArb, { minLength: 1, maxLength: 4 }), (rows) => {
        const { data, issues } = parseCsv(sheet(rows));
        expect(issues).to.deep.equal([]);
        expect(data.events.map((e) => e.translations)).to.deep.equal(rows);
      }),
    );
  });

  it('parseCsv(eventsToCsv(events)) gives French translations back, whatever their text, actors included', () => {
    const withActors = fc.tuple(translation, fc.array(fc.tuple(name, name), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(withActors, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 8 }), (list, lead) => {
        // Formula starts too: eventsToCsv escapes them and parseCsv reads them back.
        const events: TimelineEvent[] = list.map(([fr, pairs], i) => ({
          id: `e${String(i)}`,
          title: 'T',
          start: '2022',
          ...(pairs.length > 0 && { actors: pairs.map(([en]) => en) }),
          translations: { fr: { ...fr, ...(fr.title !== undefined && { title: `${lead}${fr.title}` }), ...(pairs.length > 0 && { actors: pairs.map(([, own]) => own) }) } },
        }));
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

  it('reads note_xx, place_xx, actors_xx (a list), media_caption_xx and media_alt_xx as the row’s translated words', () => {
    const csv = 'id,start,title,actors,place,media,media_caption,Note FR,place_fr,actors_fr,Media Caption pt-BR,media_alt_fr\na,2022,Coup,FAMa; MNLA,Northern Mali,a.png,Caption,Une note,Nord du Mali,FAMa | MNLA,Legenda,Une image\n';
    const { data, issues } = parseCsv(csv);
    expect(issues).to.deep.equal([]);
    expect(data.events[0]?.translations).to.deep.equal({ fr: { note: 'Une note', place: 'Nord du Mali', actors: ['FAMa', 'MNLA'], alt: 'Une image' }, 'pt-BR': { caption: 'Legenda' } });
    const fr = localize(data.events, 'fr')[0];
    expect(fr?.place?.name).to.equal('Nord du Mali');
    expect(fr?.media).to.deep.equal({ url: 'a.png', caption: 'Caption', alt: 'Une image' });
  });

  it('reports translated actors in a column that do not give one name per actor, with the row', () => {
    const { data, issues } = parseCsv('id,start,title,actors,actors_fr\na,2022,Coup,FAMa; MNLA; Ansar Dine,FAMa; MNLA\n');
    expect(data.events[0]?.actors).to.deep.equal(['FAMa', 'MNLA', 'Ansar Dine']);
    expect(data.events[0]?.translations).to.equal(undefined);
    expect(issues.map((i) => [i.row, i.field, i.effect])).to.deep.equal([[2, 'translations.fr.actors', 'field']]);
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
