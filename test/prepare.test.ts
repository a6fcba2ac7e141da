import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../src/dataset/types.js';
import { IdMap } from '../src/dataset/id-map.js';
import { validateEvents, validateEventsInSteps } from '../src/dataset/validate.js';
import { nearestShown, prepareTimeline, prepareTimelineInSteps, timeOrder } from '../src/layout/prepare.js';
import { runSteps as runToEnd } from '../src/dataset/steps.js';
import { categoryCodes } from '../src/layout/subset.js';

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
  it('prepareTimelineInSteps(events, ahead) orders events exactly as prepareTimeline(events), and finds every id', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const whole = prepareTimeline(events);
        const read = runToEnd(validateEventsInSteps(events));
        const { value: stepped } = finish(prepareTimelineInSteps(read.events, read.ahead));
        expect(stepped.events.map((p) => p.event.id)).to.deep.equal(whole.events.map((p) => p.event.id));
        expect(stepped.events.map((p) => [p.start, p.end, p.kind, p.precision])).to.deep.equal(whole.events.map((p) => [p.start, p.end, p.kind, p.precision]));
        expect([...stepped.shortStarts]).to.deep.equal([...whole.shortStarts]);
        expect(stepped.extent).to.deep.equal(whole.extent);
        for (const p of whole.events) expect(stepped.orderOf.get(p.event.id)).to.equal(p.order);
        expect(stepped.orderOf.has('missing')).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('timeOrder(starts, ends) sorts by start, then end, then position, as a comparison sort does, for whole days and any other instants', () => {
    const day = 86_400_000;
    const instant = fc.oneof(
      fc.integer({ min: -3, max: 3 }).map((d) => d * day),
      fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 }).map((d) => d * day),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      // Found by this property: a subnormal instant divides to day 0 without being midnight.
      fc.constantFrom(5e-324, -5e-324, 1e-300),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, instant), { maxLength: 200 }), (pairs) => {
        const starts = Float64Array.from(pairs, ([s]) => s);
        const ends = Float64Array.from(pairs, ([, e]) => e);
        const expected = pairs.map((_, i) => i).sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[a] ?? 0) - (ends[b] ?? 0) || a - b);
        expect([...runToEnd(timeOrder(starts, ends, pairs.length))]).to.deep.equal(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('prepareTimelineInSteps yields a share that only grows, from 0 to 1', () => {
    const events = Array.from({ length: 40_000 }, (_, i): TimelineEvent => ({ id: `e${String(i)}`, title: 'E', start: `20${String(10 + (i % 10))}-01-01` as TimelineEvent['start'] }));
    const { shares } = finish(prepareTimelineInSteps(events));
    expect(shares.length).to.be.greaterThan(5);
    for (let i = 1; i < shares.length; i++) expect(shares[i] ?? 0).to.be.at.least(shares[i - 1] ?? 0);
    expect(Math.min(...shares)).to.be.at.least(0);
    expect(Math.max(...shares)).to.be.at.most(1);
  });

  it('validateEventsInSteps returns what validateEvents returns, yielding on the way through a large list', () => {
    const list: unknown[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${String(i)}`, title: 'E', start: i % 97 === 0 ? 'never' : '2020-01-01' }));
    const { value: { events, issues, total }, shares } = finish(validateEventsInSteps(list));
    expect({ events, issues, total }).to.deep.equal(validateEvents(list));
    expect(shares.length).to.be.greaterThan(2);
  });
});

describe('IdMap', () => {
  it('answers as a Map would, for any ids set and looked up in any order, however many it was told to expect', () => {
    // Few distinct ids (a short alphabet), so that the same id is often set again.
    const id = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '𝄞', '0'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.integer()), { maxLength: 300 }), fc.array(id), fc.nat(400), (entries, lookups, expected) => {
        const ours = new IdMap<number>(expected);
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

  it('claim(id, v) gives the value an id already has and keeps it, or sets v and gives undefined: the first of equal ids wins', () => {
    const id = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '𝄞', '0'), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.integer()), { maxLength: 300 }), fc.nat(400), (entries, expected) => {
        const ours = new IdMap<number>(expected);
        const map = new Map<string, number>();
        for (const [id, v] of entries) {
          expect(ours.claim(id, v)).to.equal(map.get(id));
          if (!map.has(id)) map.set(id, v);
        }
        expect(ours.size).to.equal(map.size);
        for (const [id, v] of map) expect(ours.get(id)).to.equal(v);
      }),
    );
  });
});

describe('categoryCodes', () => {
  it("numbers each event's category by time-order position, one number per category as written, yielding on the way", () => {
    const category = fc.option(fc.constantFrom('military', 'Military', 'protest', 'x'), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 28 }), category), { maxLength: 60 }), (rows) => {
        const events = rows.map(([day, c], i): TimelineEvent => ({ id: `e${String(i)}`, title: 't', start: `2020-02-${String(day).padStart(2, '0')}` as TimelineEvent['start'], ...(c !== undefined && { category: c }) }));
        const all = prepareTimeline(events);
        const { codes, categories } = runToEnd(categoryCodes(all));
        expect(new Set(categories).size).to.equal(categories.length);
        expect(all.events.map((_, i) => categories[codes[i] ?? -1])).to.deep.equal(all.events.map((p) => p.event.category));
      }),
    );
    const many = prepareTimeline(Array.from({ length: 40_000 }, (_, i): TimelineEvent => ({ id: `e${String(i)}`, title: 't', start: '2020', category: i % 2 ? 'a' : 'b' })));
    const { value, shares } = finish(categoryCodes(many));
    expect(shares.length).to.be.greaterThan(1);
    expect(value.categories).to.deep.equal(['b', 'a']);
  });
});

describe('nearestShown(all, shown, id)', () => {
  it('is the first shown event after the hidden one in time order, ties of start included, else the last shown', () => {
    fc.assert(
      fc.property(eventsArb, fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }), fc.nat(), (events, keep, pick) => {
        if (events.length === 0) return;
        const all = prepareTimeline(events);
        const gone = all.events[pick % all.events.length];
        if (!gone) return;
        const shownEvents = all.events.filter((p, i) => p !== gone && keep[i]).map((p) => p.event);
        const shown = prepareTimeline(shownEvents);
        const ids = new Set(shownEvents.map((e) => e.id));
        const after = all.events.slice(gone.order + 1).find((p) => ids.has(p.event.id));
        const expected = shownEvents.length === 0 ? null : (after?.event.id ?? shown.events.at(-1)?.event.id ?? null);
        expect(nearestShown(all, shown, gone.event.id)).to.equal(expected);
      }),
    );
  });
});
