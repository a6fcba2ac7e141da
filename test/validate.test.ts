import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Validator, type Schema } from '@cfworker/json-schema';
import { toInterval } from '../src/dataset/dates.js';
import { datasetSchema } from '../src/dataset/schema.js';
import type { Place, SourceRef, TimelineEvent } from '../src/dataset/types.js';
import { formatIssue, validateEvents, type ValidationIssue, type ValidationResult } from '../src/dataset/validate.js';
import { CERTAINTIES, EVENT_CATEGORIES, EVENT_KINDS } from '../src/dataset/vocabulary.js';

const ok = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  title: `Title of ${id}`,
  start: '2022-03-27',
  ...extra,
});

/** The issues reported for one item. */
const at = (r: ValidationResult, index: number | null): ValidationIssue[] => r.issues.filter((i) => i.index === index);

/** Validates one bad item between two good ones and returns its issues, checking the good ones are kept. */
function badItem(item: unknown): ValidationIssue[] {
  const r = validateEvents([ok('before'), item, ok('after')]);
  expect(r.total).to.equal(3);
  expect(r.events.map((e) => e.id)).to.deep.equal(['before', 'after']);
  expect(at(r, 0)).to.deep.equal([]);
  expect(at(r, 2)).to.deep.equal([]);
  const issues = at(r, 1);
  expect(issues.length, 'the bad item is reported').to.be.greaterThan(0);
  expect(r.issues.length).to.equal(issues.length);
  return issues;
}

const fields = (issues: readonly ValidationIssue[]) => issues.map((i) => i.field);

/**
 * Validates one item with a fault that costs only a field, between two good ones: checks the
 * item is kept and every issue says so; gives the kept event and its issues.
 */
function badField(item: Record<string, unknown>): { event: TimelineEvent; issues: ValidationIssue[] } {
  const r = validateEvents([ok('before'), item, ok('after')]);
  expect(r.events.map((e) => e.id)).to.deep.equal(['before', String(item.id), 'after']);
  const issues = at(r, 1);
  expect(issues.length, 'the bad field is reported').to.be.greaterThan(0);
  expect(r.issues.length).to.equal(issues.length);
  for (const i of issues) expect(i.effect, i.message).to.be.oneOf(['field', 'kept']);
  return { event: r.events[1] as TimelineEvent, issues };
}

