import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../src/dataset/types.js';
import { runSteps } from '../src/dataset/steps.js';
import { timeScale } from '../src/layout/chronology.js';
import { binStarts, MemorySource, type EventRequest } from '../src/layout/event-source.js';
import { laneDensity } from '../src/layout/lanes.js';
import { lanesAmong } from '../src/layout/lanes-shown.js';
import { countInWindow, prepareTimeline, type PreparedTimeline } from '../src/layout/prepare.js';
import { categoryCodes, filterEvents } from '../src/layout/subset.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
const looks = { look: (c: string | undefined) => ({ id: c }) };

const eventsArb = fc.array(
  fc.record({ day: fc.integer({ min: 0, max: 400 }), long: fc.boolean(), category: fc.constantFrom('a', 'b', 'c') }),
  { maxLength: 80 },
).map((rows) =>
  prepareTimeline(
    rows.map((r, i): TimelineEvent => ({
      id: `e${String(i)}`,
      title: `E${String(i)}`,
      start: new Date(T0 + r.day * DAY).toISOString().slice(0, 10) as TimelineEvent['start'],
      ...(r.long && { end: new Date(T0 + (r.day + 20) * DAY).toISOString().slice(0, 10) as TimelineEvent['start'] }),
      category: r.category,
    })),
  ),
);

/** The in-memory source of `all`; its search finds the events whose id ends with the query. */
const source = (all: PreparedTimeline) =>
  new MemorySource({
    all,
    looks,
    search: (q) => all.events.filter((p) => p.event.id.endsWith(q)).map((p) => p.order),
    codes: () => runSteps(categoryCodes(all)),
    laneTimelines: () => lanesAmong,
  });

const EVERY: EventRequest = { window: { start: -Infinity, end: Infinity }, width: 0, hidden: new Set(), query: '' };

describe('MemorySource: the in-memory index as the events\' source', () => {
  it('read(request) answers with the events filterEvents keeps, the search\'s among them', () => {
    fc.assert(
      fc.property(eventsArb, fc.subarray(['a', 'b', 'c']), fc.constantFrom('', '1', '7'), (all, hidden, query) => {
        const answer = source(all).read({ ...EVERY, hidden: new Set(hidden), query });
        const matches = query === '' ? undefined : all.events.filter((p) => p.event.id.endsWith(query)).map((p) => p.order);
        const expected = filterEvents(all, { matches, hidden: new Set(hidden), looks, codes: () => runSteps(categoryCodes(all)) });
        expect(answer.kind).to.equal('events');
        if (answer.kind !== 'events') return;
        expect(answer.events.events.map((p) => p.event.id)).to.deep.equal(expected.shown.events.map((p) => p.event.id));
        expect(answer.counts).to.deep.equal(expected.counts);
      }),
    );
  });

  it('read(request) with no filter, search or hidden category answers with every event, the index itself', () => {
    fc.assert(
      fc.property(eventsArb, (all) => {
        const answer = source(all).read(EVERY);
        expect(answer.kind === 'events' && answer.events).to.equal(all);
      }),
    );
  });

  it('read({ lanes }) gives each lane its events among those shown, at their positions there', () => {
    fc.assert(
      fc.property(eventsArb, fc.subarray(['a', 'b', 'c']), (all, hidden) => {
        const lanes = ['a', 'b', 'c'].map((c) => all.events.filter((p) => p.event.category === c).map((p) => p.order));
        const answer = source(all).read({ ...EVERY, hidden: new Set(hidden), lanes });
        if (answer.kind !== 'events') throw new Error('events expected');
        for (const [i, lane] of (answer.lanes ?? []).entries()) {
          const c = ['a', 'b', 'c'][i] as string;
          const expected = hidden.includes(c) ? [] : answer.events.events.filter((p) => p.event.category === c);
          expect(lane.events.map((p) => p.event.id)).to.deep.equal(expected.map((p) => p.event.id));
          for (const p of lane.events) expect(answer.events.events[p.order]?.event).to.equal(p.event);
        }
      }),
    );
  });

  it('read({ dense }) answers with counts per bin once the window holds more events than `most`, else with the events', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 50 }), (all, most, bins) => {
        const window = { start: T0 + 30 * DAY, end: T0 + 200 * DAY };
        const answer = source(all).read({ ...EVERY, window, width: 400, dense: { most, bins } });
        const inWindow = countInWindow(all, window.start, window.end);
        expect(answer.kind).to.equal(inWindow > most ? 'bins' : 'events');
        if (answer.kind !== 'bins') return;
        const counts = answer.bins[0] as Uint32Array;
        expect(counts.length).to.equal(bins);
        const starting = all.events.filter((p) => p.start >= window.start && p.start < window.end).length;
        expect(counts.reduce((a, b) => a + b, 0)).to.equal(starting);
      }),
    );
  });

  it('binStarts(timeline, window, bins) counts as laneDensity does over the same window drawn across the same width', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 1, max: 200 }), (all, bins) => {
        const window = { start: T0 + 10 * DAY, end: T0 + 300 * DAY };
        const x = timeScale([window.start, window.end], [0, bins * 4]);
        expect([...binStarts(all, window, bins)]).to.deep.equal([...laneDensity(all, x, bins * 4, bins)]);
      }),
    );
  });

  it('read(request) filters once for the same question: a lane and a density strip reuse what the events shown were read with', () => {
    const all = prepareTimeline([{ id: 'x', title: 'X', start: '2020-02-01', category: 'a' }]);
    let searched = 0;
    const search = () => {
      searched++;
      return [0];
    };
    const s = new MemorySource({ all, looks, search, codes: () => runSteps(categoryCodes(all)), laneTimelines: () => lanesAmong });
    const hidden = new Set<string>();
    const first = s.read({ ...EVERY, query: 'x', hidden });
    const again = s.read({ ...EVERY, query: 'x', hidden, lanes: [[0]] });
    expect(searched).to.equal(1);
    expect(first.kind === 'events' && again.kind === 'events' && first.events === again.events).to.equal(true);
  });
});
