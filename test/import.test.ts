/**
 * Bringing your own data: parseCsv (our columns and TimelineJS3's template), fromTimelineJS,
 * toTimelineJS, eventsToCsv's formula neutralising, htmlToText; Knight Lab's own TimelineJS3
 * files, slides without a headline, months written as words. Pure.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CSV_COLUMNS, eventsToCsv } from '../src/dataset/csv.js';
import { parseCsv } from '../src/dataset/csv-read.js';
import { validateEras } from '../src/dataset/eras.js';
import { events as sahelEvents } from '../src/dataset/events.js';
import { eras as sahelEras } from '../src/dataset/sahel-eras.js';
import { firstWords, readMonth } from '../src/dataset/import-shared.js';
import { htmlToText } from '../src/dataset/markup.js';
import { fromTimelineJS } from '../src/dataset/timelinejs.js';
import { toTimelineJS } from '../src/dataset/timelinejs-write.js';
import type { TimelineData, TimelineEvent } from '../src/dataset/types.js';
import { formatIssue, validateEvents } from '../src/dataset/validate.js';
import { CERTAINTIES, EVENT_CATEGORIES } from '../src/dataset/vocabulary.js';
import { parseCsv as readCells } from './csv.js';

// ---- generators -------------------------------------------------------------------------

/** Text a spreadsheet cell may hold: commas, quotes, line breaks, formula starts, any script. */
const anyText = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "'=", "''-", "'Tis ", ',', '"', 'é', '中文 ', '🙂'),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('', '"', ',', '\n', '\r\n', ' ', 'x'),
  )
  .map(([a, b, c]) => a + b + c);