describe('validateEvents', () => {
  describe('input that is not a list of events', () => {
    for (const [name, input] of [
      ['null', null],
      ['42', 42],
      ["'x'", 'x'],
      ['{} (no events)', {}],
      ['{ events: "x" }', { events: 'x' }],
      ['undefined', undefined],
      ['true', true],
    ] as const) {
      it(`validateEvents(${name}) reports one issue with index null and keeps nothing`, () => {
        const r = validateEvents(input);
        expect(r.events).to.deep.equal([]);
        expect(r.total).to.equal(0);
        expect(r.issues).to.have.length(1);
        expect(r.issues[0]?.index).to.equal(null);
        expect(r.issues[0]?.field).to.equal(null);
        expect(r.issues[0]?.message).to.match(/Expected a list of events/);
      });
    }

    it('validateEvents does not read an inherited "events" list', () => {
      const input: unknown = JSON.parse('{"__proto__": {"events": [{"id": "a", "title": "A", "start": "2020"}]}}');
      const r = validateEvents(input);
      expect(r.events).to.deep.equal([]);
      expect(r.issues).to.have.length(1);
      expect(r.issues[0]?.index).to.equal(null);
      expect(validateEvents(Object.create({ events: [ok('a')] }) as unknown).events).to.deep.equal([]);
    });
  });

  it('validateEvents({ events: [...] }) accepts an object with an events list', () => {
    const r = validateEvents({ title: 'A dataset', events: [ok('a'), ok('b')] });
    expect(r.issues).to.deep.equal([]);
    expect(r.total).to.equal(2);
    expect(r.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
  });

  it('validateEvents([]) is valid and empty', () => {
    expect(validateEvents([])).to.deep.equal({ events: [], issues: [], total: 0 });
  });

  it('validateEvents returns a clean copy of a full valid event, field for field', () => {
    const full: TimelineEvent = {
      id: 'moura-massacre',
      title: 'Moura massacre',
      summary: 'Soldiers and foreign fighters killed hundreds of people.',
      start: '2022-03-27',
      end: '2022-03-31',
      kind: 'span',
      category: 'violence',
      countries: ['ML', 'RU'],
      actors: ['Malian armed forces'],
      place: { name: 'Moura', lat: 14.3, lon: -4.6 },
      sources: [{ source: 'teller-mali-2022', paragraph: 2, quote: 'hundreds', url: 'https://example.org/' }],
      certainty: 'disputed',
      reportedDate: 'end of March',
      note: 'A note.',
    };
    const r = validateEvents([{ ...full, place: { ...full.place, population: 3 } }]);
    expect(r.issues).to.deep.equal([]);
    expect(r.events).to.deep.equal([full]);
    expect(r.events[0]).not.to.equal(full);
  });

  it("validateEvents keeps fields of the page's own as given (a spreadsheet's extra column), and never as the prototype", () => {
    const input = JSON.parse('[{ "id": "a", "title": "A", "start": "2020", "desk": "Politics", "score": 3, "tags": ["x"], "__proto__": { "polluted": true }, "prototype": 1 }]') as unknown;
    const r = validateEvents(input);
    expect(r.issues).to.deep.equal([]);
    const event = r.events[0] as unknown as Record<string, unknown>;
    expect(event.desk).to.equal('Politics');
    expect(event.score).to.equal(3);
    expect(event.tags).to.deep.equal(['x']);
    expect(Object.getPrototypeOf(event)).to.equal(Object.prototype);
    expect((event as { polluted?: unknown }).polluted).to.equal(undefined);
    expect(Object.keys(event)).to.deep.equal(['id', 'start', 'title', 'desk', 'score', 'tags']);
  });

  describe('items that are not objects', () => {
    for (const [name, item] of [
      ['null', null],
      ['a number', 7],
      ['a string', '2022-03-27'],
      ['a list', [ok('x')]],
      ['true', true],
    ] as const) {
      it(`validateEvents reports an item that is ${name} with its index and field null`, () => {
        const issues = badItem(item);
        expect(issues).to.have.length(1);
        expect(issues[0]?.field).to.equal(null);
        expect(issues[0]?.message).to.match(/should be an object/);
      });
    }
  });

  describe('required fields', () => {
    for (const key of ['id', 'title', 'start'] as const) {
      it(`validateEvents reports a missing ${key} with field "${key}"`, () => {
        const item = Object.fromEntries(Object.entries(ok('x')).filter(([k]) => k !== key));
        const issues = badItem(item);
        expect(fields(issues)).to.deep.equal([key]);
        expect(issues[0]?.message).to.match(/missing/);
      });

      it(`validateEvents reports a null ${key} as missing, with field "${key}"`, () => {
        expect(fields(badItem(ok('x', { [key]: null })))).to.deep.equal([key]);
      });

      it(`validateEvents reports an empty ${key} with field "${key}"`, () => {
        expect(fields(badItem(ok('x', { [key]: '' })))).to.deep.equal([key]);
      });
    }

    it('validateEvents reports a blank (spaces only) title', () => {
      const issues = badItem(ok('x', { title: '   ' }));
      expect(fields(issues)).to.deep.equal(['title']);
      expect(issues[0]?.message).to.equal('is empty');
    });

    it('validateEvents reports a non-string title (42) with field "title" and names the type', () => {
      const issues = badItem(ok('x', { title: 42 }));
      expect(fields(issues)).to.deep.equal(['title']);
      expect(issues[0]?.message).to.contain('the number 42');
      expect(issues[0]?.id).to.equal('x');
    });

    it('validateEvents reads a numeric id (7) as the text "7", without an issue', () => {
      const r = validateEvents([ok('x', { id: 7 }), ok('y', { id: 0 })]);
      expect(r.issues).to.deep.equal([]);
      expect(r.events.map((e) => e.id)).to.deep.equal(['7', '0']);
    });

    it('validateEvents leaves out an item whose id is neither text nor a number, and the issue carries no id', () => {
      for (const id of [true, {}, ['a'], Number.NaN]) {
        const issues = badItem(ok('x', { id }));
        expect(fields(issues)).to.deep.equal(['id']);
        expect(issues[0]).not.to.have.property('id');
        expect(issues[0]?.effect).to.equal('item');
      }
    });

    it('validateEvents keeps an absurdly long title (100,000 characters) unchanged', () => {
      const title = 'Ж'.repeat(100_000);
      const r = validateEvents([ok('long', { title })]);
      expect(r.issues).to.deep.equal([]);
      expect(r.events[0]?.title).to.equal(title);
    });
  });

  describe('dates', () => {
    for (const start of ['2022-02-30', '2022-13', 'yesterday', '2022-1-5', ' 2022', '2021-02-29']) {
      it(`validateEvents reports start ${JSON.stringify(start)} with field "start"`, () => {
        const issues = badItem(ok('x', { start }));
        expect(fields(issues)).to.deep.equal(['start']);
        expect(issues[0]?.message).to.contain(start.trim() === start ? start : start.trim());
      });
    }

    it('validateEvents reports a start that is a number, not text', () => {
      const issues = badItem(ok('x', { start: 2022 }));
      expect(fields(issues)).to.deep.equal(['start']);
      expect(issues[0]?.message).to.contain('the number 2022');
    });

    it('validateEvents keeps an event whose end is before the start, without the end, and reports "end"', () => {
      const { event, issues } = badField(ok('x', { start: '2022-03-27', end: '2022-03-26' }));
      expect(fields(issues)).to.deep.equal(['end']);
      expect(issues[0]?.message).to.match(/before the start/);
      expect(event).to.deep.equal(ok('x'));
    });

    it('validateEvents reports a month end before a day start ("2022-02" after "2022-03-01")', () => {
      expect(fields(badField(ok('x', { start: '2022-03-01', end: '2022-02' })).issues)).to.deep.equal(['end']);
    });

    it('validateEvents accepts an end on the start day, and a coarser end that contains the start', () => {
      const r = validateEvents([
        ok('same-day', { start: '2022-03-27', end: '2022-03-27' }),
        ok('coarse-end', { start: '2022-03-27', end: '2022-03' }),
        ok('year-span', { start: '2015', end: '2022' }),
      ]);
      expect(r.issues).to.deep.equal([]);
      expect(r.events).to.have.length(3);
    });

    it('validateEvents keeps an event with an invalid end date, without it, and reports "end"', () => {
      const { event, issues } = badField(ok('x', { end: '2022-02-30' }));
      expect(fields(issues)).to.deep.equal(['end']);
      expect(event).not.to.have.property('end');
    });

    it('validateEvents keeps kind "span" without end as a point, and reports "end"', () => {
      const { event, issues } = badField(ok('x', { kind: 'span' }));
      expect(fields(issues)).to.deep.equal(['end']);
      expect(issues[0]?.message).to.match(/span needs an end/);
      expect(event).not.to.have.property('kind');
    });

    it('validateEvents keeps kind "point" with an end, without the end, and reports "end"', () => {
      const { event, issues } = badField(ok('x', { kind: 'point', end: '2022-04' }));
      expect(fields(issues)).to.deep.equal(['end']);
      expect(event).to.deep.equal(ok('x', { kind: 'point' }));
    });

    it('validateEvents accepts kind "ongoing" with or without an end', () => {
      const r = validateEvents([ok('a', { kind: 'ongoing' }), ok('b', { kind: 'ongoing', end: '2023' })]);
      expect(r.issues).to.deep.equal([]);
      expect(r.events.map((e) => e.kind)).to.deep.equal(['ongoing', 'ongoing']);
    });
  });

  describe('duplicate ids', () => {
    it('validateEvents keeps the first item with an id and reports the later one with field "id"', () => {
      const r = validateEvents([ok('a', { title: 'First' }), ok('b'), ok('a', { title: 'Second' })]);
      expect(r.events.map((e) => [e.id, e.title])).to.deep.equal([
        ['a', 'First'],
        ['b', 'Title of b'],
      ]);
      expect(r.issues).to.have.length(1);
      expect(r.issues[0]).to.include({ index: 2, id: 'a', field: 'id' });
      expect(r.issues[0]?.message).to.contain('item 0');
    });

    it('validateEvents keeps the first valid item of an id when an earlier one with that id is invalid', () => {
      const r = validateEvents([ok('a', { start: 'nope' }), ok('a', { title: 'Valid' }), ok('a', { title: 'Later' })]);
      expect(r.events.map((e) => e.title)).to.deep.equal(['Valid']);
      expect(r.issues.map((i) => [i.index, i.field])).to.deep.equal([
        [0, 'start'],
        [2, 'id'],
      ]);
      expect(r.issues[1]?.message).to.contain('item 1');
    });

    it('validateEvents treats ids named like Object.prototype members as ordinary ids', () => {
      const r = validateEvents([ok('constructor'), ok('toString'), ok('__proto__'), ok('hasOwnProperty'), ok('__proto__')]);
      expect(r.events.map((e) => e.id)).to.deep.equal(['constructor', 'toString', '__proto__', 'hasOwnProperty']);
      expect(r.issues.map((i) => [i.index, i.field])).to.deep.equal([[4, 'id']]);
    });
  });

  describe('vocabularies, lists and places', () => {
    it('validateEvents keeps any category: open ones as given, built-in ones matched without regard to case', () => {
      const r = validateEvents([
        ok('a', { category: 'sports' }),
        ok('b', { category: 'Politics' }),
        ok('c', { category: ' MILITARY ' }),
        ok('d', { category: 'Human rights' }),
      ]);
      expect(r.issues).to.deep.equal([]);
      expect(r.events.map((e) => e.category)).to.deep.equal(['sports', 'politics', 'military', 'Human rights']);
    });

    it('validateEvents keeps an event whose category is not a name, without it', () => {
      for (const category of [3, '  ', ['military']]) {
        const { event, issues } = badField(ok('x', { category }));
        expect(fields(issues)).to.deep.equal(['category']);
        expect(event).not.to.have.property('category');
      }
    });

    it('validateEvents keeps an event with an unknown kind or certainty, without that field', () => {
      expect(fields(badField(ok('x', { kind: 'instant' })).issues)).to.deep.equal(['kind']);
      const { event, issues } = badField(ok('x', { certainty: 'sure' }));
      expect(fields(issues)).to.deep.equal(['certainty']);
      expect(event).not.to.have.property('certainty');
    });

    it('validateEvents reads lower-case codes and English country names as ISO codes, without an issue', () => {
      const r = validateEvents([ok('x', { countries: ['France', 'ml', 'ML', 'burkina faso', "Côte d'Ivoire", 'Central African Republic'] })]);
      expect(r.issues).to.deep.equal([]);
      expect(r.events[0]?.countries).to.deep.equal(['FR', 'ML', 'ML', 'BF', 'CI', 'CF']);
    });

    for (const country of ['MLI', 'M', '', 'M1', 'Narnia']) {
      it(`validateEvents keeps country ${JSON.stringify(country)} as given and reports it under "countries[1]"`, () => {
        const { event, issues } = badField(ok('x', { countries: ['FR', country] }));
        expect(fields(issues)).to.deep.equal(['countries[1]']);
        expect(issues[0]?.effect).to.equal('kept');
        expect(event.countries).to.deep.equal(['FR', country]);
      });
    }

    it('validateEvents keeps an event whose countries is not a list, or whose actors hold a number, without those', () => {
      const { event } = badField(ok('x', { countries: 'ML' }));
      expect(event).not.to.have.property('countries');
      const actors = badField(ok('x', { actors: ['France', 3] }));
      expect(fields(actors.issues)).to.deep.equal(['actors[1]']);
      expect(actors.event.actors).to.deep.equal(['France']);
    });

    for (const [name, place, field, kept] of [
      ['NaN lat', { name: 'Moura', lat: Number.NaN, lon: -4.6 }, 'place.lat', { name: 'Moura' }],
      ['lat 91', { name: 'Moura', lat: 91, lon: -4.6 }, 'place.lat', { name: 'Moura' }],
      ['lat -90.5', { name: 'Moura', lat: -90.5, lon: -4.6 }, 'place.lat', { name: 'Moura' }],
      ['lat Infinity', { name: 'Moura', lat: Number.POSITIVE_INFINITY, lon: -4.6 }, 'place.lat', { name: 'Moura' }],
      ['lat as text', { name: 'Moura', lat: '14', lon: -4.6 }, 'place.lat', { name: 'Moura' }],
      ['NaN lon', { name: 'Moura', lat: 14.3, lon: Number.NaN }, 'place.lon', { name: 'Moura' }],
      ['lon 181', { name: 'Moura', lat: 14.3, lon: 181 }, 'place.lon', { name: 'Moura' }],
      ['lon -180.01', { name: 'Moura', lat: 14.3, lon: -180.01 }, 'place.lon', { name: 'Moura' }],
      ['no name', { lat: 14.3, lon: -4.6 }, 'place.name', undefined],
      ['a blank name', { name: ' ', lat: 14.3, lon: -4.6 }, 'place.name', undefined],
    ] as const) {
      it(`validateEvents keeps an event with a place with ${name}, reports "${field}" and keeps what is usable`, () => {
        const { event, issues } = badField(ok('x', { place }));
        expect(fields(issues)).to.deep.equal([field]);
        expect(event.place).to.deep.equal(kept);
      });
    }

    it('validateEvents accepts the limits of latitude and longitude (±90, ±180)', () => {
      const r = validateEvents([
        ok('a', { place: { name: 'North', lat: 90, lon: 180 } }),
        ok('b', { place: { name: 'South', lat: -90, lon: -180 } }),
      ]);
      expect(r.issues).to.deep.equal([]);
      expect(r.events.map((e) => e.place)).to.deep.equal([
        { name: 'North', lat: 90, lon: 180 },
        { name: 'South', lat: -90, lon: -180 },
      ]);
    });

    it('validateEvents reads a place\'s precision in any case, and leaves out (reporting) one it does not know', () => {
      const r = validateEvents([
        ok('a', { place: { name: 'Moura', lat: 14.3, lon: -4.6, precision: 'Town' } }),
        ok('b', { place: { name: 'Mali', precision: 'country' } }),
        ok('c', { place: { name: 'Gossi', lat: 15.8, lon: -1.3, precision: 'village' } }),
      ]);
      expect(r.events.map((e) => e.place)).to.deep.equal([
        { name: 'Moura', lat: 14.3, lon: -4.6, precision: 'town' },
        { name: 'Mali', precision: 'country' },
        { name: 'Gossi', lat: 15.8, lon: -1.3 },
      ]);
      expect(r.issues.map((i) => [i.field, i.message])).to.deep.equal([['place.precision', '"village" is not one of: exact, town, region, country; left out']]);
    });

    it('validateEvents names a pair of coordinates written the wrong way round, and keeps the event off the map', () => {
      const { event, issues } = badField(ok('x', { place: { name: 'Bangui', lat: 118.56, lon: 4.39 } }));
      expect(issues.map((i) => i.message)).to.deep.equal(['the number 118.56 is not a latitude between -90 and 90 (latitude and longitude swapped?); kept on the timeline, off the map']);
      expect(event.place).to.deep.equal({ name: 'Bangui' });
    });

    it('validateEvents reports a lat without a lon under "place.lon", in plain words', () => {
      const { issues } = badField(ok('x', { place: { name: 'Moura', lat: 14.3 } }));
      expect(fields(issues)).to.deep.equal(['place.lon']);
      // The message is read by people: it should not say "a undefined".
      expect(issues[0]?.message).not.to.match(/\ba undefined\b/);
    });

    it('validateEvents reports sources[i].paragraph 0 with field "sources[1].paragraph"', () => {
      const { event, issues } = badField(ok('x', { sources: [{ source: 'a', paragraph: 1 }, { source: 'b', paragraph: 0 }] }));
      expect(fields(issues)).to.deep.equal(['sources[1].paragraph']);
      expect(event.sources).to.deep.equal([{ source: 'a', paragraph: 1 }, { source: 'b' }]);
    });

    it('validateEvents reports a fractional or text paragraph, an empty source and a non-object source', () => {
      const f = (sources: unknown) => fields(badField(ok('x', { sources })).issues);
      expect(f([{ source: 'a', paragraph: 1.5 }])).to.deep.equal(['sources[0].paragraph']);
      expect(f([{ source: 'a', paragraph: '2' }])).to.deep.equal(['sources[0].paragraph']);
      expect(f([{ source: '' }])).to.deep.equal(['sources[0].source']);
      expect(f(['a'])).to.deep.equal(['sources[0]']);
      expect(f({ source: 'a' })).to.deep.equal(['sources']);
    });

    it('validateEvents reports non-string optional text fields', () => {
      expect(fields(badField(ok('x', { summary: 3 })).issues)).to.deep.equal(['summary']);
      expect(fields(badField(ok('x', { note: {} })).issues)).to.deep.equal(['note']);
      expect(fields(badField(ok('x', { reportedDate: [] })).issues)).to.deep.equal(['reportedDate']);
    });

    it('validateEvents reports every problem of one item, each with its field', () => {
      const issues = badItem({ id: 'x', title: '', start: '2022-13', category: 5, place: { name: 'P', lat: 100, lon: 0 } });
      expect(fields(issues)).to.have.members(['title', 'start', 'category', 'place.lat']);
      expect(issues.every((i) => i.id === 'x' && i.effect === 'item')).to.equal(true);
    });
  });

  describe('__proto__ and constructor keys', () => {
    it('validateEvents neither copies nor obeys "__proto__" and "constructor" keys of an item', () => {
      const input: unknown = JSON.parse(
        '[{"id": "a", "title": "A", "start": "2020", "__proto__": {"polluted": true, "category": "military"}, "constructor": {"prototype": {"polluted2": true}}}]',
      );
      const r = validateEvents(input);
      expect(r.issues).to.deep.equal([]);
      expect(r.events).to.deep.equal([{ id: 'a', title: 'A', start: '2020' }]);
      const e = r.events[0] as object;
      expect(Object.getPrototypeOf(e)).to.equal(Object.prototype);
      expect(Object.hasOwn(e, '__proto__')).to.equal(false);
      expect(Object.hasOwn(e, 'constructor')).to.equal(false);
      expect(Object.hasOwn(Object.prototype, 'polluted')).to.equal(false);
      expect(Object.hasOwn(Object.prototype, 'polluted2')).to.equal(false);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(e).not.to.have.property('category');
    });

    it('validateEvents does not take fields from a "__proto__" key of a place or source', () => {
      const input: unknown = JSON.parse(
        '[{"id": "a", "title": "A", "start": "2020", "place": {"name": "P", "__proto__": {"lat": 5, "lon": 5}}, "sources": [{"source": "s", "__proto__": {"paragraph": 0}}]}]',
      );
      const r = validateEvents(input);
      expect(r.issues).to.deep.equal([]);
      expect(r.events[0]?.place).to.deep.equal({ name: 'P' });
      expect(r.events[0]?.sources).to.deep.equal([{ source: 's' }]);
      expect(Object.hasOwn(Object.prototype, 'lat')).to.equal(false);
    });

    it('validateEvents does not read required fields inherited from a prototype', () => {
      const item = Object.create({ id: 'inherited', title: 'T', start: '2020' }) as object;
      expect(fields(badItem(item))).to.have.members(['id', 'title', 'start']);
    });
  });

  it('validateEvents keeps the valid items of a mixed input, in input order, and counts them all in total', () => {
    const input = [
      ok('a'),
      null,
      ok('b', { start: '2022-02-30' }),
      ok('c', { start: '2019' }),
      ok('a'),
      ok('d', { category: 'nope', end: 'soon' }),
      ok('e', { start: '2001-05' }),
    ];
    const r = validateEvents(input);
    expect(r.total).to.equal(7);
    expect(r.events.map((e) => e.id)).to.deep.equal(['a', 'c', 'd', 'e']);
    expect(r.issues.map((i) => [i.index, i.field, i.effect])).to.deep.equal([
      [1, null, 'item'],
      [2, 'start', 'item'],
      [4, 'id', 'item'],
      [5, 'end', 'field'],
    ]);
  });

  it('validateEvents validates 100,000 valid items and keeps them all', function () {
    this.timeout(60_000);
    const input = Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2020-01-02' }));
    const r = validateEvents(input);
    expect(r.issues).to.deep.equal([]);
    expect(r.total).to.equal(100_000);
    expect(r.events).to.have.length(100_000);
    expect(r.events[99_999]).to.deep.equal({ id: 'e99999', title: 'Event 99999', start: '2020-01-02' });
  });
});

describe('formatIssue', () => {
  it('formatIssue writes a sentence with the item index, its id and the field', () => {
    const r = validateEvents([ok('a'), ok('moura-massacre', { start: '2022-02-30' })]);
    const issue = r.issues[0];
    if (!issue) throw new Error('expected an issue');
    const text = formatIssue(issue);
    expect(text).to.match(/^Item 1 \("moura-massacre"\), start: /);
    expect(text).to.contain('"2022-02-30" is not a real date');
    expect(text.endsWith('.')).to.equal(true);
  });

  it('formatIssue leaves out the id and field when there are none', () => {
    expect(formatIssue({ index: 4, field: null, message: 'should be an object, not null' })).to.equal(
      'Item 4: should be an object, not null.',
    );
  });

  it('formatIssue returns the message of a whole-input issue as it is', () => {
    const issue = validateEvents(42).issues[0];
    if (!issue) throw new Error('expected an issue');
    expect(formatIssue(issue)).to.equal(issue.message);
    expect(formatIssue(issue)).to.contain('the number 42');
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests

const p2 = (n: number) => String(n).padStart(2, '0');
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dayCount = (y: number, m: number) => new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && !leap(y) ? 1 : 0);
const isoArb: fc.Arbitrary<TimelineEvent['start']> = fc
  .tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom(0, 1, 2))
  .map(([y, m, d, precision]) => {
    if (precision === 0) return `${y}` as TimelineEvent['start'];
    if (precision === 1) return `${y}-${p2(m)}` as TimelineEvent['start'];
    return `${y}-${p2(m)}-${p2(Math.min(d, dayCount(y, m)))}` as TimelineEvent['start'];
  });

const nonBlank = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const placeArb: fc.Arbitrary<Place> = fc.oneof(
  nonBlank.map((name) => ({ name })),
  fc
    .tuple(nonBlank, fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }))
    .map(([name, lat, lon]) => ({ name, lat, lon })),
);
const sourceRefArb: fc.Arbitrary<SourceRef> = fc.record(
  {
    source: fc.string({ minLength: 1, maxLength: 20 }),
    paragraph: fc.integer({ min: 1, max: 500 }),
    quote: fc.string(),
    url: fc.webUrl(),
  },
  { requiredKeys: ['source'] },
);

/** The fields of a valid event other than `id`: built from the schema's vocabulary. */
const validBodyArb = fc
  .record(
    {
      title: nonBlank,
      summary: fc.string(),
      dates: fc.tuple(isoArb, fc.option(isoArb, { nil: undefined })),
      kindChoice: fc.constantFrom<'default' | 'ongoing' | 'explicit'>('default', 'ongoing', 'explicit'),
      category: fc.constantFrom(...EVENT_CATEGORIES),
      countries: fc.array(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 3 }),
      actors: fc.array(fc.string(), { maxLength: 3 }),
      place: placeArb,
      sources: fc.array(sourceRefArb, { maxLength: 3 }),
      certainty: fc.constantFrom(...CERTAINTIES),
      reportedDate: fc.string(),
      note: fc.string(),
    },
    { requiredKeys: ['title', 'dates', 'kindChoice'] },
  )
  .map(({ dates, kindChoice, ...rest }): Omit<TimelineEvent, 'id'> => {
    let [start, end] = dates;
    if (end !== undefined && +toInterval(end).end <= +toInterval(start).start) [start, end] = [end, start];
    const kind = kindChoice === 'ongoing' ? 'ongoing' : kindChoice === 'explicit' ? (end === undefined ? 'point' : 'span') : undefined;
    return {
      ...rest,
      start,
      ...(end !== undefined && { end }),
      ...(kind !== undefined && { kind }),
    };
  });

