import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import type { TimelineEvent } from '../src/dataset/types.js';
import { labelLimits } from '../src/layout/label-room.js';
import { packVisible } from '../src/layout/pack.js';
import { prepareTimeline, type PreparedEvent } from '../src/layout/prepare.js';
import { revealTransform } from '../src/layout/reveal.js';
import { fitWindow, windowOf, zoomLimits } from '../src/layout/scale.js';

const DAY = 86_400_000;
const labelWidth = (p: PreparedEvent) => 6 * p.event.title.length + 20;

describe('revealTransform', () => {
  it('brings any event into view labelled, or zooms as close as allowed trying', () => {
    const eventArb = fc.record({
      day: fc.integer({ min: 0, max: 3650 }),
      length: fc.constantFrom(0, 0, 0, 30, 400),
      title: fc.string({ minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.integer({ min: 320, max: 1600 }),
        fc.integer({ min: 2, max: 8 }),
        (raw, pick, width, rows) => {
          const iso = (d: number) => new Date(Date.UTC(2015, 0, 1) + d * DAY).toISOString().slice(0, 10) as TimelineEvent['start'];
          const events: TimelineEvent[] = raw.map((r, i) => ({ id: `e${i}`, title: r.title, start: iso(r.day), ...(r.length > 0 && { end: iso(r.day + r.length) }) }));
          const timeline = prepareTimeline(events);
          const fit = fitWindow(timeline.extent, DAY, 0);
          const order = pick % timeline.events.length;
          const pack = { rows, labelWidth, ...labelLimits(width) };
          const t = revealTransform(timeline, order, { current: fit, fit, width, minSpan: DAY }, pack);
          if (!t) throw new Error('no transform');
          const w = windowOf(t, fit, width);
          const p = timeline.events[order];
          if (!p) throw new Error('no event');
          // The event is in view...
          expect(p.end).to.be.greaterThan(w.start);
          expect(p.start).to.be.lessThan(w.end);
          // ...and labelled there, unless this is the closest zoom allowed.
          const x = scaleUtc().domain([w.start, w.end]).range([0, width]);
          const labelled = packVisible(timeline, x, x(fit.start), { ...pack, width }).marks.some((m) => m.item.order === order);
          const closest = t.k >= zoomLimits(fit, DAY, width).scaleExtent[1] - 1e-9;
          expect(labelled || closest, `event ${String(order)} of ${String(events.length)}`).to.equal(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