const someText = anyText.filter((t) => t !== '');
const nonBlank = anyText.filter((t) => t.trim() !== '');
/** Text that fits a list cell: no `;` or `|`, no spaces around. */
const listItem = nonBlank.map((t) => t.replace(/[;|]/g, '').trim()).filter((t) => t !== '');
/** Plain text as HTML fields carry it: single spaces, trimmed. */
const plainText = nonBlank.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** A date from 1000 to 2999 at year, month or day precision (days up to 28: always real). */
const ceDate = fc
  .record({
    year: fc.integer({ min: 1000, max: 2998 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom(0, 1, 2),
  })
  .map(({ year, month, day, precision }) => ({ year, text: [String(year), pad(month), pad(day)].slice(0, precision + 1).join('-') }));

const ids = fc.uniqueArray(nonBlank.map((t) => t.trim()), { minLength: 1, maxLength: 6 });

interface Made {
  start: { year: number; text: string };
  endYears?: number;
  kind?: 'point' | 'span' | 'ongoing';
}

function eventArb(text: fc.Arbitrary<string>, title: fc.Arbitrary<string>, caption: fc.Arbitrary<string> = text) {
  return fc.record(
    {
      title,
      summary: text,
      category: fc.constantFrom(...EVENT_CATEGORIES, 'Harvest', 'Élections'),
      countries: fc.array(fc.constantFrom('ML', 'FR', 'BF', 'NE', 'RU'), { minLength: 1, maxLength: 3 }),
      actors: fc.array(listItem, { minLength: 1, maxLength: 3 }),
      place: fc.oneof(
        fc.record({ name: nonBlank }),
        fc.record({
          name: nonBlank,
          lat: fc.integer({ min: -90000, max: 90000 }).map((n) => n / 1000),
          lon: fc.integer({ min: -180000, max: 180000 }).map((n) => n / 1000),
        }),
      ),
      certainty: fc.constantFrom(...CERTAINTIES),
      reportedDate: text,
      sources: fc.array(fc.record({ source: listItem.map((s) => s.replace(/#/g, '')).filter((s) => s !== ''), paragraph: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: ['source'] }), { minLength: 1, maxLength: 3 }),
      note: text,
      media: fc.record({ url: fc.webPath().map((p) => `https://example.org${p}`), alt: text, caption, credit: caption }, { requiredKeys: ['url'] }),
      made: fc.record({ start: ceDate, endYears: fc.integer({ min: 1, max: 50 }), kind: fc.constantFrom('point', 'span', 'ongoing') }, { requiredKeys: ['start'] }),
    },
    { requiredKeys: ['title', 'made'] },
  );
}

/** Events as a page would give them, checked as the element checks them (the shape every reader returns). */
function eventsFrom(list: readonly Record<string, unknown>[], idList: readonly string[]): TimelineEvent[] {
  const raw = list.slice(0, idList.length).map((e, i) => {
    const { made, ...rest } = e as { made: Made };
    const end = made.endYears === undefined ? undefined : String(made.start.year + made.endYears);
    const kind = end === undefined ? (made.kind === 'span' ? undefined : made.kind) : made.kind === 'span' ? 'span' : undefined;
    return { id: idList[i], start: made.start.text, ...(end && { end }), ...(kind && { kind }), ...rest };
  });
  const { events, issues } = validateEvents(raw);
  expect(issues, JSON.stringify(issues)).to.deep.equal([]);
  return events;
}

const csvEvents = fc.tuple(ids, fc.array(eventArb(someText, nonBlank), { minLength: 6, maxLength: 6 })).map(([i, list]) => eventsFrom(list, i));

/**
 * Data in object form whose titles survive TimelineJS3's HTML headlines (single spaces);
 * summaries, captions and credits are any text (markup, kept as written).
 */
const timelineData = fc
  .record(
    {
      ids,
      list: fc.array(eventArb(someText, plainText), { minLength: 6, maxLength: 6 }),
      groups: fc.array(fc.option(someText, { nil: undefined }), { minLength: 6, maxLength: 6 }),
      title: plainText,
      summary: someText,
      media: fc.record({ url: fc.webPath().map((p) => `https://example.org${p}`), alt: someText, caption: someText, credit: someText }, { requiredKeys: ['url'] }),
      // An era without `years` is still going on (no end).
      eras: fc.array(
        fc.record({ title: plainText, start: ceDate, years: fc.integer({ min: 1, max: 30 }), color: fc.constantFrom('#2a7', 'rebeccapurple'), note: someText, id: fc.constantFrom('a', 'b-c') }, { requiredKeys: ['title', 'start'] }),
        { minLength: 1, maxLength: 3 },
      ),
    },
    { requiredKeys: ['ids', 'list', 'groups'] },
  )
  .map(({ ids: idList, list, groups, eras, ...about }): TimelineData => {
    const events = eventsFrom(list, idList).map((e, i) => (groups[i] === undefined ? e : { ...e, group: groups[i] }));
    const written = eras?.map(({ start, years, ...rest }) => ({ ...rest, start: start.text, ...(years !== undefined && { end: String(start.year + years) }) }));
    const checkedEras = written && validateEras(written).eras;
    const data: TimelineData = { ...about, events, ...(checkedEras && { eras: checkedEras }) };
    return data;
  });

/** A file as it is sent and read: JSON text, parsed. */
const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ---- properties -------------------------------------------------------------------------

describe('parseCsv: places', () => {
  it('reads latitude, longitude and place_precision columns (and lat, lon), in any case', () => {
    const { data, issues } = parseCsv(
      'id,title,start,place,Latitude,Longitude,Place Precision\nmoura,Moura massacre,2022-03-27,Moura,14.3278,-4.6,TOWN\nmali,Sanctions,2022-01-09,Mali,,,country\n' ,
    );
    expect(issues).to.deep.equal([]);
    expect(data.events.map((e) => e.place)).to.deep.equal([
      { name: 'Moura', lat: 14.3278, lon: -4.6, precision: 'town' },
      { name: 'Mali', precision: 'country' },
    ]);
    const old = parseCsv('id,title,start,place,lat,lon\ngossi,Drone video,2022-04-21,Gossi,15.8267,-1.3114\n');
    expect(old.data.events[0]?.place).to.deep.equal({ name: 'Gossi', lat: 15.8267, lon: -1.3114 });
  });

  it('reports coordinates that are not numbers, and keeps the row as an event without them', () => {
    const { data, issues } = parseCsv('id,title,start,place,latitude,longitude\nx,A row,2022-01-01,Timbuktu,north,-3.0\n');
    expect(data.events.map((e) => e.id)).to.deep.equal(['x']);
    expect(data.events[0]?.place).to.deep.equal({ name: 'Timbuktu' });
    expect(issues.map((i) => i.field)).to.deep.equal(['place.lat']);
  });
});

describe('parseCsv(eventsToCsv(events))', () => {
  it('gives the same events back, whatever their text (commas, quotes, line breaks, formula starts, any script)', () => {
    fc.assert(
      fc.property(csvEvents, (events) => {
        const { data, issues } = parseCsv(eventsToCsv(events));
        expect(issues).to.deep.equal([]);
        expect(data.events).to.deep.equal(events);
      }),
    );
  });

  it('gives the Sahel events back, but for what the CSV does not carry (quotes, source addresses)', () => {
    const bare = sahelEvents.map((e) => ({
      ...e,
      sources: e.sources.map(({ source, paragraph }) => ({ source, ...(paragraph !== undefined && { paragraph }) })),
    }));
    const { data, issues } = parseCsv(eventsToCsv(sahelEvents));
    expect(issues).to.deep.equal([]);
    expect(data.events).to.deep.equal(bare);
  });
});

describe('eventsToCsv(events) neutralises formulas', () => {
  it('no cell starts a formula, read by an independent reader; coordinates stay numbers', () => {
    const lat = CSV_COLUMNS.indexOf('latitude');
    const lon = CSV_COLUMNS.indexOf('longitude');
    fc.assert(
      fc.property(csvEvents, (events) => {
        const [, ...rows] = readCells(eventsToCsv(events));
        for (const row of rows) {
          row.forEach((cell, i) => {
            if (i === lat || i === lon) expect(cell === '' || Number.isFinite(Number(cell)), cell).to.equal(true);
            else expect(/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell)).to.equal(false);
          });
        }
      }),
    );
  });

  it("writes a formula-like cell after one apostrophe, which parseCsv drops; 'Tis stays as written", () => {
    const events: TimelineEvent[] = [
      { id: 'a', title: '=HYPERLINK("http://evil")', start: '2020' },
      { id: 'b', title: "'Tis the season", start: '2020', note: "'=1+1", place: { name: '-Moura', lat: -12.5, lon: 3 } },
      { id: 'c', title: '@user', start: '2020', summary: '\tindented' },
    ];
    const csv = eventsToCsv(events);
    const [, a, b, c] = readCells(csv);
    expect(a?.[CSV_COLUMNS.indexOf('title')]).to.equal('\'=HYPERLINK("http://evil")');
    expect(b?.[CSV_COLUMNS.indexOf('title')]).to.equal("'Tis the season");
    expect(b?.[CSV_COLUMNS.indexOf('note')]).to.equal("''=1+1");
    expect(b?.[CSV_COLUMNS.indexOf('place')]).to.equal("'-Moura");
    expect(b?.[CSV_COLUMNS.indexOf('latitude')]).to.equal('-12.5');
    expect(c?.[CSV_COLUMNS.indexOf('title')]).to.equal("'@user");
    expect(c?.[CSV_COLUMNS.indexOf('summary')]).to.equal("'\tindented");
    expect(parseCsv(csv).data.events).to.deep.equal(events);
  });
});

describe('fromTimelineJS(toTimelineJS(data))', () => {
  it('gives the same data back: title card, eras, events with their groups and media (captions and credits as written, markup and all)', () => {
    fc.assert(
      fc.property(timelineData, (data) => {
        const { data: back, issues } = fromTimelineJS(viaJson(toTimelineJS(data)));
        expect(issues).to.deep.equal([]);
        expect(back).to.deep.equal(data);
      }),
    );
  });

  it('gives every era an end, as TimelineJS3 needs: one still going on ends with the data, and is read back as going on', () => {
    const file = toTimelineJS({ eras: [{ title: 'Junta', start: '2020-08-18' }], events: [{ id: 'a', title: 'A', start: '2019' }, { id: 'b', title: 'B', start: '2021-03', end: '2022-06-01' }] });
    expect(file.eras?.[0]?.end_date).to.deep.equal({ year: 2022, month: 6, day: 1 });
    expect(fromTimelineJS(viaJson(file)).data.eras).to.deep.equal([{ title: 'Junta', start: '2020-08-18' }]);
  });

  it('gives the Sahel data back', () => {
    const data: TimelineData = { title: 'The Sahel', summary: '<p>Summary</p>', eras: sahelEras, events: sahelEvents };
    const { data: back, issues } = fromTimelineJS(viaJson(toTimelineJS(data)));
    expect(issues).to.deep.equal([]);
    expect(back).to.deep.equal(data);
  });

  // Depends on the calendar's reading of astronomical years of any length and times of day.
  it('gives BCE, deep-time and time-of-day dates back, years converted both ways', () => {
    const date = fc.oneof(
      fc.integer({ min: -9999, max: 9999 }).map((y) => (y < 0 ? '-' : '') + pad(Math.abs(y), 4)),
      fc.integer({ min: -2000, max: 2000 }).map((y) => `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-03-15`),
      fc.constantFrom('-13800000000', '-66000000', '+12000', '+5000000000-06', '-0043-03-15', '0000', '2022-03-27T14:30', '2022-03-27T00:00', '2022-03-27T23:59:07', '-66000000-06-01T12:00'),
    );
    fc.assert(
      fc.property(date, (start) => {
        const data: TimelineData = { events: [{ id: 'x', title: 'X', start: start as TimelineEvent['start'] }] };
        const file = viaJson(toTimelineJS(data));
        const { data: back, issues } = fromTimelineJS(file);
        expect(issues).to.deep.equal([]);
        expect(back).to.deep.equal(data);
      }),
    );
  });
});

// ---- examples: CSV ----------------------------------------------------------------------

describe('parseCsv(text)', () => {
  it('reads a byte order mark and CRLF line ends', () => {
    const { data, issues } = parseCsv('\ufeffid,start,title\r\na,2020,One\r\nb,2021-05,Two\r\n');
    expect(issues).to.deep.equal([]);
    expect(data.events).to.deep.equal([
      { id: 'a', start: '2020', title: 'One' },
      { id: 'b', start: '2021-05', title: 'Two' },
    ]);
  });

  it('reads TSV (the header line has tabs), with lists separated by | or ;', () => {
    const { data, issues } = parseCsv('id\tstart\ttitle\tcountries\tactors\tsources\na\t2020\tOne, two\tml|France\tWagner; FAMa\tlemonde#3|rfi\n');
    expect(issues).to.deep.equal([]);
    expect(data.events).to.deep.equal([
      { id: 'a', start: '2020', title: 'One, two', countries: ['ML', 'FR'], actors: ['Wagner', 'FAMa'], sources: [{ source: 'lemonde', paragraph: 3 }, { source: 'rfi' }] },
    ]);
  });

  it('names the line of each unreadable row, counting the line breaks inside quoted cells, and keeps every valid row', () => {
    const csv = ['id,start,title,summary', 'a,2020,One,"two', 'lines"', 'b,2021-02-30,Bad day,', 'c,2022,"Quoted, comma","x', '', 'y"', 'd,,No date,', 'e,2023,Fine,'].join('\n');
    const { data, issues } = parseCsv(csv);
    expect(data.events.map((e) => e.id)).to.deep.equal(['a', 'c', 'e']);
    expect(data.events[1]?.summary).to.equal('x\n\ny');
    const where = issues.map((i) => [i.row, i.id, i.field, i.effect]);
    expect(where).to.deep.equal([
      [4, 'b', 'start', 'item'],
      [8, 'd', 'start', 'item'],
    ]);
    expect(formatIssue(issues[0] ?? { index: 0, field: null, message: '' })).to.match(/^Line 4 \("b"\), start: "2021-02-30" is not a real date/);
  });

  it('keeps a column it does not know on each event (group-by can use it) and says so once', () => {
    const { data, issues } = parseCsv('id,start,title,desk\na,2020,One,Politics\nb,2021,Two,Sport\nc,2022,Three,\n');
    expect(data.events.map((e) => (e as TimelineEvent & { desk?: string }).desk)).to.deep.equal(['Politics', 'Sport', undefined]);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ row: 1, field: 'desk', effect: 'kept' });
    expect(issues[0]?.message).to.contain('"desk"');
  });

  it('makes kebab-case ids from titles for rows without one, unique in the file', () => {
    const { data } = parseCsv('id,start,title\n,2020,Flood in Mopti!\nflood-in-mopti,2021,Given\n,2022,Flood in Mopti\n,2023,Été à Gao\n');
    expect(data.events.map((e) => e.id)).to.deep.equal(['flood-in-mopti-2', 'flood-in-mopti', 'flood-in-mopti-3', 'ete-a-gao']);
  });

  it("reads TimelineJS3's template: the title row is the title card, era rows eras, headlines plain text, text, captions and credits as written", () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,<b>Bamako</b> &amp; the north,"<p>A story in <a href=""https://example.org"">links</a>.</p>",https://example.org/cover.jpg,AFP,The river,,title,,',
      '2012,,,,2013,,,,,The war,,,,,,era,,#c33',
      '2012,3,22,,,,,,Spring 2012,Coup in <i>Bamako</i>,"<p>Soldiers seize power.</p>",https://example.org/coup.jpg,"<a href=""https://example.org/r"">Reuters</a>",Soldiers &amp; <em>tanks</em>,,,Politics,',
      '2013,1,11,9:15 AM,2014,7,15,,,Operation Serval,,,,,,,Military,',
      ' 2013 ,xx,,,,,,,,Bad month,,,,,,,,',
    ].join('\r\n');
    const { data, issues } = parseCsv(csv);
    expect(data.title).to.equal('Bamako & the north');
    expect(data.summary).to.equal('<p>A story in <a href="https://example.org">links</a>.</p>');
    expect(data.media).to.deep.equal({ url: 'https://example.org/cover.jpg', credit: 'AFP', caption: 'The river' });
    expect(data.eras).to.deep.equal([{ title: 'The war', start: '2012', end: '2013', color: '#c33' }]);
    expect(data.events[0]).to.deep.equal({
      id: 'coup-in-bamako',
      start: '2012-03-22',
      title: 'Coup in Bamako',
      summary: '<p>Soldiers seize power.</p>',
      reportedDate: 'Spring 2012',
      media: { url: 'https://example.org/coup.jpg', credit: '<a href="https://example.org/r">Reuters</a>', caption: 'Soldiers &amp; <em>tanks</em>' },
      group: 'Politics',
    });
    // Depends on the calendar's reading of times of day.
    expect(data.events[1]).to.include({ id: 'operation-serval', start: '2013-01-11T09:15', end: '2014-07-15', group: 'Military' });
    // A month that cannot be read keeps the row, at its year, and names the cell.
    expect(data.events[2]).to.deep.equal({ id: 'bad-month', start: '2013', title: 'Bad month' });
    expect(issues.map((i) => [i.row, i.field, i.effect, i.note])).to.deep.equal([[6, 'start', 'field', { kind: 'month', column: 'Month', value: 'xx' }]]);
    expect(issues[0]?.message).to.contain('the month "xx" (Month)');
  });

  // Depends on the calendar's reading of astronomical years.
  it("reads the template's negative years as BCE: -44 is 44 BCE, -0043 in ISO 8601", () => {
    const { data, issues } = parseCsv('Year,Month,Day,Headline\n-44,3,15,Caesar is killed\n-13800000000,,,The Big Bang\n');
    expect(issues).to.deep.equal([]);
    expect(data.events.map((e) => e.start)).to.deep.equal(['-0043-03-15', '-13799999999']);
  });

  it('reads a semicolon-delimited file (a spreadsheet in a comma-decimal locale)', () => {
    const { data } = parseCsv('id;start;title;lat;place;lon\na;2020;One, two;14.5;Gao;0\n');
    expect(data.events[0]).to.deep.equal({ id: 'a', start: '2020', title: 'One, two', place: { name: 'Gao', lat: 14.5, lon: 0 } });
  });

  it('says when the header has no date or title column', () => {
    const { data, issues } = parseCsv('name,when\nx,2020\n');
    expect(data.events).to.deep.equal([]);
    expect(issues.filter((i) => i.index === null).map((i) => i.message)).to.deep.equal([
      'the header has no "start" or "Year" column: no event has a date',
      'the header has no "title" or "Headline" column: no event has a title',
    ]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const { data, issues } = parseCsv(text);
        expect(Array.isArray(data.events) && Array.isArray(issues)).to.equal(true);
      }),
    );
  });
});

