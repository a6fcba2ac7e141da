import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../src/dataset/types.js';
import { IdMap } from '../src/dataset/id-map.js';
import { validateEvents, validateEventsInSteps } from '../src/dataset/validate.js';
import { prepareTimeline, prepareTimelineInSteps } from '../src/layout/prepare.js';

function finish<T>(steps: Generator<number, T, void>): { value: T; shares: number[] } {
  const shares: number[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, shares };
    shares.push(next.value);
  }
}

/** Events on a few days, so that many share a start (and the page's order must hold). */
const eventsArb = fc.array(
  fc.record({
    day: fc.integer({ min: 1, max: 4 }),
    month: fc.integer({ min: 1, max: 2 }),
    span: fc.boolean(),
  }),
  { maxLength: 120 },
).map((xs) =>
  xs.map(({ day, month, span }, i): TimelineEvent => ({
    id: `e${String(i)}`,
    title: `E${String(i)}`,
    start: `2020-0${String(month)}-0${String(day)}` as TimelineEvent['start'],
    ...(span && { end: '2020-03-01', kind: 'span' as const }),
  })),
);

describe('prepareTimelineInSteps and validateEventsInSteps', () => {
  it('prepareTimelineInSteps(events, true, run) orders events exactly as prepareTimeline, whatever the run length', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 1, max: 9 }), (events, run) => {
        const whole = prepareTimeline(events);
        const { value: stepped } = finish(prepareTimelineInSteps(events, true, run));
        expect(stepped.events.map((p) => p.event.id)).to.deep.equal(whole.events.map((p) => p.event.id));
        expect([...stepped.shortStarts]).to.deep.equal([...whole.shortStarts]);
        expect(stepped.extent).to.deep.equal(whole.extent);
      }),
      { numRuns: 300 },
    );
  });

  it('prepareTimelineInSteps yields a share that only grows, from 0 to 1', () => {
    const events = Array.from({ length: 40_000 }, (_, i): TimelineEvent => ({ id: `e${String(i)}`, title: 'E', start: `20${String(10 + (i % 10))}-01-01` as TimelineEvent['start'] }));
    const { shares } = finish(prepareTimelineInSteps(events, true, 1000));
    expect(shares.length).to.be.greaterThan(5);
    for (let i = 1; i < shares.length; i++) expect(shares[i] ?? 0).to.be.at.least(shares[i - 1] ?? 0);
    expect(Math.min(...shares)).to.be.at.least(0);
    expect(Math.max(...shares)).to.be.at.most(1);
  });

  it('validateEventsInSteps returns what validateEvents returns, yielding on the way through a large list', () => {
    const list: unknown[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${String(i)}`, title: 'E', start: i % 97 === 0 ? 'never' : '2020-01-01' }));
    const { value, shares } = finish(validateEventsInSteps(list));
    expect(value).to.deep.equal(validateEvents(list));
    expect(shares.length).to.be.greaterThan(2);
  });
});

describe('IdMap', () => {
  it('answers as a Map would, for any ids set and looked up in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.integer())), fc.array(fc.string({ maxLength: 12 })), (entries, lookups) => {
        const ours = new IdMap<number>();
        const map = new Map<string, number>();
        for (const [id, v] of entries) {
          ours.set(id, v);
          map.set(id, v);
        }
        expect(ours.size).to.equal(map.size);
        for (const id of [...lookups, ...entries.map(([id]) => id)]) {
          expect(ours.get(id)).to.equal(map.get(id));
          expect(ours.has(id)).to.equal(map.has(id));
        }
      }),
    );
  });
});
