import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { calendarParts, calendarTicks, DAY_MS, loadCalendarTicks, largerUnit, rescale, startsLargerUnit, tickUnitOf, timeScale, utcInstant, yearOf } from '../src/layout/chronology.js';

/** Any instant from year 0 to 9999, to the minute. */
const instantArb = fc.integer({ min: utcInstant(0) / 60_000, max: utcInstant(10_000) / 60_000 - 1 }).map((m) => m * 60_000);

describe('chronology', () => {
  before(() => loadCalendarTicks());

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

  it('rescale shows a zoom transform as d3-zoom\'s rescaleX does on a d3 scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utcInstant(0), max: utcInstant(10_000) }),
        fc.integer({ min: 60_000, max: 1e15 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, span, width, k, shift, at) => {
          // Windows of a minute or more, up to ten zoomed widths away, as zoom limits keep them.
          fc.pre(span / k >= 60_000);
          const t = zoomIdentity.translate(shift * k * width, 0).scale(k);
          const ours = rescale(timeScale([start, start + span], [0, width]), t);
          const d3 = t.rescaleX(scaleLinear().domain([start, start + span]).range([0, width]));
          const time = start + at * span;
          // Both compute in doubles, by different steps: equal to a thousandth of a pixel (a
          // hundred-millionth of how far off-screen a pixel is), and instants to the millisecond.
          // Far from 1970 an instant's last bits are a good part of a pixel at a minute's zoom:
          // a few units in the last place of `start`, in pixels, grown with the distance
          // off-screen, are allowed too.
          const msPerPx = span / k / width;
          const ulps = ((16 * Number.EPSILON * Math.abs(start)) / msPerPx) * (1 + Math.abs(d3(time)) / width);
          expect(ours(time)).to.be.closeTo(d3(time), 1e-3 + 1e-8 * Math.abs(d3(time)) + ulps);
          const instant = d3.invert(at * width);
          expect(ours.invert(at * width)).to.be.closeTo(instant, 1 + 1e-12 * Math.abs(instant));
        },
      ),
    );
  });

  it('timeScale maps its domain onto its range and ticks at calendar boundaries', () => {
    const s = timeScale([utcInstant(2020), utcInstant(2024)], [0, 400]);
    expect(s(utcInstant(2022))).to.be.closeTo(200, 0.5);
    expect((calendarTicks(s, 4) ?? []).map((t) => calendarParts(t))).to.deep.include({ year: 2021, month: 1, day: 1, hour: 0, minute: 0 });
  });
});