// ---- examples: TimelineJS3 --------------------------------------------------------------

describe('fromTimelineJS(json)', () => {
  const file = {
    title: { text: { headline: 'Rome <em>falls</em>', text: '<p>From Caesar to <b>Odoacer</b>.</p>' }, media: { url: 'https://example.org/forum.jpg', caption: 'The <i>Forum</i>', credit: 'Photo &copy; A. B.' } },
    events: [
      { start_date: { year: '-44', month: '3', day: '15' }, text: { headline: 'Caesar is killed' }, group: 'Politics', unique_id: 'ides' },
      { start_date: { year: 476 }, end_date: { year: '', month: '' }, text: { headline: 'The last emperor', text: '<p>Romulus Augustulus.</p>' }, media: { url: 'https://example.org/coin.png', alt: 'A coin', thumbnail: 'https://example.org/t.png' }, display_date: 'AD 476', background: { color: '#123' } },
      { start_date: { year: 2022, month: 3, day: 27, hour: 14, minute: 30 }, text: { headline: 'A protest' } },
      { start_date: { year: 'soon' }, text: { headline: 'Bad' } },
      { text: { headline: 'No date' } },
      'not a slide',
    ],
    eras: [{ start_date: { year: -27 }, end_date: { year: 476 }, text: { headline: 'The Empire' } }],
  };

  // Depends on the calendar's reading of astronomical years and times of day.
  it('reads the title slide, eras, media, groups and dates; years become astronomical (-44 is -0043)', () => {
    const { data } = fromTimelineJS(file);
    expect(data.title).to.equal('Rome falls');
    expect(data.summary).to.equal('<p>From Caesar to <b>Odoacer</b>.</p>');
    // Captions and credits are HTML, kept as written, as the text is.
    expect(data.media).to.deep.equal({ url: 'https://example.org/forum.jpg', caption: 'The <i>Forum</i>', credit: 'Photo &copy; A. B.' });
    expect(data.eras).to.deep.equal([{ title: 'The Empire', start: '-0026', end: '0476' }]);
    expect(data.events).to.deep.equal([
      { id: 'ides', start: '-0043-03-15', title: 'Caesar is killed', group: 'Politics' },
      {
        id: 'the-last-emperor',
        start: '0476',
        title: 'The last emperor',
        summary: '<p>Romulus Augustulus.</p>',
        media: { url: 'https://example.org/coin.png', alt: 'A coin', thumbnail: 'https://example.org/t.png' },
        reportedDate: 'AD 476',
        background: { color: '#123' },
      },
      { id: 'a-protest', start: '2022-03-27T14:30', title: 'A protest' },
    ]);
  });

  it('reports each slide it cannot read with its index, field and reason', () => {
    const { issues } = fromTimelineJS(file);
    expect(issues.map((i) => [i.index, i.field, i.effect, i.part])).to.deep.equal([
      [3, 'start', 'item', 'events'],
      [4, 'start', 'item', 'events'],
      [5, null, 'item', 'events'],
    ]);
    expect(issues[0]?.message).to.equal('the start_date the year "soon" is not a whole number; the event is left out');
  });

  it('reads year 0 as 1 BCE, with a note, as TimelineJS3 has no year 0', () => {
    const { data, issues } = fromTimelineJS({ events: [{ start_date: { year: 0 }, text: { headline: 'Zero' } }] });
    expect(data.events[0]?.start).to.equal('0000');
    expect(issues.map((i) => [i.field, i.effect])).to.deep.equal([['start', 'kept']]);
  });

  it('says when the input is not a TimelineJS3 file', () => {
    for (const input of [null, [], { events: 'no' }, 'text']) {
      const { data, issues } = fromTimelineJS(input);
      expect(data.events).to.deep.equal([]);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ index: null, effect: 'input' });
    }
  });
});