/** Ways to make a valid event unusable (no usable title or start); each leaves the item out. */
const corruptions: readonly ((e: Record<string, unknown>) => unknown)[] = [
  () => null,
  () => 'not an object',
  (e) => ({ ...e, title: '' }),
  (e) => ({ ...e, title: 42 }),
  (e) => ({ ...e, start: '2022-02-30' }),
  (e) => ({ ...e, start: '2022-13' }),
  (e) => ({ ...e, start: 'yesterday' }),
  (e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'start')),
];

/** Ways to spoil one field; each keeps the event, without that field (or part of it). */
const fieldCorruptions: readonly ((e: Record<string, unknown>) => Record<string, unknown>)[] = [
  (e) => ({ ...e, start: '2022-03-27', end: '2021', kind: 'span' }),
  (e) => ({ ...e, kind: 'span', end: undefined }),
  (e) => ({ ...e, category: 7 }),
  (e) => ({ ...e, countries: [3] }),
  (e) => ({ ...e, place: { name: 'P', lat: Number.NaN, lon: 0 } }),
  (e) => ({ ...e, place: { name: 'P', lat: 0, lon: 200 } }),
  (e) => ({ ...e, sources: [{ source: 's', paragraph: 0 }] }),
  (e) => ({ ...e, certainty: 'certain' }),
  (e) => ({ ...e, end: 'later' }),
];

