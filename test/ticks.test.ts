import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { parsePartialDate, toIntervalMs } from '../src/dataset/dates.js';
import { parseIsoDuration } from '../src/layout/duration.js';
import { formatEventDate, formatPartialDate, formatWindow, formatWindowRange, precisionOf } from '../src/layout/format.js';
import { calendarParts, formatUtc, loadCalendarTicks, timeScale, type TickUnit } from '../src/layout/chronology.js';

// Months, days and hours are ticked by d3-time, a chunk the element loads after its first view.
before(() => loadCalendarTicks());
import { axisTicks } from '../src/layout/ticks.js';
import { fr } from '../src/strings-fr.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const scale = (start: number, end: number, width = 1000) => scaleUtc().domain([start, end]).range([0, width]);

/** Month names as this browser's Intl writes them, independently of the code under test. */
const monthNames = (locale: string, month: 'short' | 'long') =>
  Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(Date.UTC(2022, m, 15)));

const DOMAINS: [name: string, start: number, end: number][] = [
  ['20-year', Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)],
  ['2-year', Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)],
  ['3-month', Date.UTC(2022, 0, 1), Date.UTC(2022, 3, 1)],
  ['10-day', Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)],
  ['1-day', Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 2)],
];

/** The unit a step between ticks is in, written out independently of `axisTicks`. */
function unitOfStep(step: number): TickUnit {
  if (step >= 10 * 365 * DAY) return 'decade';
  if (step >= 365 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  if (step >= DAY) return 'day';
  if (step >= HOUR) return 'hour';
  return 'minute';
}

/** Any axis: from two hours to two centuries across, 200 to 3,000 pixels wide, between 1900 and 2100. */
const windowArb = fc
  .record({
    start: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
    logSpan: fc.double({ min: Math.log(2 * HOUR), max: Math.log(200 * 365 * DAY), noNaN: true }),
    width: fc.integer({ min: 200, max: 3000 }),
  })
  .map(({ start, logSpan, width }) => ({ start, end: start + Math.exp(logSpan), width }));

describe('axisTicks', () => {
  it('axisTicks over a 20-year domain at 1000px steps by years (unit "decade" or "year")', () => {
    const { unit, ticks } = axisTicks(scale(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)), 'en');
    expect(['decade', 'year']).to.include(unit);
    expect(ticks.map((t) => t.label)).to.include.members(['2000', '2010', '2020']);
  });

  it('axisTicks over a 2-year domain at 1000px steps by quarters: unit "month"', () => {
    const { unit, ticks } = axisTicks(scale(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)), 'en');
    expect(unit).to.equal('month');
    expect(ticks.map((t) => new Date(t.time).getUTCMonth())).to.deep.equal([0, 3, 6, 9, 0, 3, 6, 9, 0]);
  });

  it('axisTicks over a 2-year domain steps by years when only two ticks fit (200px)', () => {
    expect(axisTicks(scale(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1), 200), 'en').unit).to.equal('year');
  });

  it('axisTicks over a 3-month domain at 1000px steps by weeks: unit "day"', () => {
    const { unit, ticks } = axisTicks(scale(Date.UTC(2022, 0, 1), Date.UTC(2022, 3, 1)), 'en');
    expect(unit).to.equal('day');
    expect((ticks[1]?.time ?? 0) - (ticks[0]?.time ?? 0)).to.equal(7 * DAY);
  });

  it('axisTicks over a 3-month domain steps by months when fewer ticks fit (300px)', () => {
    expect(axisTicks(scale(Date.UTC(2022, 0, 1), Date.UTC(2022, 3, 1), 300), 'en').unit).to.equal('month');
  });

  it('axisTicks over a 10-day domain at 1000px steps by days: unit "day"', () => {
    const { unit, ticks } = axisTicks(scale(Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)), 'en');
    expect(unit).to.equal('day');
    expect(ticks).to.have.length(11);
    expect((ticks[1]?.time ?? 0) - (ticks[0]?.time ?? 0)).to.equal(DAY);
  });

  it('axisTicks over a 1-day domain at 1000px steps by hours: unit "hour"', () => {
    const { unit, ticks } = axisTicks(scale(Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 2)), 'en');
    expect(unit).to.equal('hour');
    expect((ticks[1]?.time ?? 0) - (ticks[0]?.time ?? 0)).to.be.below(DAY);
  });

  for (const [name, start, end] of DOMAINS) {
    it(`axisTicks over a ${name} domain: unit matches the step, ticks ascend inside the range at about one per 96px`, () => {
      const s = scale(start, end);
      const { unit, ticks } = axisTicks(s, 'en');
      expect(ticks.length).to.be.within(2, 20);
      expect(unit).to.equal(unitOfStep((ticks[1]?.time ?? 0) - (ticks[0]?.time ?? 0)));
      for (let i = 0; i < ticks.length; i++) {
        const t = ticks[i];
        if (!t) continue;
        expect(t.x).to.be.within(0, 1000);
        expect(t.x).to.be.closeTo(s(t.time), 1e-9);
        expect(t.time).to.be.within(start, end);
        expect(t.label.trim()).not.to.equal('');
        if (i > 0) expect(t.time).to.be.greaterThan(ticks[i - 1]?.time ?? Infinity);
      }
    });
  }

  it('axisTicks writes month ticks in the reader\'s language: "en" and "fr"', () => {
    const s = scale(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1));
    const en = axisTicks(s, 'en').ticks.map((t) => t.label);
    const fr = axisTicks(s, 'fr').ticks.map((t) => t.label);
    expect(en[1]).to.equal('Apr');
    expect(en[2]).to.equal('Jul');
    expect(fr[1]).to.match(/^avr/);
    expect(fr[2]).to.match(/^juil/);
    expect(fr[0]).to.match(/^janv\.? 2020$/);
    const frShort = monthNames('fr', 'short');
    for (const [i, label] of fr.entries()) expect(frShort.some((m) => label.startsWith(m)), `${label} (tick ${String(i)})`).to.equal(true);
  });

  it('axisTicks marks a new year among month ticks as major and names the year', () => {
    const { ticks } = axisTicks(scale(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)), 'en-GB');
    const majors = ticks.filter((t) => t.major);
    expect(majors.map((t) => new Date(t.time).toISOString().slice(0, 10))).to.deep.equal(['2020-01-01', '2021-01-01', '2022-01-01']);
    expect(majors.map((t) => t.label)).to.deep.equal(['Jan 2020', 'Jan 2021', 'Jan 2022']);
    for (const t of ticks.filter((tick) => !tick.major)) expect(t.label).not.to.match(/\d{4}/);
  });

  it('axisTicks names the month and year on the first tick even when it is not a major one', () => {
    const { ticks } = axisTicks(scale(Date.UTC(2022, 0, 5), Date.UTC(2022, 0, 15)), 'en-GB');
    expect(ticks[0]?.major).to.equal(false);
    expect(ticks[0]?.label).to.equal('5 Jan 2022');
    expect(ticks[1]?.label).to.equal('6');
  });

  it('axisTicks marks the first of a month among day ticks as major and names the month', () => {
    const { ticks } = axisTicks(scale(Date.UTC(2022, 0, 25), Date.UTC(2022, 1, 4)), 'en-GB');
    const feb1 = ticks.find((t) => t.time === Date.UTC(2022, 1, 1));
    expect(feb1?.major).to.equal(true);
    expect(feb1?.label).to.equal('1 Feb 2022');
  });

  it('axisTicks names the month on the first tick of each new month, whatever the step', () => {
    // Weekly ticks rarely fall on the 1st: a tick in a new month must still say which month it is.
    for (const locale of ['en-GB', 'fr']) {
      const { ticks } = axisTicks(scale(Date.UTC(2022, 0, 1), Date.UTC(2022, 3, 1)), locale);
      const names = monthNames(locale, 'short');
      for (let i = 1; i < ticks.length; i++) {
        const t = ticks[i];
        const prev = ticks[i - 1];
        if (!t || !prev) continue;
        const month = new Date(t.time).getUTCMonth();
        if (month === new Date(prev.time).getUTCMonth()) continue;
        const name = names[month] ?? '?';
        expect(t.label, `tick ${String(i)} (${new Date(t.time).toISOString().slice(0, 10)}) in ${locale}`).to.contain(name);
      }
    }
  });

  it('axisTicks falls back to a working locale when given an invalid one', () => {
    const { ticks } = axisTicks(scale(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)), 'not a locale!');
    expect(ticks[0]?.label).to.match(/2000/);
  });

  it('axisTicks at any width and zoom gives ticks inside the range whose unit matches their step', () => {
    fc.assert(
      fc.property(
        windowArb,
        ({ start, end, width }) => {
          const { unit, ticks } = axisTicks(scale(start, end, width), 'en');
          for (const t of ticks) {
            expect(t.x).to.be.within(-1e-6, width + 1e-6);
            expect(t.label).to.be.a('string').and.not.equal('');
          }
          if (ticks.length > 1) {
            const step = (ticks[1]?.time ?? 0) - (ticks[0]?.time ?? 0);
            // Month lengths vary, so compare with the step d3 took, allowing for a short month.
            expect(unit).to.equal(unitOfStep(step));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('axisTicks draws labels that never overlap (8px apart) nor run past the axis, and keeps one that names a larger unit over a plain one', () => {
    fc.assert(
      fc.property(
        windowArb,
        fc.constantFrom('en', 'fr', 'de', 'ja'),
        fc.double({ min: 4, max: 12, noNaN: true }),
        ({ start, end, width }, locale, perChar) => {
          const measure = (label: string) => label.length * perChar;
          const { ticks } = axisTicks(scale(start, end, width), locale, 96, measure);
          const drawn = ticks.filter((t) => t.labelled);
          for (const [i, t] of drawn.entries()) {
            expect(t.x + 4 + measure(t.label)).to.be.at.most(width + 1e-6);
            const next = drawn[i + 1];
            if (next) expect(next.x + 4).to.be.at.least(t.x + 4 + measure(t.label) + 8 - 1e-6);
          }
          // A plain label is left out for a larger unit's, never the other way round.
          for (const [i, t] of ticks.entries()) {
            if (!t.major || t.labelled || i === 0) continue;
            const before = ticks.slice(0, i).reverse().find((p) => p.labelled);
            const fits = t.x + 4 + measure(t.label) <= width;
            if (fits && before) expect(before.major || before === ticks[0], `${t.label} gave way to ${before.label}`).to.equal(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('axisTicks (narrow windows and widths)', () => {
  it('axisTicks over a 29-day window at 250px shows at least one tick', () => {
    const { ticks } = axisTicks(scale(Date.UTC(2022, 0, 2), Date.UTC(2022, 0, 31), 250), 'en-GB');
    expect(ticks.length).to.be.at.least(1);
  });

  it('axisTicks over a 30-day window at 250px gives at least two ticks and names each new month', () => {
    const { ticks, unit } = axisTicks(scale(Date.UTC(2022, 0, 15), Date.UTC(2022, 1, 14), 250), 'en-GB');
    expect(ticks.length).to.be.at.least(2);
    expect(['month', 'day']).to.include(unit);
    const firstOfFeb = ticks.find((t) => new Date(t.time).getUTCMonth() === 1);
    expect(firstOfFeb?.label).to.contain('Feb');
    expect(ticks[0]?.label).to.contain('Jan');
  });

  it('axisTicks over one hour at 1000px gives each tick its own label (the minutes show)', () => {
    const { ticks } = axisTicks(scale(Date.UTC(2022, 0, 1, 10), Date.UTC(2022, 0, 1, 11)), 'en-GB');
    const labels = ticks.map((t) => t.label);
    expect(new Set(labels).size, labels.join(' | ')).to.equal(labels.length);
  });

  it('axisTicks never gives two neighbouring ticks the same label, at any zoom from two hours to 200 years', () => {
    fc.assert(
      fc.property(
        windowArb,
        fc.constantFrom('en-GB', 'fr'),
        ({ start, end, width }, locale) => {
          const { ticks } = axisTicks(scale(start, end, width), locale);
          for (let i = 1; i < ticks.length; i++) {
            expect(ticks[i]?.label, `ticks ${String(i - 1)} and ${String(i)}: ${ticks.map((t) => t.label).join(' | ')}`).not.to.equal(ticks[i - 1]?.label);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatUtc', () => {
  it('formatUtc writes in UTC whatever the browser time zone', () => {
    expect(formatUtc(Date.UTC(2022, 0, 1, 0, 30), 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' })).to.equal('1 Jan 2022');
    expect(formatUtc(Date.UTC(2021, 11, 31, 23, 30), 'en-GB', { year: 'numeric' })).to.equal('2021');
  });
});

describe('formatPartialDate', () => {
  it('formatPartialDate("2012") is "2012"', () => {
    expect(formatPartialDate(parsePartialDate('2012'), 'en-GB')).to.equal('2012');
    expect(formatPartialDate(parsePartialDate('2012'), 'fr', 'long')).to.equal('2012');
  });

  it('formatPartialDate("2021-12") in en-GB is "Dec 2021", and "December 2021" in the long style', () => {
    expect(formatPartialDate(parsePartialDate('2021-12'), 'en-GB')).to.equal('Dec 2021');
    expect(formatPartialDate(parsePartialDate('2021-12'), 'en-GB', 'long')).to.equal('December 2021');
  });

  it('formatPartialDate of a day follows the locale: en-US "Mar 27, 2022", en-GB "27 Mar 2022"', () => {
    const d = parsePartialDate('2022-03-27');
    expect(formatPartialDate(d, 'en-US')).to.equal('Mar 27, 2022');
    expect(formatPartialDate(d, 'en-GB')).to.equal('27 Mar 2022');
    expect(formatPartialDate(d, 'fr', 'long')).to.equal('27 mars 2022');
  });

  it('formatPartialDate never states a month or day the date does not have', () => {
    expect(formatPartialDate(parsePartialDate('2012'), 'en-GB', 'long')).not.to.match(/Jan|1 /);
    expect(formatPartialDate(parsePartialDate('2021-12'), 'en-GB', 'long')).not.to.match(/\b1\b/);
  });

  it('formatPartialDate writes years below 100 as themselves', () => {
    expect(formatPartialDate(parsePartialDate('0050'), 'en-GB')).to.match(/\b50\b/);
    expect(formatPartialDate(parsePartialDate('0050'), 'en-GB')).not.to.contain('1950');
  });
});

describe('formatEventDate', () => {
  it('formatEventDate of a year event is the year', () => {
    expect(formatEventDate({ id: 'a', title: 'A', start: '2012' }, 'en-GB')).to.equal('2012');
  });

  it('formatEventDate writes a two-day span in one month once, with one month name: "27–31 Mar 2022"', () => {
    const text = formatEventDate({ id: 'a', title: 'A', start: '2022-03-27', end: '2022-03-31' }, 'en-GB');
    expect(text).to.contain('27');
    expect(text).to.contain('31');
    expect(text.match(/Mar/g)).to.have.length(1);
    expect(text.match(/2022/g)).to.have.length(1);
    const months = monthNames('en-GB', 'short');
    expect(months.filter((m) => text.includes(m))).to.deep.equal(['Mar']);
  });

  it('formatEventDate writes a month span with both months: "Jan 2013 – Aug 2022"', () => {
    const text = formatEventDate({ id: 'a', title: 'A', start: '2013-01', end: '2022-08' }, 'en-GB');
    expect(text).to.contain('Jan 2013');
    expect(text).to.contain('Aug 2022');
  });

  it('formatEventDate writes a span with mixed precisions as "start – end"', () => {
    expect(formatEventDate({ id: 'a', title: 'A', start: '2018', end: '2021-06' }, 'en-GB')).to.equal('2018 – Jun 2021');
  });

  it('formatEventDate writes a span that starts and ends on the same date once', () => {
    expect(formatEventDate({ id: 'a', title: 'A', start: '2022-03-27', end: '2022-03-27' }, 'en-GB')).to.equal('27 Mar 2022');
  });

  it('formatEventDate of an ongoing event starts with "since"', () => {
    const text = formatEventDate({ id: 'a', title: 'A', start: '2018', kind: 'ongoing' }, 'en-GB');
    expect(text.startsWith('since ')).to.equal(true);
    expect(text).to.equal('since 2018');
  });

  it('formatEventDate returns an unreadable start as it is', () => {
    expect(formatEventDate({ id: 'a', title: 'A', start: 'nope' as '2012' }, 'en-GB')).to.equal('nope');
  });

  it('precisionOf reads the precision of an event start', () => {
    expect(precisionOf({ id: 'a', title: 'A', start: '2012' })).to.equal('year');
    expect(precisionOf({ id: 'a', title: 'A', start: '2021-12' })).to.equal('month');
    expect(precisionOf({ id: 'a', title: 'A', start: '2022-03-27' })).to.equal('day');
  });
});

describe('parseIsoDuration', () => {
  it('parseIsoDuration("P1D") is 86,400,000 ms', () => {
    expect(parseIsoDuration('P1D')).to.equal(DAY);
  });

  it('parseIsoDuration("PT12H") is twelve hours', () => {
    expect(parseIsoDuration('PT12H')).to.equal(12 * HOUR);
  });

  it('parseIsoDuration("P2W") is fourteen days', () => {
    expect(parseIsoDuration('P2W')).to.equal(14 * DAY);
  });

  it('parseIsoDuration reads minutes after T and months before it', () => {
    expect(parseIsoDuration('PT30M')).to.equal(30 * 60_000);
    expect(parseIsoDuration('P1M')).to.equal(30.436875 * DAY);
    expect(parseIsoDuration('P1Y')).to.equal(365.2425 * DAY);
    expect(parseIsoDuration('P1DT12H')).to.equal(1.5 * DAY);
    expect(parseIsoDuration('PT1.5H')).to.equal(1.5 * HOUR);
    expect(parseIsoDuration(' P1D ')).to.equal(DAY);
  });

  for (const text of ['P', '1D', 'PT', 'P1DT', '', 'P0D', 'PT0S', 'P-1D', 'p1d', 'P1H', 'P1D2', 'one day', 'P1.D']) {
    it(`parseIsoDuration(${JSON.stringify(text)}) is undefined`, () => {
      expect(parseIsoDuration(text)).to.equal(undefined);
    });
  }

  it('parseIsoDuration is positive or undefined for any string, never NaN and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/)), (text) => {
        const ms = parseIsoDuration(text);
        if (ms !== undefined) {
          expect(Number.isNaN(ms)).to.equal(false);
          expect(ms).to.be.greaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parseIsoDuration("PnD") is n days for any n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        expect(parseIsoDuration(`P${String(n)}D`)).to.equal(n * DAY);
        expect(parseIsoDuration(`PT${String(n)}H`)).to.equal(n * HOUR);
      }),
    );
  });
});

describe('any era: BCE, deep time and times of day', () => {
  const at = (text: string) => toIntervalMs(parsePartialDate(text))[0];
  const deep = (start: number, end: number, width = 1200) => timeScale([start, end], [0, width]);
  const labels = (start: number, end: number, locale = 'en', width = 1200) => axisTicks(deep(start, end, width), locale).ticks.map((t) => t.label);

  it('writes dates before 1 CE as people do, in the reader\'s language: "15 Mar 44 BCE", "44 BCE"', () => {
    expect(formatPartialDate(parsePartialDate('-0043-03-15'), 'en-GB')).to.equal('15 Mar 44 BCE');
    expect(formatPartialDate(parsePartialDate('-0043-03-15'), 'en-US')).to.equal('Mar 15, 44 BCE');
    expect(formatPartialDate(parsePartialDate('-0043'), 'en')).to.equal('44 BCE');
    expect(formatPartialDate(parsePartialDate('0000'), 'en')).to.equal('1 BCE');
    expect(formatPartialDate(parsePartialDate('-9999'), 'en')).to.equal('10,000 BCE');
    expect(formatPartialDate(parsePartialDate('0476'), 'en')).to.equal('476');
    expect(formatEventDate({ id: 'a', title: 'a', start: '-0499', end: '-0043' }, 'en')).to.equal('500 BCE – 44 BCE');
  });

  it('writes years far back as years ago: "66 million years ago", "13.8 billion years ago"', () => {
    expect(formatPartialDate(parsePartialDate('-66000000'), 'en')).to.equal('66 million years ago');
    expect(formatPartialDate(parsePartialDate('-13800000000'), 'en')).to.equal('13.8 billion years ago');
    expect(formatPartialDate(parsePartialDate('-13800000000'), 'fr')).to.match(/^13,8\s+milliards years ago$/);
  });

  it('says a round year far back as round as it was given: -300000 is "about 300,000 years ago", not "302,026"', () => {
    expect(formatPartialDate(parsePartialDate('-300000'), 'en')).to.equal('about 300,000 years ago');
    expect(formatPartialDate(parsePartialDate('-10000'), 'en')).to.equal('about 12,000 years ago');
    expect(formatPartialDate(parsePartialDate('-300000'), 'fr', 'long', fr)).to.match(/^il y a environ 300\s000 ans$/);
    // A year given to the year keeps its count: 12,345 BCE was that many years (and now's) ago.
    expect(formatPartialDate(parsePartialDate('-12345'), 'en')).to.not.contain('about');
  });

  it('formatPartialDate(round year far back) never shows more than two significant digits beyond the year as given, and stays within half a unit', () => {
    const present = new Date().getUTCFullYear();
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 99 }), (zeros, lead) => {
        const year = -lead * 10 ** zeros;
        fc.pre(year < -9999 && present - year < 1e6);
        const label = formatPartialDate(parsePartialDate(String(year)), 'en');
        const shown = Number(/([\d,]+) years ago/.exec(label)?.[1]?.replaceAll(',', ''));
        const exact = present - year;
        const unit = Math.min(10 ** zeros, 10 ** (Math.floor(Math.log10(exact)) - 1));
        expect(Math.abs(shown - exact), label).to.be.at.most(unit / 2);
        expect(shown % unit, label).to.equal(0);
        expect(label.startsWith('about ') || shown === exact, label).to.equal(true);
      }),
    );
  });

  it('writes a time of day with the date, and the zone it was written in', () => {
    expect(formatPartialDate(parsePartialDate('2022-03-27T14:30Z'), 'en-GB')).to.equal('27 Mar 2022, 14:30 UTC');
    expect(formatPartialDate(parsePartialDate('2022-03-27T14:30+01:00'), 'en-GB')).to.equal('27 Mar 2022, 14:30 UTC+01:00');
    expect(formatPartialDate(parsePartialDate('2022-03-27T14:30'), 'en-GB')).to.equal('27 Mar 2022, 14:30');
    expect(formatEventDate({ id: 'a', title: 'a', start: '2022-03-27T14:30', end: '2022-03-27T16:00' }, 'en-GB')).to.match(/^27 Mar 2022, 14:30\s*–\s*16:00$/);
    expect(precisionOf({ id: 'a', title: 'a', start: '2022-03-27T14:30' })).to.equal('minute');
  });

  it('ticks the whole age of the universe in billions of years ago, in order, labels increasing toward now', () => {
    const { ticks } = axisTicks(deep(at('-14000000000'), at('2000')), 'en');
    expect(ticks.length).to.be.greaterThan(3);
    for (let i = 1; i < ticks.length; i++) expect((ticks[i]?.time ?? 0) > (ticks[i - 1]?.time ?? 0)).to.equal(true);
    expect(ticks.map((t) => t.label)).to.include('10 billion years ago');
    expect(ticks.every((t) => t.label.endsWith(' years ago'))).to.equal(true);
  });

  it('labels the age of the universe on a phone\'s axis in short words where the long ones do not fit: "10bn years ago", "5bn years ago"', () => {
    // The gallery's deep time on a 350 px plot: "5 billion years ago" ran past the axis's end,
    // and the axis named one tick.
    const scale = timeScale([at('-14400000000'), at('2026')], [0, 350]);
    const { ticks } = axisTicks(scale, 'en-GB');
    // ICU's en-GB short billions: "bn" (Chromium, Firefox) or "B" (WebKitGTK's older ICU).
    const shown = ticks.filter((t) => t.labelled).map((t) => t.label);
    expect(shown).to.have.length(2);
    expect(shown[0]).to.match(/^10(bn|B) years ago$/);
    expect(shown[1]).to.match(/^5(bn|B) years ago$/);
    // Where the long words fit, they stay.
    const wide = axisTicks(timeScale([at('-14400000000'), at('2026')], [0, 1200]), 'en-GB').ticks;
    expect(wide.filter((t) => t.labelled).map((t) => t.label)).to.include('10 billion years ago');
  });

  it('ticks 66 million years ago in millions, and a few thousand years in years BCE with no year 0', () => {
    expect(labels(at('-70000000'), at('-60000000'))).to.include.members(['66 million years ago', '64 million years ago']);
    const ancient = labels(at('-0300'), at('0200'));
    expect(ancient).to.include.members(['200 BCE', '100 BCE', '100']);
    expect(ancient.some((l) => l === '0' || l === '0 BCE')).to.equal(false);
  });

  it('ticks months and days in 44 BCE, naming the year once: "Mar 44 BCE", "15"', () => {
    const ticks = axisTicks(deep(at('-0043-03-01'), at('-0043-03-31')), 'en-GB').ticks;
    expect(ticks[0]?.label).to.equal('1 Mar 44 BCE');
    expect(ticks.map((t) => t.label)).to.include('15');
    expect(ticks.every((t) => calendarParts(t.time).year === -43)).to.equal(true);
  });

  it('ticks days far beyond the range of a JS Date, on the days the calendar gives them', () => {
    const start = at('-66000000-06-01');
    const { ticks } = axisTicks(deep(start, start + 10 * DAY), 'en-GB');
    expect(ticks.length).to.be.greaterThan(3);
    for (const t of ticks) {
      const p = calendarParts(t.time);
      expect(p.year).to.equal(-66_000_000);
      expect(p.month).to.equal(6);
      expect(t.label).to.match(/^\d+( Jun 66,000,001 BCE)?$/);
    }
  });

  it('never throws and gives ordered ticks for any window from 20 billion years ago to 20,000 CE, down to an hour', () => {
    const YEAR = 365.2425 * DAY;
    fc.assert(
      fc.property(
        fc.double({ min: -2e10, max: 2e4, noNaN: true }),
        fc.double({ min: Math.log(HOUR), max: Math.log(2e10 * YEAR), noNaN: true }),
        fc.integer({ min: 200, max: 2000 }),
        (startYear, logSpan, width) => {
          const start = startYear * YEAR;
          const end = start + Math.exp(logSpan);
          if (!(end > start)) return;
          const { ticks } = axisTicks(deep(start, end, width), 'en');
          for (let i = 1; i < ticks.length; i++) expect((ticks[i]?.time ?? 0) > (ticks[i - 1]?.time ?? 0)).to.equal(true);
          for (const t of ticks) expect(t.label.length > 0 && !t.label.includes('NaN')).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes ticks zoomed in far back with the digits that tell them apart, and none at now', () => {
    const YEAR = 365.2425 * DAY;
    const mid = at('-66000000');
    for (const years of [200, 20_000, 2_000_000]) {
      const labels = axisTicks(deep(mid - years * YEAR, mid + years * YEAR), 'en').ticks.map((t) => t.label);
      expect(labels.length).to.be.greaterThan(3);
      expect(new Set(labels).size, labels.join(' | ')).to.equal(labels.length);
    }
    expect(labels(at('-50000'), at('2100'))).not.to.include('0 years ago');
  });

  it('ticks no closer than a minute, so no two labels read the same', () => {
    const start = Date.UTC(2022, 2, 27, 14, 30);
    for (const width of [600, 1200, 2400]) {
      const ticks = axisTicks(deep(start, start + 60_000, width), 'en-GB').ticks.map((t) => t.label);
      expect(new Set(ticks).size, ticks.join(' | ')).to.equal(ticks.length);
      const ten = axisTicks(deep(start, start + 600_000, width), 'en-GB').ticks.map((t) => t.label);
      expect(new Set(ten).size, ten.join(' | ')).to.equal(ten.length);
    }
  });

  it('min-span reads hours and minutes: PT1H, PT1M', () => {
    expect(parseIsoDuration('PT1H')).to.equal(HOUR);
    expect(parseIsoDuration('PT1M')).to.equal(60_000);
  });
});

describe('formatWindowRange', () => {
  it("writes what formatWindow's range writes, for windows of a minute to a hundred million years, in English and French", () => {
    const YEAR = 365.2425 * 86_400_000;
    fc.assert(
      fc.property(fc.double({ min: -1e8 * YEAR, max: 1e5 * YEAR, noNaN: true }), fc.double({ min: 4.7, max: 18.5, noNaN: true }), fc.constantFrom('en', 'fr'), fc.constantFrom('short', 'long'), (start, magnitude, locale, style: 'short' | 'long') => {
        const end = start + 10 ** magnitude;
        expect(formatWindowRange(start, end, locale, style)).to.equal(formatWindow(start, end, locale, style).range);
      }),
      { numRuns: 300 },
    );
  });
});