describe('toTimelineJS(data)', () => {
  it('writes years as TimelineJS3 numbers them, times of day, and a zone as the time in UTC', () => {
    const file = toTimelineJS({
      title: 'A & B',
      events: [
        { id: 'ides', title: 'Caesar <killed>', start: '-0043-03-15' as TimelineEvent['start'] },
        { id: 'one', title: 'One', start: '0000' },
        { id: 'late', title: 'Late', start: '2022-03-27T00:30+02:00', end: '2022-03-27T14:30:15Z' },
      ],
    });
    expect(file.title?.text?.headline).to.equal('A &amp; B');
    expect(file.events.map((e) => [e.unique_id, e.start_date, e.end_date])).to.deep.equal([
      ['ides', { year: -44, month: 3, day: 15 }, undefined],
      ['one', { year: -1 }, undefined],
      ['late', { year: 2022, month: 3, day: 26, hour: 22, minute: 30 }, { year: 2022, month: 3, day: 27, hour: 14, minute: 30, second: 15 }],
    ]);
    expect(file.events[0]?.text?.headline).to.equal('Caesar &lt;killed&gt;');
  });

  it('writes captions and credits as they are (markup, as summaries), so that fromTimelineJS reads them back unchanged', () => {
    const data: TimelineData = {
      events: [
        { id: 'a', title: 'A', start: '2020', media: { url: 'https://example.org/a.jpg', caption: 'The <i>Forum</i> &amp; more', credit: '<a href="https://example.org">Tom & Jerry</a>' } },
        { id: 'b', title: 'B', start: '2021', media: { url: 'https://example.org/b.jpg', caption: 'a < b, plain', credit: 'AT&T' } },
      ],
    };
    const file = viaJson(toTimelineJS(data));
    expect(file.events.map((e) => [e.media?.caption, e.media?.credit])).to.deep.equal([
      ['The <i>Forum</i> &amp; more', '<a href="https://example.org">Tom & Jerry</a>'],
      ['a < b, plain', 'AT&T'],
    ]);
    const { data: back, issues } = fromTimelineJS(file);
    expect(issues).to.deep.equal([]);
    expect(back).to.deep.equal(data);
  });
});

