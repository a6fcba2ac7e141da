import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysInMonth, formatIsoPartialDate, parsePartialDate, readPartialDate, toInterval, toIntervalMs } from '../src/dataset/dates.js';
import type { PartialDate } from '../src/dataset/types.js';

const DAY = 86_400_000;

/** Leap years of the proleptic Gregorian calendar, written out independently of the code under test. */
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month, independently of `daysInMonth`. */
const oracleDays = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : (DAYS[m - 1] ?? Number.NaN));

/** UTC ms of a calendar day, correct for years below 100 (unlike `Date.UTC`). */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

const p2 = (n: number) => String(n).padStart(2, '0');
const p4 = (n: number) => String(n).padStart(4, '0');

const yearArb = fc.integer({ min: 0, max: 9999 });
const yearMonthArb = fc.tuple(yearArb, fc.integer({ min: 1, max: 12 }));
const ymdArb = yearMonthArb.chain(([year, month]) =>
  fc.integer({ min: 1, max: oracleDays(year, month) }).map((day) => ({ year, month, day })),
);

/** Any valid ISO partial date string, at any of the three precisions. */
const isoArb = fc.oneof(
  yearArb.map((y) => p4(y)),
  yearMonthArb.map(([y, m]) => `${p4(y)}-${p2(m)}`),
  ymdArb.map(({ year, month, day }) => `${p4(year)}-${p2(month)}-${p2(day)}`),
);

function expectRangeError(text: string): void {
  let caught: unknown;
  try {
    parsePartialDate(text);
  } catch (e) {
    caught = e;
  }
  expect(caught, `parsePartialDate(${JSON.stringify(text)}) should throw`).to.be.instanceOf(RangeError);
}

