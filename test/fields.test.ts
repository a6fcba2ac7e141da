import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Validator, type Schema } from '@cfworker/json-schema';
import { daysInMonth, PARTIAL_DATE_SCHEMA_PATTERN } from '../src/dataset/calendar.js';
import { CSV_COLUMNS, eventsToCsv } from '../src/dataset/csv.js';
import { toInterval } from '../src/dataset/dates.js';
import { EVENT_FIELDS, FIELD_DESCRIPTIONS, type EventField, type FieldKind, type FieldSpec } from '../src/dataset/fields.js';
import { datasetSchema } from '../src/dataset/schema.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { validateEvents } from '../src/dataset/validate.js';
import { vocabularyWord } from '../src/dataset/vocabulary.js';
import { parseCsv } from './csv.js';

const fields: readonly FieldSpec[] = EVENT_FIELDS;
const keys = fields.map((f) => f.key);
const requiredKeys = fields.filter((f) => f.required).map((f) => f.key);
const columnsOf = (f: FieldSpec) => f.csv ?? [f.key];
const eventSchema = datasetSchema.$defs.event;
const schemaValidator = new Validator(datasetSchema as unknown as Schema, '2020-12');

// ---------------------------------------------------------------------------------------------
// Values of each kind, as a dataset writes them and as CSV gives them back. Keyed by FieldKind,
// so a new kind without a generator or a reader fails tsc here.