describe('htmlToText(html)', () => {
  it('drops tags, decodes entities and collapses white space', () => {
    expect(htmlToText('<p>One<br>two</p><p>three <i>four</i>&nbsp;&amp;&#x41;&#66; &eacute;&hellip;</p>')).to.equal('One two three four &AB é…');
    expect(htmlToText('a &lt;b&gt; &unknown; &#0; <!-- hidden --> <a href="x>y">link</a>')).to.equal('a <b> &unknown; \ufffd link');
    expect(htmlToText('  \n ')).to.equal('');
  });

  it('reads a long text of unclosed tags in one pass (a bad cell does not freeze the page)', () => {
    // Not tags (never closed): kept as text, and read without rescanning to the end from each one.
    const unclosed = '<a '.repeat(40_000);
    expect(htmlToText(unclosed) === unclosed.trim()).to.equal(true);
    expect(htmlToText(`<script>${'x'.repeat(200_000)}`).length > 0).to.equal(true);
  });

  it('never throws, and gives trimmed text with single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const text = htmlToText(s);
        expect(text === text.trim() && !/\s\s/.test(text), JSON.stringify(text)).to.equal(true);
      }),
    );
  });
});

// ---- Knight Lab's own TimelineJS3 files -------------------------------------------------

/** Where the test server has Knight Lab's package (its template files and a test sheet). */
const KNIGHT_LAB = '/node_modules/@knight-lab/timelinejs/src/';
const KNIGHT_LAB_SHEETS = ['template/my-own-timeline.csv', 'js/core/__tests__/women_in_computing.csv'];
const KNIGHT_LAB_JSON = ['template/all-media-types.json', 'template/cosmo.json', 'template/cosmo-mixed.json', 'template/eras.json'];