const schemaValidator = new Validator(datasetSchema as unknown as Schema, '2020-12');

describe('validateEvents (properties)', () => {
  it('validateEvents never throws for any JSON value, and accounts for every item exactly once', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.record({ events: fc.array(fc.jsonValue()) })), (input) => {
        const r = validateEvents(input);
        const list = Array.isArray(input) ? input : (input as { events?: unknown } | null)?.events;
        if (!Array.isArray(list)) {
          expect(r.issues).to.have.length(1);
          expect(r.issues[0]?.index).to.equal(null);
          return;
        }
        expect(r.total).to.equal(list.length);
        for (const i of r.issues) expect(i.index).to.be.a('number').within(0, list.length - 1);
        const dropped = new Set(r.issues.filter((i) => i.effect === 'item').map((i) => i.index));
        expect(r.events.length + dropped.size).to.equal(list.length);
      }),
      { numRuns: 500 },
    );
  });

  it('validateEvents never throws for lists of arbitrary objects with event-like keys', () => {
    const key = fc.oneof(
      fc.constantFrom('id', 'title', 'start', 'end', 'kind', 'category', 'countries', 'actors', 'place', 'sources', 'certainty', 'summary', 'note', 'reportedDate', '__proto__', 'constructor', 'toString'),
      fc.string(),
    );
    const value = fc.oneof(
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withBoxedValues: true,
        withTypedArray: true,
      }),
      isoArb,
      fc.constantFrom(...EVENT_CATEGORIES, ...EVENT_KINDS, ...CERTAINTIES),
      fc.constant(Number.NaN),
    );
    const item = fc.oneof(fc.dictionary(key, value, { maxKeys: 10 }), fc.anything());
    fc.assert(
      fc.property(fc.array(item, { maxLength: 10 }), (input) => {
        const r = validateEvents(input);
        expect(r.total).to.equal(input.length);
        expect(r.events.length + new Set(r.issues.filter((i) => i.effect === 'item').map((i) => i.index)).size).to.equal(input.length);
        for (const issue of r.issues) expect(formatIssue(issue)).to.be.a('string');
      }),
      { numRuns: 500 },
    );
  });

  it('validateEvents keeps exactly the valid events (deep-equal, same order) and reports each invalid index', () => {
    const entry = fc.oneof(
      validBodyArb.map((body) => ({ valid: true as const, body, corrupt: 0 })),
      fc.tuple(validBodyArb, fc.nat(corruptions.length - 1)).map(([body, corrupt]) => ({ valid: false as const, body, corrupt })),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 15 }), (entries) => {
        const input = entries.map((e, i) => {
          const event = { id: `event-${i}`, ...e.body };
          return e.valid ? event : (corruptions[e.corrupt] as (x: Record<string, unknown>) => unknown)(event);
        });
        const expected = input.filter((_, i) => entries[i]?.valid);
        const invalid = entries.flatMap((e, i) => (e.valid ? [] : [i]));
        const r = validateEvents(input);
        expect(r.events).to.deep.equal(expected);
        expect([...new Set(r.issues.map((i) => i.index))]).to.deep.equal(invalid);
        expect(r.issues.every((i) => i.effect === 'item')).to.equal(true);
        expect(r.total).to.equal(input.length);
      }),
      { numRuns: 300 },
    );
  });

  it('validateEvents keeps every event with a spoiled field, in order, and reports only that it lost a field', () => {
    const entry = fc.tuple(validBodyArb, fc.option(fc.nat(fieldCorruptions.length - 1), { nil: undefined }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const input = entries.map(([body, c], i) => {
          const event = { id: `event-${i}`, ...body };
          return c === undefined ? event : (fieldCorruptions[c] as (x: Record<string, unknown>) => Record<string, unknown>)(event);
        });
        const r = validateEvents(input);
        expect(r.events.map((e) => e.id)).to.deep.equal(input.map((e) => e.id));
        const spoiled = entries.flatMap(([, c], i) => (c === undefined ? [] : [i]));
        expect([...new Set(r.issues.map((i) => i.index))]).to.deep.equal(spoiled);
        expect(r.issues.every((i) => i.effect === 'field')).to.equal(true);
        // What is kept is still a valid event.
        expect(schemaValidator.validate({ events: r.events }).valid).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('validateEvents keeps one event per id: the first valid one, and reports every later one under "id"', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), validBodyArb), { maxLength: 12 }), (pairs) => {
        const input = pairs.map(([id, body]) => ({ id, ...body }));
        const r = validateEvents(input);
        const seen = new Set<string>();
        const firstIndexes: number[] = [];
        input.forEach((e, i) => {
          if (!seen.has(e.id)) firstIndexes.push(i);
          seen.add(e.id);
        });
        expect(r.events).to.deep.equal(firstIndexes.map((i) => input[i]));
        expect(r.issues.every((i) => i.field === 'id' && i.index !== null && !firstIndexes.includes(i.index))).to.equal(true);
        expect(r.issues).to.have.length(input.length - firstIndexes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('every event validateEvents keeps satisfies datasetSchema, but for values it reports as kept as given', () => {
    const entry = fc.oneof(
      validBodyArb,
      fc.tuple(validBodyArb, fc.nat(corruptions.length - 1)).map(([body, c]) => (corruptions[c] as (x: Record<string, unknown>) => unknown)({ ...body })),
      fc
        .tuple(validBodyArb, fc.nat(fieldCorruptions.length - 1))
        .map(([body, c]) => (fieldCorruptions[c] as (x: Record<string, unknown>) => unknown)({ ...body })),
      fc.dictionary(fc.constantFrom('title', 'start', 'end', 'kind', 'place', 'sources', 'countries'), fc.jsonValue()),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (items) => {
        const input = items.map((item, i) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? { id: `e${i}`, ...item } : item));
        const r = validateEvents(input);
        const asGiven = new Set(r.issues.filter((i) => i.effect === 'kept').map((i) => i.id));
        const result = schemaValidator.validate({ events: r.events.filter((e) => !asGiven.has(e.id)) });
        expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});