const nonBlank = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
/** A list item or source id that survives being joined with "; " (and split on "#"). */
const listItem = fc.stringMatching(/^[A-Za-z][\w ,."'-]{0,15}[A-Za-z]$/);
const isoParts = fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.nat(2));
const isoDate = isoParts.map(([y, m, d, digits]) => {
  const mm = String(m).padStart(2, '0');
  const dd = String(Math.min(d, daysInMonth(y, m))).padStart(2, '0');
  return [`${y}`, `${y}-${mm}`, `${y}-${mm}-${dd}`][digits] as TimelineEvent['start'];
});
const degrees = (max: number) => fc.integer({ min: -max * 100, max: max * 100 }).map((n) => (n === 0 ? 0 : n / 100));

const arbitraries: Record<FieldKind, (f: FieldSpec) => fc.Arbitrary<unknown>> = {
  id: () => nonBlank,
  text: () => nonBlank,
  date: () => isoDate,
  number: () =>
    fc.oneof(
      fc.integer({ min: -5, max: 10 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    ),
  boolean: () => fc.boolean(),
  enum: (f) => fc.constantFrom(...(f.values ?? [])),
  // Open: its own words, or any other trimmed name (not one of its words in another case).
  vocabulary: (f) =>
    fc.oneof(
      fc.constantFrom(...(f.values ?? [])),
      nonBlank.filter((s) => s === s.trim() && vocabularyWord(f.values ?? [], s) === undefined),
    ),
  list: () => fc.array(listItem, { minLength: 1, maxLength: 3 }),
  countries: () => fc.array(fc.constantFrom('ML', 'BF', 'CF', 'NE', 'FR', 'RU'), { minLength: 1, maxLength: 3 }),
  place: () => fc.oneof(nonBlank.map((name) => ({ name })), fc.record({ name: nonBlank, lat: degrees(90), lon: degrees(180) })),
  sources: () => fc.array(fc.record({ source: listItem, paragraph: fc.integer({ min: 1, max: 999 }) }, { requiredKeys: ['source'] }), { minLength: 1, maxLength: 3 }),
  media: () =>
    fc.record(
      { url: fc.constantFrom('https://example.org/a.jpg', 'images/b.png', 'https://www.youtube.com/watch?v=abc'), alt: nonBlank, caption: nonBlank, credit: nonBlank },
      { requiredKeys: ['url'] },
    ),
  // French, the one language CSV writes; at least one field, as validation drops empty ones.
  translations: () =>
    fc
      .record({ title: nonBlank, summary: nonBlank, reportedDate: nonBlank }, { requiredKeys: [] })
      .filter((t) => Object.keys(t).length > 0)
      .map((fr) => ({ fr })),
};

const split = (cell: string) => cell.split('; ');
const fromCells: Record<FieldKind, (cells: readonly string[]) => unknown> = {
  id: ([c]) => c,
  text: ([c]) => c,
  date: ([c]) => c,
  number: ([c]) => Number(c),
  boolean: ([c]) => c === 'true',
  enum: ([c]) => c,
  vocabulary: ([c]) => c,
  list: ([c = '']) => split(c),
  countries: ([c = '']) => split(c),
  place: ([name, lat, lon]) => ({ name, ...(lat && { lat: Number(lat) }), ...(lon && { lon: Number(lon) }) }),
  sources: ([c = '']) =>
    split(c).map((ref) => {
      const [source, paragraph] = ref.split('#');
      return { source, ...(paragraph !== undefined && { paragraph: Number(paragraph) }) };
    }),
  media: ([url, alt, caption, credit]) => ({ url, ...(alt && { alt }), ...(caption && { caption }), ...(credit && { credit }) }),
  translations: ([title, summary, reportedDate]) => ({ fr: { ...(title && { title }), ...(summary && { summary }), ...(reportedDate && { reportedDate }) } }),
};

/** An event built from the table alone: a value of its kind for every field, optional ones at random. */
const eventArb: fc.Arbitrary<TimelineEvent> = fc
  .record(Object.fromEntries(fields.map((f) => [f.key, arbitraries[f.kind](f)])), { requiredKeys: requiredKeys })
  .map((raw) => {
    // The rules between fields, which the table does not state: an end after the start, a
    // span with an end, a point without one.
    const e = { ...raw } as { -readonly [K in keyof TimelineEvent]?: TimelineEvent[K] };
    if (e.start && e.end && +toInterval(e.end).end <= +toInterval(e.start).start) [e.start, e.end] = [e.end, e.start];
    if ((e.kind === 'span' && !e.end) || (e.kind === 'point' && e.end)) delete e.kind;
    return e as TimelineEvent;
  });

/** Reads one CSV row back into an event, field by field, from the columns the table gives each. */
function eventFromRow(row: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let at = 0;
  for (const f of fields) {
    // A cell that would start a spreadsheet formula is written after one apostrophe (README,
    // "Formulas in spreadsheets"): read back without it.
    const cells = row.slice(at, (at += columnsOf(f).length)).map((c) => c.replace(/^'(?='*[=+\-@\t\r])/, ''));
    if (cells.some((c) => c !== '')) out[f.key] = fromCells[f.kind](cells);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('EVENT_FIELDS drives the JSON Schema', () => {
  it('the table has at most 31 fields: validation finds an item\'s fields as one bit each of a 32-bit number', () => {
    expect(EVENT_FIELDS.length).to.be.within(1, 31);
  });

  it("datasetSchema's event has one property per field of EVENT_FIELDS, in the table's order, and no other", () => {
    expect(Object.keys(eventSchema.properties)).to.deep.equal(keys);
    expect(eventSchema.additionalProperties).to.equal(false);
  });

  it("datasetSchema's event requires exactly the fields the table marks required", () => {
    expect([...eventSchema.required].sort()).to.deep.equal([...requiredKeys].sort());
    expect([...requiredKeys].sort()).to.deep.equal(['id', 'start', 'title']);
  });

  it('every property of the event schema carries the description FIELD_DESCRIPTIONS gives its field', () => {
    expect(Object.keys(FIELD_DESCRIPTIONS).sort()).to.deep.equal([...keys].sort());
    for (const key of keys as EventField[]) {
      const description = FIELD_DESCRIPTIONS[key];
      expect(description.trim(), key).not.to.equal('');
      expect(eventSchema.properties[key].description, key).to.equal(description);
    }
  });

  it('the schema writes partial dates with PARTIAL_DATE_SCHEMA_PATTERN, the pattern of calendar.ts', () => {
    expect(datasetSchema.$defs.isoPartialDate.pattern).to.equal(PARTIAL_DATE_SCHEMA_PATTERN);
    for (const f of fields.filter((x) => x.kind === 'date')) {
      expect(eventSchema.properties[f.key as EventField], f.key).to.include({ $ref: '#/$defs/isoPartialDate' });
    }
  });

  it("an enum field's schema allows exactly the table's words", () => {
    for (const f of fields.filter((x) => x.kind === 'enum')) {
      expect(eventSchema.properties[f.key as EventField].enum, f.key).to.deep.equal(f.values);
    }
  });
});

describe('EVENT_FIELDS drives the CSV columns', () => {
  it("eventsToCsv's header is every field's columns, in the table's order", () => {
    const [header] = parseCsv(eventsToCsv([]));
    expect(header).to.deep.equal(fields.flatMap(columnsOf));
    expect([...CSV_COLUMNS]).to.deep.equal(header);
    for (const key of keys) expect(header, key).to.include(columnsOf(fields.find((f) => f.key === key) as FieldSpec)[0]);
  });

  it('eventsToCsv writes a field the table leaves out of the row as empty cells', () => {
    const [, row] = parseCsv(eventsToCsv([{ id: 'a', title: 'A', start: '2020' }]));
    expect(row).to.have.length(CSV_COLUMNS.length);
    expect(eventFromRow(row ?? [])).to.deep.equal({ id: 'a', title: 'A', start: '2020' });
  });
});

describe('EVENT_FIELDS drives validateEvents', () => {
  const base = { id: 'x', title: 'T', start: '2020-05-01' };

  it('validateEvents leaves out an item missing any field the table marks required, and names that field', () => {
    for (const key of requiredKeys) {
      const item = Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));
      const r = validateEvents([item]);
      expect(r.events, key).to.deep.equal([]);
      expect(r.issues.map((i) => [i.field, i.effect]), key).to.deep.equal([[key, 'item']]);
    }
  });

  it('validateEvents keeps an event whose optional field of any kind is of the wrong type, without that field', () => {
    for (const f of fields.filter((x) => !x.required)) {
      // A number is no other kind's value; a number's wrong value is a word.
      const r = validateEvents([{ ...base, [f.key]: f.kind === 'number' ? 'very' : 42 }]);
      expect(r.events, f.key).to.deep.equal([base]);
      expect(r.issues.map((i) => [i.field, i.effect]), f.key).to.deep.equal([[f.key, 'field']]);
    }
  });

  it("validateEvents reads the fields of the table, and keeps the page's own fields as given", () => {
    const r = validateEvents([{ ...base, colour: 'red', media: { url: 'x.png' } }]);
    expect(r.events).to.deep.equal([{ ...base, colour: 'red', media: { url: 'x.png' } }]);
    expect(r.issues).to.deep.equal([]);
  });
});

describe('an event built from the table alone (properties)', () => {
  it('validateEvents keeps it unchanged, with no issue, and datasetSchema accepts it', () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        const r = validateEvents([event]);
        expect(r.issues).to.deep.equal([]);
        expect(r.events).to.deep.equal([event]);
        const result = schemaValidator.validate({ events: [event] });
        expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('eventsToCsv writes each field to its columns, from which it reads back to the same event', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 4 }), (events) => {
        const [header, ...rows] = parseCsv(eventsToCsv(events));
        expect(header).to.deep.equal([...CSV_COLUMNS]);
        expect(rows).to.have.length(events.length);
        rows.forEach((row, i) => {
          expect(row).to.have.length(CSV_COLUMNS.length);
          const back = eventFromRow(row);
          expect(back).to.deep.equal(events[i]);
          expect(validateEvents([back]).events).to.deep.equal([events[i]]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
