import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { CSV_COLUMNS, eventsToCsv } from '../src/dataset/csv.js';
import { parsePartialDate, toInterval } from '../src/dataset/dates.js';
import { events } from '../src/dataset/events.js';
import { datasetSchema } from '../src/dataset/schema.js';
import { sources } from '../src/dataset/sources.js';
import type { Source, TimelineEvent } from '../src/dataset/types.js';
import { validateEvents } from '../src/dataset/validate.js';
import { CERTAINTIES, EVENT_CATEGORIES, EVENT_KINDS } from '../src/dataset/vocabulary.js';
import { prepareTimeline } from '../src/layout/prepare.js';
import { parseCsv } from './csv.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PRECISION_BY_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

/** A deep copy as it would be written to and read from JSON. */
const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('eventsToCsv', () => {
  it('eventsToCsv writes RFC 4180 that reads back to the same fields', () => {
    const tricky: TimelineEvent[] = [
      {
        id: 'tricky',
        title: 'Commas, "quotes"\nand a line break',
        start: '2022-03-27',
        end: '2022-03-31',
        countries: ['ML', 'FR'],
        sources: [{ source: 'a', paragraph: 3 }, { source: 'b' }],
        place: { name: 'Moura', lat: 14.3, lon: -4.6 },
        note: 'Ends with a CR\r',
      },
      { id: 'plain', title: 'Plain', start: '2012' },
    ];
    const csv = eventsToCsv(tricky);
    expect(csv.endsWith('\r\n')).to.equal(true);
    // Written out, so that the reading below does not rest on this file's parser alone.
    expect(csv).to.contain(',"Commas, ""quotes""\nand a line break",');
    const [header, first, second, ...rest] = parseCsv(csv);
    expect(header).to.deep.equal([...CSV_COLUMNS]);
    expect(rest).to.deep.equal([]);
    const col = (row: string[] | undefined, name: (typeof CSV_COLUMNS)[number]) => row?.[CSV_COLUMNS.indexOf(name)];
    expect(col(first, 'title')).to.equal('Commas, "quotes"\nand a line break');
    expect(col(first, 'countries')).to.equal('ML; FR');
    expect(col(first, 'sources')).to.equal('a#3; b');
    expect(col(first, 'latitude')).to.equal('14.3');
    expect(col(first, 'longitude')).to.equal('-4.6');
    expect(col(first, 'note')).to.equal('Ends with a CR\r');
    expect(second).to.have.length(CSV_COLUMNS.length);
    expect(col(second, 'end')).to.equal('');
  });
});

describe('the Sahel dataset (events.ts, sources.ts)', () => {
  it('has at least 20 events', () => {
    expect(events.length).to.be.at.least(20);
  });

  it('has unique kebab-case ids', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id, id).to.match(KEBAB);
  });

  it('is in prepared order: by start instant, then end, then id', () => {
    const prepared = prepareTimeline(events).events.map((p) => p.event.id);
    expect(events.map((e) => e.id)).to.deep.equal(prepared);
  });

  it('has non-decreasing start instants', () => {
    for (let i = 1; i < events.length; i++) {
      const a = events[i - 1] as TimelineEvent;
      const b = events[i] as TimelineEvent;
      expect(+toInterval(b.start).start, `${a.id} then ${b.id}`).to.be.at.least(+toInterval(a.start).start);
    }
  });

  it('writes every start and end as a valid date whose length states its precision', () => {
    for (const e of events) {
      for (const date of e.end === undefined ? [e.start] : [e.start, e.end]) {
        const parsed = parsePartialDate(date);
        expect(parsed.precision, `${e.id}: ${date}`).to.equal(PRECISION_BY_LENGTH[date.length]);
      }
    }
  });

  it('never has an end before its start', () => {
    for (const e of events) {
      if (e.end === undefined) continue;
      const s = toInterval(e.start);
      const en = toInterval(e.end);
      expect(+en.end, e.id).to.be.greaterThan(+s.start);
      // The end's first instant is not before the start's, unless the end is a coarser date that contains the start.
      const containsStart = +en.start <= +s.start && +en.end >= +s.end;
      expect(+en.start >= +s.start || containsStart, e.id).to.equal(true);
    }
  });

  it('gives spans an end and points none', () => {
    for (const e of events) {
      if (e.kind === 'span') expect(e.end, e.id).to.be.a('string');
      if (e.kind === 'point') expect(e.end, e.id).to.equal(undefined);
    }
  });

  it('fills in every field of a SahelEvent', () => {
    const regions = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const e of events) {
      expect(e.title.trim(), e.id).not.to.equal('');
      expect(e.summary.trim(), e.id).not.to.equal('');
      expect(EVENT_KINDS, e.id).to.include(e.kind);
      expect(EVENT_CATEGORIES, e.id).to.include(e.category);
      expect(CERTAINTIES, e.id).to.include(e.certainty);
      expect(e.countries.length, e.id).to.be.greaterThan(0);
      expect(new Set(e.countries).size, `${e.id} lists a country twice`).to.equal(e.countries.length);
      for (const c of e.countries) {
        expect(c, e.id).to.match(/^[A-Z]{2}$/);
        expect(regions.of(c), `${e.id}: ${c} is a real ISO 3166-1 code`).not.to.equal(c);
      }
      expect(e.actors.length, e.id).to.be.greaterThan(0);
      for (const a of e.actors) expect(a.trim(), e.id).not.to.equal('');
      expect(e.sources.length, e.id).to.be.greaterThan(0);
    }
  });

  it('cites only sources that exist, at a paragraph between 1 and their paragraph count', () => {
    const byId = new Map<string, Source>(sources.map((s) => [s.id, s]));
    for (const e of events) {
      for (const ref of e.sources) {
        const source = byId.get(ref.source);
        expect(source, `${e.id} cites ${ref.source}`).not.to.equal(undefined);
        expect(ref.paragraph, `${e.id} cites a paragraph`).to.be.a('number');
        expect(Number.isInteger(ref.paragraph), e.id).to.equal(true);
        expect(ref.paragraph, `${e.id} cites ${ref.source}#${String(ref.paragraph)}`).to.be.within(1, source?.paragraphs ?? 0);
      }
    }
  });

  it('has sources with unique ids, valid publication dates and paragraph counts', () => {
    expect(new Set(sources.map((s) => s.id)).size).to.equal(sources.length);
    for (const s of sources) {
      expect(s.id).to.match(KEBAB);
      expect(() => parsePartialDate(s.published)).not.to.throw();
      expect(Number.isInteger(s.paragraphs) && s.paragraphs >= 1, s.id).to.equal(true);
      expect(s.url).to.match(/^https:\/\//);
    }
  });

  it('every source is cited by some event', () => {
    const cited = new Set(events.flatMap((e) => e.sources.map((r) => r.source)));
    for (const s of sources) expect(cited.has(s.id), s.id).to.equal(true);
  });

  it('passes validateEvents with no issues, every event kept unchanged', () => {
    const r = validateEvents(events);
    expect(r.issues).to.deep.equal([]);
    expect(r.total).to.equal(events.length);
    expect(r.events).to.deep.equal(viaJson(events));
  });

  it('has context events', () => {
    const context = events.filter((e) => e.category === 'context');
    expect(context.length).to.be.greaterThan(0);
    expect(context.map((e) => e.id)).to.include('russia-invades-ukraine');
  });

  it('dates Operation Serval to 2013-01-11 and records the article\'s "2012" as reportedDate', () => {
    const serval = events.find((e) => e.id === 'french-intervention-serval');
    expect(serval?.start).to.equal('2013-01-11');
    expect(serval?.reportedDate).to.equal('2012');
    expect(serval?.note).to.match(/2013/);
  });

  it('explains every reportedDate in a note', () => {
    for (const e of events) {
      if (e.reportedDate === undefined) continue;
      expect(e.note, e.id).to.be.a('string');
      expect(e.note?.trim(), e.id).not.to.equal('');
    }
  });
});