describe('parsePartialDate', () => {
  it('parsePartialDate("2012") has year precision and states only the year', () => {
    const d = parsePartialDate('2012');
    expect(d).to.deep.equal({ year: 2012, precision: 'year' });
    expect(Object.keys(d)).to.have.members(['year', 'precision']);
  });

  it('parsePartialDate("2021-12") has month precision, with year and month', () => {
    const d = parsePartialDate('2021-12');
    expect(d).to.deep.equal({ year: 2021, month: 12, precision: 'month' });
    expect(d).not.to.have.property('day');
  });

  it('parsePartialDate("2022-03-27") has day precision, with year, month and day', () => {
    expect(parsePartialDate('2022-03-27')).to.deep.equal({ year: 2022, month: 3, day: 27, precision: 'day' });
  });

  it('parsePartialDate("0050") reads a year below 100 as that year, not 1950', () => {
    expect(parsePartialDate('0050')).to.deep.equal({ year: 50, precision: 'year' });
    expect(parsePartialDate('0000-01-01')).to.deep.equal({ year: 0, month: 1, day: 1, precision: 'day' });
  });

  for (const bad of ['2022-02-30', '2022-13', '2022-00', '2022-01-00', '2022-04-31', '2021-02-29', '1900-02-29']) {
    it(`parsePartialDate(${JSON.stringify(bad)}) throws RangeError: no such month or day`, () => {
      expectRangeError(bad);
    });
  }

  for (const leapDay of ['2020-02-29', '2000-02-29', '1600-02-29', '0000-02-29']) {
    it(`parsePartialDate(${JSON.stringify(leapDay)}) accepts the 29th of February of a leap year`, () => {
      const d = parsePartialDate(leapDay);
      expect(d.precision).to.equal('day');
      expect(d.month).to.equal(2);
      expect(d.day).to.equal(29);
    });
  }

  for (const text of [
    'yesterday',
    '',
    '2022-1-5',
    ' 2022',
    '2022 ',
    '2022-03-27\n',
    '22',
    '12022',
    '+2022',
    '-0000',
    '0476-1',
    '-43',
    '476',
    '2022-03-27T24:00',
    '2022-03-27T14:60',
    '2022-03-27T14:30+15:00',
    '2022-03-27T14:30+0100',
    '2022-03-27T14',
    '2022-03T14:30',
    '2022/03/27',
    '20220327',
    '2022-W12',
    '２０２２',
    '2022-03-',
  ]) {
    it(`parsePartialDate(${JSON.stringify(text)}) throws RangeError: not an ISO partial date`, () => {
      expectRangeError(text);
    });
  }

  it('parsePartialDate explains an impossible day in plain words', () => {
    expect(() => parsePartialDate('2022-02-30')).to.throw(RangeError, /February 2022 has 28 days/);
    expect(() => parsePartialDate('2022-13')).to.throw(RangeError, /month 13/);
    expect(() => parsePartialDate('yesterday')).to.throw(RangeError, /YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm/);
    expect(() => parsePartialDate('20220327')).to.throw(RangeError, /more than four digits a sign/);
  });

  it('parsePartialDate returns or throws RangeError, never another error, for any string', () => {
    const dateLike = fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateLike);
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          parsePartialDate(text);
        } catch (e) {
          expect(e, `${JSON.stringify(text)} threw ${String(e)}`).to.be.instanceOf(RangeError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parsePartialDate accepts a YYYY[-MM[-DD]] string exactly when the month and day exist', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/), (text) => {
        const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
        const valid = m === undefined || (m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= oracleDays(y, m))));
        let ok = true;
        try {
          parsePartialDate(text);
        } catch {
          ok = false;
        }
        expect(ok, text).to.equal(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('any string parsePartialDate accepts is written back unchanged by formatIsoPartialDate', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), isoArb), (text) => {
        let d: PartialDate | undefined;
        try {
          d = parsePartialDate(text);
        } catch {
          return;
        }
        expect(formatIsoPartialDate(d)).to.equal(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dates in any era, and times of day', () => {
  it('reads astronomical years: -0043-03-15 is 15 March 44 BCE, 0000 is 1 BCE', () => {
    expect(parsePartialDate('-0043-03-15')).to.deep.equal({ year: -43, month: 3, day: 15, precision: 'day' });
    expect(parsePartialDate('0000')).to.deep.equal({ year: 0, precision: 'year' });
    // 44 BCE is a leap year of the proleptic Gregorian calendar (astronomical -43 is not; -44 is).
    expect(() => parsePartialDate('-0043-02-29')).to.throw(RangeError, /28 days/);
    expect(parsePartialDate('-0044-02-29').day).to.equal(29);
  });

  it('reads years of any number of digits, with their sign: 13.8 billion years ago, 66 million, +12000', () => {
    expect(parsePartialDate('-13800000000')).to.deep.equal({ year: -13_800_000_000, precision: 'year' });
    expect(parsePartialDate('-66000000').year).to.equal(-66_000_000);
    expect(parsePartialDate('+12000-06').year).to.equal(12_000);
  });

  it('a BCE date covers the day the calendar gives it: 1 BCE ends where 1 CE begins', () => {
    const { start, end } = toInterval('0000');
    expect(end.getTime()).to.equal(utc(1, 1, 1));
    expect(end.getTime() - start.getTime()).to.equal(366 * DAY);
    const ides = toInterval('-0043-03-15');
    expect(ides.start.getTime()).to.equal(utc(-43, 3, 15));
    expect(ides.end.getTime() - ides.start.getTime()).to.equal(DAY);
  });

  it('counts days beyond the range of a JS Date: a year 13.8 billion years ago has 365 days and ends where the next begins', () => {
    const [a, b] = toIntervalMs(parsePartialDate('-13800000000'));
    const [c] = toIntervalMs(parsePartialDate('-13799999999'));
    // A leap year (a multiple of 400), to within what a double holds there (2^16 ms).
    expect(b - a).to.be.closeTo(366 * DAY, 2 ** 17);
    expect(c).to.equal(b);
    // About 13.8 billion mean years before 1970.
    expect(a / (365.2425 * DAY)).to.be.closeTo(-13_800_001_970, 1);
  });

  it('reads a time of day at minute precision, at its instant: with Z, an offset, or as written (UTC)', () => {
    expect(parsePartialDate('2022-03-27T14:30Z')).to.deep.equal({ year: 2022, month: 3, day: 27, hour: 14, minute: 30, offset: 0, precision: 'minute' });
    expect(toInterval('2022-03-27T14:30Z').start.getTime()).to.equal(Date.UTC(2022, 2, 27, 14, 30));
    expect(toInterval('2022-03-27T14:30+01:00').start.getTime()).to.equal(Date.UTC(2022, 2, 27, 13, 30));
    expect(toInterval('2022-03-27T14:30').start.getTime()).to.equal(Date.UTC(2022, 2, 27, 14, 30));
    const { start, end } = toInterval('2022-03-27T23:59:30-05:30');
    expect(start.getTime()).to.equal(Date.UTC(2022, 2, 28, 5, 29, 30));
    expect(end.getTime() - start.getTime()).to.equal(60_000);
  });

  /** Any valid date text: any era (to 20 billion years either way), any precision, with or without a time and zone. */
  const anyEraArb = fc
    .record({
      year: fc.oneof(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -2e10, max: 2e10 })),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      zone: fc.constantFrom('', 'Z', '+01:00', '-05:30', '+14:00'),
      precision: fc.constantFrom('year', 'month', 'day', 'minute'),
    })
    .map(({ year, month, day, hour, minute, zone, precision }) => {
      const y = year < 0 ? `-${p4(-year)}` : year > 9999 ? `+${year}` : p4(year);
      if (precision === 'year') return y;
      if (precision === 'month') return `${y}-${p2(month)}`;
      const d = `${y}-${p2(month)}-${p2(Math.min(day, oracleDays(year, month)))}`;
      return precision === 'day' ? d : `${d}T${p2(hour)}:${p2(minute)}${zone}`;
    });

  it('any valid date of any era is written back unchanged, and its interval is ordered and as long as its precision says', () => {
    fc.assert(
      fc.property(anyEraArb, (text) => {
        const d = parsePartialDate(text);
        expect(formatIsoPartialDate(d)).to.equal(text);
        const [a, b] = toIntervalMs(d);
        // Far from 1970 a double holds instants to within a few of its last bits.
        const tolerance = Math.max(0.5, Math.abs(a) * 2 ** -50);
        const days = [365, 366, 28, 29, 30, 31].filter((n) => Math.abs(b - a - n * DAY) <= tolerance);
        if (d.precision === 'minute') expect(b - a).to.be.closeTo(60_000, tolerance);
        else if (d.precision === 'day') expect(b - a).to.be.closeTo(DAY, tolerance);
        else if (d.precision === 'month') expect(days.filter((n) => n < 32)).to.have.length(1);
        else expect(days.filter((n) => n > 300)).to.have.length(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('readPartialDate never throws on any string, date-like or not: it gives a date or says why in words', () => {
    const dateLike = fc.stringMatching(/^[+-]?\d{1,12}(-\d{1,2}(-\d{1,2}(T\d{1,2}:\d{1,2}(:\d{1,2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateLike, anyEraArb), (text) => {
        const read = readPartialDate(text);
        if (typeof read === 'string') expect(read.length).to.be.greaterThan(10);
        else expect(Number.isSafeInteger(read.year)).to.equal(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('orders any two valid dates as their instants', () => {
    /** The instant a date starts at, through a JS Date (independently of the code under test), where one holds it. */
    const oracle = (d: PartialDate): number | undefined => {
      if (Math.abs(d.year) > 200_000) return undefined;
      const date = new Date(0);
      date.setUTCFullYear(d.year, (d.month ?? 1) - 1, d.day ?? 1);
      date.setUTCHours(d.hour ?? 0, (d.minute ?? 0) - (d.offset ?? 0), d.second ?? 0, 0);
      return date.getTime();
    };
    fc.assert(
      fc.property(anyEraArb, anyEraArb, (x, y) => {
        const a = parsePartialDate(x);
        const b = parsePartialDate(y);
        const [sa] = toIntervalMs(a);
        const [sb] = toIntervalMs(b);
        const [oa, ob] = [oracle(a), oracle(b)];
        if (oa !== undefined && ob !== undefined) {
          expect(sa, x).to.equal(oa);
          expect(Math.sign(sa - sb)).to.equal(Math.sign(oa - ob));
        } else if (a.year !== b.year) {
          // Years apart order the dates whatever their months, days and zones.
          expect(Math.sign(sa - sb)).to.equal(Math.sign(a.year - b.year));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatIsoPartialDate', () => {
  it('formatIsoPartialDate pads years below 1000 to four digits and months and days to two', () => {
    expect(formatIsoPartialDate({ year: 50, precision: 'year' })).to.equal('0050');
    expect(formatIsoPartialDate({ year: 2021, month: 3, precision: 'month' })).to.equal('2021-03');
    expect(formatIsoPartialDate({ year: 7, month: 1, day: 9, precision: 'day' })).to.equal('0007-01-09');
  });

  it('formatIsoPartialDate(parsePartialDate(s)) === s for any valid y/m/d (year 0..9999)', () => {
    fc.assert(
      fc.property(isoArb, (s) => {
        expect(formatIsoPartialDate(parsePartialDate(s))).to.equal(s);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('daysInMonth', () => {
  it('daysInMonth follows the Gregorian leap rule', () => {
    expect(daysInMonth(2021, 2)).to.equal(28);
    expect(daysInMonth(2020, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2022, 4)).to.equal(30);
    expect(daysInMonth(2022, 12)).to.equal(31);
  });

  it('daysInMonth agrees with the calendar for any year 0..9999 and month', () => {
    fc.assert(
      fc.property(yearMonthArb, ([y, m]) => {
        expect(daysInMonth(y, m)).to.equal(oracleDays(y, m));
        // The day after the last is the first of the next month.
        const next = new Date(utc(y, m, daysInMonth(y, m) + 1));
        expect(next.getUTCDate()).to.equal(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toInterval', () => {
  it('toInterval("2012") covers 2012-01-01T00:00Z to 2013-01-01T00:00Z', () => {
    const { start, end } = toInterval('2012');
    expect(start.toISOString()).to.equal('2012-01-01T00:00:00.000Z');
    expect(end.toISOString()).to.equal('2013-01-01T00:00:00.000Z');
  });

  it('toInterval("2022-02") covers February 2022, 28 days', () => {
    const { start, end } = toInterval('2022-02');
    expect(start.toISOString()).to.equal('2022-02-01T00:00:00.000Z');
    expect(end.toISOString()).to.equal('2022-03-01T00:00:00.000Z');
    expect(+end - +start).to.equal(28 * DAY);
  });

  it('toInterval("2021-12") ends at 2022-01-01 (December rolls over into the next year)', () => {
    const { start, end } = toInterval('2021-12');
    expect(start.toISOString()).to.equal('2021-12-01T00:00:00.000Z');
    expect(end.toISOString()).to.equal('2022-01-01T00:00:00.000Z');
  });

  it('toInterval("2022-03-27") covers exactly that UTC day', () => {
    const { start, end } = toInterval('2022-03-27');
    expect(start.toISOString()).to.equal('2022-03-27T00:00:00.000Z');
    expect(end.toISOString()).to.equal('2022-03-28T00:00:00.000Z');
  });

  it('toInterval("2022-12-31") ends at the first instant of the next year', () => {
    expect(toInterval('2022-12-31').end.toISOString()).to.equal('2023-01-01T00:00:00.000Z');
  });

  it('toInterval("0050") covers the year 50, not 1950', () => {
    const { start, end } = toInterval('0050');
    expect(start.getUTCFullYear()).to.equal(50);
    expect(start.toISOString()).to.equal('0050-01-01T00:00:00.000Z');
    expect(end.toISOString()).to.equal('0051-01-01T00:00:00.000Z');
    expect(toInterval('0099-12').end.toISOString()).to.equal('0100-01-01T00:00:00.000Z');
  });

  it('toInterval takes a parsed PartialDate as well as a string', () => {
    const fromObject = toInterval({ year: 2021, month: 12, precision: 'month' });
    const fromString = toInterval('2021-12');
    expect(+fromObject.start).to.equal(+fromString.start);
    expect(+fromObject.end).to.equal(+fromString.end);
  });

  it('toInterval("2022-02-30") throws RangeError', () => {
    expect(() => toInterval('2022-02-30')).to.throw(RangeError);
  });

  it('toInterval(s) starts before it ends, and lasts a day, the days of its month, or 365/366 days', () => {
    fc.assert(
      fc.property(isoArb, (s) => {
        const d = parsePartialDate(s);
        const { start, end } = toInterval(s);
        expect(+start).to.be.lessThan(+end);
        expect(start.getUTCHours() + start.getUTCMinutes() + start.getUTCSeconds() + start.getUTCMilliseconds()).to.equal(0);
        expect(+start).to.equal(utc(d.year, d.month ?? 1, d.day ?? 1));
        const length = +end - +start;
        if (d.precision === 'day') expect(length).to.equal(DAY);
        else if (d.precision === 'month') expect(length).to.equal(oracleDays(d.year, d.month ?? 0) * DAY);
        else expect(length).to.equal((isLeap(d.year) ? 366 : 365) * DAY);
      }),
      { numRuns: 3000 },
    );
  });

  it("a day's interval lies inside its month's, which lies inside its year's", () => {
    fc.assert(
      fc.property(ymdArb, ({ year, month, day }) => {
        const dayI = toInterval(`${p4(year)}-${p2(month)}-${p2(day)}`);
        const monthI = toInterval(`${p4(year)}-${p2(month)}`);
        const yearI = toInterval(p4(year));
        expect(+dayI.start).to.be.at.least(+monthI.start);
        expect(+dayI.end).to.be.at.most(+monthI.end);
        expect(+monthI.start).to.be.at.least(+yearI.start);
        expect(+monthI.end).to.be.at.most(+yearI.end);
        if (day === 1) expect(+dayI.start).to.equal(+monthI.start);
        if (month === 12 && day === 31) expect(+dayI.end).to.equal(+yearI.end);
      }),
      { numRuns: 2000 },
    );
  });

  it('consecutive days, months and years have touching intervals (one ends where the next starts)', () => {
    fc.assert(
      fc.property(ymdArb, ({ year, month, day }) => {
        const thisDay = toInterval(`${p4(year)}-${p2(month)}-${p2(day)}`);
        const next = new Date(thisDay.end);
        if (next.getUTCFullYear() > 9999) return;
        const nextDay = toInterval(`${p4(next.getUTCFullYear())}-${p2(next.getUTCMonth() + 1)}-${p2(next.getUTCDate())}`);
        expect(+nextDay.start).to.equal(+thisDay.end);
      }),
      { numRuns: 1000 },
    );
  });

  it('orders day dates the same way as their strings', () => {
    const dayString = ymdArb.map(({ year, month, day }) => `${p4(year)}-${p2(month)}-${p2(day)}`);
    fc.assert(
      fc.property(dayString, dayString, (a, b) => {
        const ta = +toInterval(a).start;
        const tb = +toInterval(b).start;
        expect(Math.sign(ta - tb)).to.equal(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });
});
