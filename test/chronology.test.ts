import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calendarParts, DAY_MS, largerUnit, startsLargerUnit, tickUnitOf, timeScale, utcInstant, yearOf } from '../src/layout/chronology.js';

/** Any instant from year 0 to 9999, to the minute. */
const instantArb = fc.integer({ min: utcInstant(0) / 60_000, max: utcInstant(10_000) / 60_000 - 1 }).map((m) => m * 60_000);

describe('chronology', () => {
  it('utcInstant(y, m, d) and calendarParts(t) are inverse for every day of years 0 to 9999', () => {
    fc.assert(
      fc.property(instantArb, (t) => {
        const day = Math.floor(t / DAY_MS) * DAY_MS;
        const p = calendarParts(day);
        expect(utcInstant(p.year, p.month - 1, p.day)).to.equal(day);
        expect(yearOf(t)).to.equal(p.year);
      }),
    );
  });

  it('utcInstant reads years below 100 as themselves, not as 19xx', () => {
    expect(yearOf(utcInstant(44))).to.equal(44);
    expect(calendarParts(utcInstant(99, 11, 31))).to.include({ year: 99, month: 12, day: 31 });
  });

  it('tickUnitOf(step) never gets finer as the step grows', () => {
    const order = ['minute', 'hour', 'day', 'month', 'year', 'decade'];
    fc.assert(
      fc.property(fc.double({ min: 1_000, max: 1e13, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), (a, f) => {
        expect(order.indexOf(tickUnitOf(a * f))).to.be.at.least(order.indexOf(tickUnitOf(a)));
      }),
    );
  });

  it('startsLargerUnit and largerUnit agree: an instant that starts a larger unit is the first of it', () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom('month' as const, 'day' as const), (t, unit) => {
        const day = Math.floor(t / DAY_MS) * DAY_MS;
        if (startsLargerUnit(unit, day)) expect(largerUnit(unit, day - DAY_MS)).to.not.equal(largerUnit(unit, day));
      }),
    );
  });

  it('timeScale maps its domain onto its range and ticks at calendar boundaries', () => {
    const s = timeScale([utcInstant(2020), utcInstant(2024)], [0, 400]);
    expect(s(utcInstant(2022))).to.be.closeTo(200, 0.5);
    expect(s.ticks(4).map((d) => calendarParts(+d))).to.deep.include({ year: 2021, month: 1, day: 1, hour: 0, minute: 0 });
  });
});