// What the build writes to dist/dataset.json, .csv and .schema.json. That the built files
// hold exactly this is checked after the build, by scripts/check-dataset-files.mjs.
describe('the dataset as JSON, CSV and JSON Schema', () => {
  const validator = new Validator(datasetSchema as unknown as Schema, '2020-12');

  it('eventsToCsv(events) has the CSV_COLUMNS header and one row per event, with matching fields', () => {
    const rows = parseCsv(eventsToCsv(events));
    const [header, ...body] = rows;
    expect(header).to.deep.equal([...CSV_COLUMNS]);
    expect(body).to.have.length(events.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    body.forEach((row, i) => {
      const e = events[i] as (typeof events)[number];
      expect(row, e.id).to.have.length(CSV_COLUMNS.length);
      expect(row[col('id')]).to.equal(e.id);
      expect(row[col('start')], e.id).to.equal(e.start);
      expect(row[col('end')], e.id).to.equal(e.end ?? '');
      expect(row[col('kind')], e.id).to.equal(e.kind);
      expect(row[col('title')], e.id).to.equal(e.title);
      expect(row[col('summary')], e.id).to.equal(e.summary);
      expect(row[col('countries')], e.id).to.equal(e.countries.join('; '));
      expect(row[col('note')], e.id).to.equal(e.note ?? '');
      expect(row[col('sources')], e.id).to.equal(e.sources.map((s) => `${s.source}#${String(s.paragraph)}`).join('; '));
    });
  });

  it('the dataset, read back from JSON, validates against datasetSchema', () => {
    const result = validator.validate(viaJson({ $schema: './dataset.schema.json', title: 'Sahel', sources, events }));
    expect(result.valid, JSON.stringify(result.errors.slice(0, 5))).to.equal(true);
  });

  describe('a broken copy of the dataset fails the schema', () => {
    const broken: [string, (e: Record<string, unknown>) => void][] = [
      ['a blank category', (e) => (e.category = ' ')],
      ['no title', (e) => delete e.title],
      ['an empty title', (e) => (e.title = '')],
      ['start "2022-13"', (e) => (e.start = '2022-13')],
      ['start "yesterday"', (e) => (e.start = 'yesterday')],
      ['an unknown field', (e) => (e.colour = 'red')],
      ['a lower-case country', (e) => (e.countries = ['ml'])],
      ['paragraph 0', (e) => (e.sources = [{ source: 'teller-mali-2022', paragraph: 0 }])],
      ['lat 91', (e) => (e.place = { name: 'X', lat: 91, lon: 0 })],
      ['lat without lon', (e) => (e.place = { name: 'X', lat: 10 })],
    ];
    for (const [name, breakIt] of broken) {
      it(`an event with ${name} fails the schema`, () => {
        const copy = viaJson({ sources, events }) as { events: Record<string, unknown>[] };
        const target = copy.events[3];
        if (!target) throw new Error('dataset too small');
        breakIt(target);
        const result = validator.validate(copy);
        expect(result.valid).to.equal(false);
      });
    }

    it('a dataset without events fails the schema', () => {
      expect(validator.validate({ sources }).valid).to.equal(false);
    });
  });
});