async function knightLab(path: string): Promise<string> {
  const response = await fetch(KNIGHT_LAB + path);
  if (!response.ok) throw new Error(`${path}: ${String(response.status)}`);
  return response.text();
}

/** Markup that a plain title must never show as text. */
const MARKUP_IN_TEXT = /<[a-z/!]|&lt;|&gt;|&amp;|&#/i;

/** A sheet's rows as objects by header, read by the test's own CSV reader; blank rows left out. */
function sheetRows(text: string): Record<string, string>[] {
  const [header = [], ...rows] = readCells(text.replace(/^\ufeff/, ''));
  return rows.filter((r) => r.some((c) => c.trim() !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Rows written back as CSV (every cell quoted). */
function sheetText(rows: readonly Record<string, string>[]): string {
  const header = Object.keys(rows[0] ?? {});
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');
  return [line(header), ...rows.map((r) => line(header.map((h) => r[h] ?? '')))].join('\r\n');
}

/** A cell or key as the readers give it: undefined when empty. */
const given = (text: string | undefined) => (text === '' ? undefined : text);

const isSlideRow = (r: Record<string, string>) => !['title', 'era'].includes((r.Type ?? '').trim().toLowerCase());

describe("parseCsv(text) reads Knight Lab's own TimelineJS3 sheets as TimelineJS3 does", () => {
  for (const path of KNIGHT_LAB_SHEETS) {
    it(`${path}: every slide an event, titles plain, text, captions and credits as written`, async () => {
      const text = await knightLab(path);
      const slides = sheetRows(text).filter(isSlideRow);
      const { data, issues } = parseCsv(text);
      expect(issues).to.deep.equal([]);
      expect(data.events.length).to.equal(slides.length);
      expect(data.events.length).to.equal(10);
      data.events.forEach((e, i) => {
        const row = slides[i] ?? {};
        expect(e.title, e.id).to.equal(htmlToText(row.Headline ?? ''));
        expect(MARKUP_IN_TEXT.test(e.title), e.title).to.equal(false);
        if (!(row.Media ?? '').trim().startsWith('<')) {
          expect(e.media?.caption, `${e.id} caption`).to.equal(given(row['Media Caption']));
          expect(e.media?.credit, `${e.id} credit`).to.equal(given(row['Media Credit']));
        }
      });
      const ada = data.events.find((e) => e.id === 'ada-lovelace');
      expect(ada?.media?.caption).to.equal('<a href="https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg" title="">Portrait by Alfred Edward Chalon</a>');
      expect(ada?.summary?.startsWith('<p>Women have been programming')).to.equal(true);
      // A quote as the slide's media (TimelineJS3 shows it as such) is no address: its words join the text.
      const edith = data.events.find((e) => e.id === 'edith-clarke-bucking-the-trend');
      expect(edith?.media).to.equal(undefined);
      expect(edith?.summary?.startsWith('<blockquote>There is no demand for women engineers')).to.equal(true);
    });
  }

  it('women_in_computing.csv with its headlines taken out and its months written as words, in English and French: still every slide, named from its text, dated as before', async () => {
    const text = await knightLab('js/core/__tests__/women_in_computing.csv');
    const rows = sheetRows(text);
    const before = parseCsv(text).data.events;
    const words = ['January', 'févr.', 'Mar', 'avril', 'MAY', 'juin', 'Jul', 'août', 'Sept', 'oct.', 'Nov', 'décembre'];
    let taken = 0;
    const changed = rows.map((r) => {
      if (!isSlideRow(r)) return r;
      const month = (m: string | undefined) => (m && /^\d+$/.test(m.trim()) ? (words[Number(m) - 1] ?? m) : (m ?? ''));
      const out = { ...r, Month: month(r.Month), 'End Month': month(r['End Month']) };
      // Every other slide loses its headline.
      return taken++ % 2 === 0 ? { ...out, Headline: '' } : out;
    });
    const { data, issues } = parseCsv(sheetText(changed));
    expect(data.events.length).to.equal(before.length);
    expect(data.events.map((e) => [e.start, e.end])).to.deep.equal(before.map((e) => [e.start, e.end]));
    // The first slide's title is the first words of its text: plain, cut at a word, with an ellipsis.
    expect(data.events[0]?.title).to.equal('Women have been programming since before it was a thing…');
    for (const e of data.events) {
      expect(MARKUP_IN_TEXT.test(e.title), e.title).to.equal(false);
      expect(Array.from(e.title).length).to.be.at.most(60);
    }
    const notes = issues.filter((i) => i.note?.kind === 'untitled');
    expect(notes.length).to.equal(5);
    expect(issues.filter((i) => !i.note)).to.deep.equal([]);
  });
});

describe("fromTimelineJS(json) reads Knight Lab's own TimelineJS3 files as TimelineJS3 does", () => {
  for (const path of KNIGHT_LAB_JSON) {
    it(`${path}: every slide an event, titles plain, text, captions and credits as written`, async () => {
      const file = JSON.parse(await knightLab(path)) as {
        events: { text?: { headline?: string; text?: string }; media?: { url?: string; caption?: string; credit?: string } }[];
        eras?: unknown[];
      };
      const { data, issues } = fromTimelineJS(file);
      expect(issues.filter((i) => i.effect === 'item' || i.effect === 'input')).to.deep.equal([]);
      expect(data.events.length).to.equal(file.events.length);
      if (file.eras) expect(data.eras?.length).to.equal(file.eras.length);
      data.events.forEach((e, i) => {
        const slide = file.events[i] ?? {};
        expect(MARKUP_IN_TEXT.test(e.title), e.title).to.equal(false);
        if (!(slide.media?.url ?? '').trim().startsWith('<')) {
          expect(e.media?.caption, `${e.id} caption`).to.equal(given(slide.media?.caption));
          expect(e.media?.credit, `${e.id} credit`).to.equal(given(slide.media?.credit));
        }
      });
    });
  }

  it('all-media-types.json: a frame is its src, a quote or an embedded post is words of the text', async () => {
    const { data } = fromTimelineJS(JSON.parse(await knightLab('template/all-media-types.json')));
    const byTitle = (title: string) => data.events.find((e) => e.title === title);
    expect(byTitle('iFrame')?.media?.url).to.match(/^https:\/\/cdn\.knightlab\.com\/libs\/timeline3\/latest\/embed\/index\.html\?source=/);
    expect(byTitle('iFrame')?.media?.caption).to.equal('Test Timeline');
    expect(byTitle('Blockquote')?.media).to.equal(undefined);
    expect(byTitle('Blockquote')?.summary).to.contain('<blockquote>This is a block quote.</blockquote><p>That is a block quote. — Galactic</p>');
    expect(byTitle('Twitter Embed')?.media).to.equal(undefined);
    expect(byTitle('Twitter Embed')?.summary).to.contain('<blockquote class="twitter-tweet">');
  });
});

// ---- slides without a headline ----------------------------------------------------------

describe('slides without a headline are kept, named from their words', () => {
  const long = '<p>Women have been programming since before it was a thing. Take <a href="https://example.org">Ada</a>.</p>';

  it('parseCsv: from the first words of the text, else the caption (plain), else the date as written; noted once each, not left out', () => {
    const csv = [
      'Year,Month,Display Date,Headline,Text,Media,Media Caption',
      `2001,,,,"${long.replaceAll('"', '""')}",,`,
      '2002,,,,,https://example.org/a.jpg,<b>A picture</b> of the river',
      '2003,5,,,,,',
      '2004,,Spring 2004,,,,',
      '2005,,,<i></i>,Short text,,',
      '2006,,,Named,,,',
    ].join('\n');
    const { data, issues } = parseCsv(csv);
    expect(data.events.map((e) => [e.id, e.title])).to.deep.equal([
      ['women-have-been-programming-since-before-it-was-a-thing', 'Women have been programming since before it was a thing…'],
      ['a-picture-of-the-river', 'A picture of the river'],
      ['2003-05', '2003-05'],
      ['spring-2004', 'Spring 2004'],
      ['short-text', 'Short text'],
      ['named', 'Named'],
    ]);
    expect(issues.map((i) => [i.row, i.field, i.effect, i.note])).to.deep.equal([
      [2, 'title', 'kept', { kind: 'untitled', from: 'text' }],
      [3, 'title', 'kept', { kind: 'untitled', from: 'caption' }],
      [4, 'title', 'kept', { kind: 'untitled', from: 'date' }],
      [5, 'title', 'kept', { kind: 'untitled', from: 'date' }],
      [6, 'title', 'kept', { kind: 'untitled', from: 'text' }],
    ]);
  });

  it('fromTimelineJS: the same, and a slide left out for its date gets no note', () => {
    const { data, issues } = fromTimelineJS({
      events: [
        { start_date: { year: 1815, month: 12 }, text: { text: long } },
        { start_date: { year: 1816 }, media: { url: 'https://example.org/a.jpg', caption: 'The <i>river</i> at dawn' } },
        { start_date: { year: 1817 }, display_date: 'About 1817' },
        { start_date: { year: 'soon' }, text: { text: 'No date' } },
        { start_date: { year: 1818 }, text: { headline: 'Named' } },
      ],
    });
    expect(data.events.map((e) => e.title)).to.deep.equal(['Women have been programming since before it was a thing…', 'The river at dawn', 'About 1817', 'Named']);
    expect(data.events[1]?.media?.caption).to.equal('The <i>river</i> at dawn');
    expect(issues.map((i) => [i.index, i.field, i.effect, i.note?.kind])).to.deep.equal([
      [0, 'title', 'kept', 'untitled'],
      [1, 'title', 'kept', 'untitled'],
      [2, 'title', 'kept', 'untitled'],
      [3, 'start', 'item', undefined],
    ]);
  });

  it('our own columns still need a title: a row without one is left out, as before', () => {
    const { data, issues } = parseCsv('id,start,title,summary\na,2020,,Some text\n');
    expect(data.events).to.deep.equal([]);
    expect(issues.map((i) => [i.field, i.effect])).to.deep.equal([['title', 'item']]);
  });

  it('firstWords(text) is the plain text when short, else a prefix of it cut at a word, at most 60 characters with the ellipsis', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 14 }), fc.constantFrom(' ', '<b>', '</b>', '&amp;', '. ')), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const plain = htmlToText(text);
        const name = firstWords(text);
        const length = Array.from(name).length;
        if (Array.from(plain).length <= 60) {
          expect(name).to.equal(plain);
          return;
        }
        expect(length <= 60 && name.endsWith('…'), name).to.equal(true);
        const kept = name.slice(0, -1);
        expect(plain.startsWith(kept), `${JSON.stringify(kept)} of ${JSON.stringify(plain)}`).to.equal(true);
        // At a word's end, unless the first words are too long to cut between.
        const next = plain.slice(kept.length);
        const atWord = /^[\s.,;:!?\-–—]/u.test(next) || !/\s/.test(Array.from(plain).slice(20, 59).join(''));
        expect(atWord, `${JSON.stringify(kept)} | ${JSON.stringify(next.slice(0, 10))}`).to.equal(true);
      }),
    );
  });
});

// ---- months written as words ------------------------------------------------------------

describe('months written as words', () => {
  it('readMonth(value) reads the 12 months by name, as Intl writes them in English and French, long and short, in any case, with or without accents and the trailing dot', () => {
    const names = (['en', 'fr'] as const).flatMap((locale) =>
      (['long', 'short'] as const).flatMap((month) =>
        Array.from({ length: 12 }, (_, i) => ({ m: i + 1, name: new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(Date.UTC(2001, i, 15)) })),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom('lower', 'upper', 'title', 'as is'), fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '  '), ({ m, name }, caseOf, bare, dot, pad) => {
        let written = bare ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : name;
        written = dot ? written.replace(/\.?$/, '.') : written.replace(/\.$/, '');
        if (caseOf === 'lower') written = written.toLowerCase();
        else if (caseOf === 'upper') written = written.toUpperCase();
        else if (caseOf === 'title') written = written.charAt(0).toUpperCase() + written.slice(1).toLowerCase();
        expect(readMonth(`${pad}${written}${pad}`), written).to.equal(m);
      }),
    );
  });

  it('readMonth(value): a table of what sheets hold', () => {
    const table: [unknown, number | string | undefined][] = [
      ['March', 3], ['Mar', 3], ['mars', 3], ['Mars', 3], ['févr.', 2], ['février', 2], ['FEVRIER', 2], ['Sept', 9], ['sept.', 9],
      ['juil', 7], ['déc.', 12], ['Dec', 12], ['août', 8], ['aout', 8], ['May', 5], ['mai', 5], [' 03 ', 3], [12, 12], ['1', 1],
      [undefined, undefined], ['', undefined], ['  ', undefined],
      // Not a month: kept as written, for the notice.
      ['Marhc', 'Marhc'], ['13', '13'], [0, '0'], ['ju', 'ju'], ['jui', 'jui'], ['3.5', '3.5'], ['Spring', 'Spring'],
    ];
    for (const [value, month] of table) expect(readMonth(value), String(value)).to.equal(month);
  });

  it('parseCsv and fromTimelineJS read Month and End Month written as words', () => {
    const cells: [string, string][] = [['March', '03'], ['Mar', '03'], ['mars', '03'], ['Mars', '03'], ['févr.', '02'], ['février', '02'], ['Sept', '09'], ['Dec', '12']];
    for (const [word, mm] of cells) {
      const { data, issues } = parseCsv(`Year,Month,Day,End Year,End Month,Headline\n2020,${word},5,2021,${word},One\n`);
      expect(issues, word).to.deep.equal([]);
      expect([data.events[0]?.start, data.events[0]?.end], word).to.deep.equal([`2020-${mm}-05`, `2021-${mm}`]);
      const json = fromTimelineJS({ events: [{ start_date: { year: 2020, month: word, day: 5 }, end_date: { year: '2021', month: word }, text: { headline: 'One' } }] });
      expect(json.issues, word).to.deep.equal([]);
      expect([json.data.events[0]?.start, json.data.events[0]?.end], word).to.deep.equal([`2020-${mm}-05`, `2021-${mm}`]);
    }
  });

  it('a month that cannot be read keeps the event at its year, naming the cell: its line and column in a sheet, its slide in a file', () => {
    const sheet = parseCsv('Year,Month,Day,Time,End Year,End Month,Headline\n2020,Marhc,5,14:30,2022,13,One\n2021,4,1,,,,Two\n');
    expect(sheet.data.events.map((e) => [e.title, e.start, e.end])).to.deep.equal([
      ['One', '2020', '2022'],
      ['Two', '2021-04-01', undefined],
    ]);
    expect(sheet.issues.map((i) => [i.row, i.field, i.effect, i.note])).to.deep.equal([
      [2, 'start', 'field', { kind: 'month', column: 'Month', value: 'Marhc' }],
      [2, 'end', 'field', { kind: 'month', column: 'End Month', value: '13' }],
    ]);
    const file = fromTimelineJS({ events: [{ start_date: { year: 2021, month: 4 }, text: { headline: 'Two' } }, { start_date: { year: 2020, month: 'Marhc', day: 5 }, text: { headline: 'One' } }] });
    expect(file.data.events.map((e) => e.start)).to.deep.equal(['2021-04', '2020']);
    expect(file.issues.map((i) => [i.index, i.field, i.effect, i.note])).to.deep.equal([[1, 'start', 'field', { kind: 'month', column: 'start_date.month', value: 'Marhc' }]]);
  });
});

