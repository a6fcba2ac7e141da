import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../src/dataset/types.js';
import { indexInLane, nearestInLane } from '../src/layout/lane-order.js';
import { FITTED_LANES, keyRows, packLanes, shareRows, stackLanes } from '../src/layout/lane-stack.js';
import { groupLanes, LANE_STRIP, laneDensity, laneField, laneTimelines, type GroupBy } from '../src/layout/lanes.js';
import type { PreparedTimeline } from '../src/layout/prepare.js';
import { prepareTimeline } from '../src/layout/prepare.js';
import { rowGeometry } from '../src/layout/rows.js';
import { timeScale } from '../src/layout/chronology.js';

/** One lane's timeline. */
const laneTimeline = (all: PreparedTimeline, orders: readonly number[]) => laneTimelines(all, [orders])[0] as PreparedTimeline;
const at = (events: TimelineEvent[]) => events.map((event, order) => ({ event, order }));
const e = (id: string, fields: Record<string, unknown> = {}): TimelineEvent => ({ id, title: id, start: '2020', ...fields });
const names: Record<string, string> = { ML: 'Mali', BF: 'Burkina Faso', RU: 'Russia' };
const label = (v: string) => names[v] ?? v;
const group = (events: TimelineEvent[], by: GroupBy, specs?: { id: string; label?: string; collapsed?: boolean }[]) => groupLanes(at(events), by, specs, label, 'Other');

describe('groupLanes', () => {
  it('groupLanes(events, "country") puts an event with two countries in both lanes, named, in order of first event, "Other" last', () => {
    const { lanes, problems } = group([e('a', { countries: ['ML'] }), e('b'), e('c', { countries: ['BF', 'ML'] }), e('d', { countries: ['RU'] })], 'country');
    expect(lanes.map((l) => [l.label, l.orders])).to.deep.equal([
      ['Mali', [0, 2]],
      ['Burkina Faso', [2]],
      ['Russia', [3]],
      ['Other', [1]],
    ]);
    expect(lanes.at(-1)?.other).to.equal(true);
    expect(problems).to.deep.equal([]);
  });

  it("groupLanes(events, field) reads the page's own fields, and numbers as text", () => {
    const { lanes } = group([e('a', { desk: 'Politics' }), e('b', { desk: 'Sport' }), e('c', { desk: 2020 }), e('d', { desk: 'Politics' })], 'desk');
    expect(lanes.map((l) => [l.id, l.orders])).to.deep.equal([
      ['Politics', [0, 3]],
      ['Sport', [1]],
      ['2020', [2]],
    ]);
  });

  it('groupLanes(events, a field no event has) gives one lane, "Other", and no problem', () => {
    const { lanes, problems } = group([e('a'), e('b')], 'nothing');
    expect(lanes.map((l) => [l.label, l.orders, l.other])).to.deep.equal([['Other', [0, 1], true]]);
    expect(problems).to.deep.equal([]);
  });

  it('a groupBy function that throws or gives something else sends that event to "Other" and says why', () => {
    const by = (event: TimelineEvent) => {
      if (event.id === 'boom') throw new Error('no desk');
      if (event.id === 'obj') return { x: 1 } as unknown as string;
      return event.id === 'none' ? undefined : 'Desk';
    };
    const { lanes, problems } = group([e('ok'), e('boom'), e('obj'), e('none')], by);
    expect(lanes.map((l) => [l.label, l.orders])).to.deep.equal([
      ['Desk', [0]],
      ['Other', [1, 2, 3]],
    ]);
    expect(problems.map((p) => p.id)).to.deep.equal(['boom', 'obj']);
    expect(problems[0]?.reason).to.contain('no desk');
  });

  it('lanes given first, in their order, with their labels and collapsed state, even when empty', () => {
    const { lanes } = group([e('a', { countries: ['ML'] }), e('b', { countries: ['BF'] })], 'country', [
      { id: 'BF', label: 'Burkina', collapsed: true },
      { id: 'FR' },
    ]);
    expect(lanes.map((l) => [l.id, l.label, l.collapsed, l.orders])).to.deep.equal([
      ['BF', 'Burkina', true, [1]],
      ['FR', 'FR', false, []],
      ['ML', 'Mali', false, [0]],
    ]);
  });

  it('laneField reads "country" and "actor" as the fields that hold them', () => {
    expect([laneField('country'), laneField('actor'), laneField('category'), laneField('desk')]).to.deep.equal(['countries', 'actors', 'category', 'desk']);
  });

  it('every event is in the lanes of its distinct values, or in "Other" alone; lanes list events in time order (property)', () => {
    const value = fc.constantFrom('A', 'B', 'C', ' ', '');
    const arb = fc.array(fc.option(fc.array(value, { maxLength: 3 }), { nil: undefined }), { maxLength: 40 });
    fc.assert(
      fc.property(arb, (valuesOf) => {
        const events = valuesOf.map((v, i) => e(`e${String(i)}`, v === undefined ? {} : { tags: v }));
        const { lanes } = group(events, 'tags');
        valuesOf.forEach((v, i) => {
          const wanted = [...new Set((v ?? []).map((x) => x.trim()).filter((x) => x !== ''))];
          const inLanes = lanes.filter((l) => l.orders.includes(i)).map((l) => (l.other ? '' : l.id));
          expect(inLanes.sort()).to.deep.equal(wanted.length ? wanted.sort() : ['']);
        });
        for (const l of lanes) expect([...l.orders]).to.deep.equal([...l.orders].sort((a, b) => a - b));
        expect(lanes.filter((l) => l.other).length).to.be.at.most(1);
        if (lanes.some((l) => l.other)) expect(lanes.at(-1)?.other).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

/** Days from 2020-01-01 as partial dates. */
const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10) as TimelineEvent['start'];

describe('lane timelines', () => {
  it('laneTimeline(all, orders) keeps the events and their positions; indexInLane finds each, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(400), { minLength: 1, maxLength: 60 }), fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (days, picks) => {
        const all = prepareTimeline(days.map((d, i) => ({ id: `e${String(i)}`, title: 't', start: day(d) })));
        const orders = all.events.map((p) => p.order).filter((o) => picks[o] === true);
        const lane = laneTimeline(all, orders);
        expect(lane.events.map((p) => p.order)).to.deep.equal(orders);
        expect(lane.events.every((p) => all.events[p.order] === p)).to.equal(true);
        expect(lane.short.length + lane.long.length).to.equal(orders.length);
        for (const p of all.events) expect(indexInLane(lane, p.order) >= 0).to.equal(orders.includes(p.order));
      }),
      { numRuns: 200 },
    );
  });

  it('laneTimelines(all, lanes) gives each lane its own events, in time order, an event in two lanes in both (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.nat(400), long: fc.boolean() }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), { maxLength: 5 }),
        (events, picks) => {
          const all = prepareTimeline(events.map(({ day: d, long }, i) => ({ id: `e${String(i)}`, title: 't', start: day(d), ...(long && { end: day(d + 3) }) })));
          const lanes = picks.map((pick) => all.events.map((p) => p.order).filter((o) => pick[o] === true));
          const timelines = laneTimelines(all, lanes);
          expect(timelines.length).to.equal(lanes.length);
          for (const [i, lane] of timelines.entries()) {
            const orders = lanes[i] ?? [];
            expect(lane.events.map((p) => p.order)).to.deep.equal(orders);
            expect(lane.events.every((p) => all.events[p.order] === p)).to.equal(true);
            const short = lane.events.filter((p) => p.end - p.start <= 86_400_000);
            expect(lane.short).to.deep.equal(short);
            expect(lane.long).to.deep.equal(lane.events.filter((p) => !short.includes(p)));
            expect([...lane.shortStarts]).to.deep.equal(short.map((p) => p.start));
            expect(lane.orderOf).to.equal(all.orderOf);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('nearestInLane(lane, t) is an event starting nearest to t (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(400), { minLength: 1, maxLength: 40 }), fc.nat(420), (days, t) => {
        const all = prepareTimeline(days.map((d, i) => ({ id: `e${String(i)}`, title: 't', start: day(d) })));
        const lane = laneTimeline(all, all.events.map((p) => p.order));
        const time = Date.UTC(2020, 0, 1 + t);
        const best = Math.min(...all.events.map((p) => Math.abs(p.start - time)));
        expect(Math.abs((nearestInLane(lane, time)?.start ?? NaN) - time)).to.equal(best);
      }),
      { numRuns: 200 },
    );
  });

  it('laneDensity counts every event starting in the view once, in its column', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(365), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 200 }), (days, bins) => {
        const all = prepareTimeline(days.map((d, i) => ({ id: `e${String(i)}`, title: 't', start: day(d) })));
        const lane = laneTimeline(all, all.events.map((p) => p.order));
        const x = timeScale([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], [0, 800]);
        const counts = laneDensity(lane, x, 800, bins);
        expect(counts.reduce((a, b) => a + b, 0)).to.equal(days.length);
      }),
      { numRuns: 200 },
    );
  });

  it('packLanes makes each of a few lanes as tall as what it shows needs, and a lane with nothing in view its header alone', () => {
    // Lane 0: three events on one day (three rows); lane 1: one event; lane 2: one, out of the window.
    const all = prepareTimeline([
      { id: 'a', title: 'A', start: '2020-03-01' },
      { id: 'b', title: 'B', start: '2020-03-01' },
      { id: 'c', title: 'C', start: '2020-03-01' },
      { id: 'd', title: 'D', start: '2020-06-01' },
      { id: 'e', title: 'E', start: '2024-01-01' },
    ]);
    const lanes = [['a', 'b', 'c'], ['d'], ['e']].map((ids) => ({
      collapsed: false,
      timeline: laneTimeline(all, ids.map((id) => all.orderOf.get(id) ?? -1)),
    }));
    const x = timeScale([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], [0, 1000]);
    const view = { x, origin: 0, viewport: 800, rows: rowGeometry(800, 34, false), clusterStrip: 34, pack: { width: 1000, labelWidth: () => 120 }, pinned: [] };
    const laid = packLanes(lanes, { ...view, scrollTop: 0 });
    expect(laid.laneRows).to.deep.equal([3, 1, -1]);
    const bodies = laid.boxes.map((b) => b.bottom - b.bodyTop);
    expect(bodies).to.deep.equal([34 + 3 * 34 + 4, 34 + 34 + 4, 0]);
    expect(laid.height).to.equal(stackLanes(3, (i) => bodies[i] ?? 0).height);
  });

  it('shareRows gives each lane what it needs up to a common cap, and the rows left over to lanes that need more', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 12 }), { minLength: 1, maxLength: 24 }), fc.nat(80), fc.array(fc.nat(8)), (need, room, keep) => {
        const rows = shareRows(need, room, keep);
        const used = rows.reduce((sum, r) => sum + Math.max(0, r), 0);
        const wanted = need.reduce((sum, n) => sum + Math.max(0, n), 0);
        for (const [i, r] of rows.entries()) {
          const n = need[i] ?? 0;
          expect(n < 0 ? r === n : r >= Math.min(1, n) && r <= n, `lane ${String(i)}: ${String(r)} of ${String(n)}`).to.equal(true);
        }
        // The room is filled as far as the lanes need it (a stack that scrolls anyway may use more).
        if (used <= room) expect(used).to.equal(Math.min(room, wanted));
        // No lane two rows short of another's while room was left for it.
        const capped = rows.filter((r, i) => r >= 0 && r < (need[i] ?? 0));
        if (used <= room && capped.length > 0) expect(Math.max(...rows) - Math.min(...capped)).to.be.at.most(1);
        // A stack that scrolls anyway: two rows each, or those that label a lane's key events.
        if (used > room) for (const [i, r] of rows.entries()) if (r >= 0) expect(r).to.equal(Math.min(need[i] ?? 0, Math.max(2, keep[i] ?? 0)));
      }),
      { numRuns: 500 },
    );
    // The space race on a phone, in a plot of fixed height: 7 rows for two lanes of 10.
    expect(shareRows([10, 10], 7)).to.deep.equal([4, 3]);
    // The demo by country on a phone, whose nine lanes scroll in any case: Mali keeps the
    // three rows that label its most important events, the others two.
    expect(shareRows([8, 4, 3, 1, -1, 2, 1, 1, 2], -2, [3, 1, 2, 0, 0, 0, 0, 0, 0])).to.deep.equal([3, 2, 2, 1, -1, 2, 1, 1, 2]);
    expect(shareRows([8, 4], -2)).to.deep.equal([2, 2]);
  });

  it('keyRows counts the rows down to the lowest labelled event of the highest importance', () => {
    const mark = (importance: number | undefined, row: number, labelWidth = 80) => ({ item: { event: { importance } }, row, labelWidth });
    const packed = (...marks: ReturnType<typeof mark>[]) => ({ marks, clusters: [] }) as unknown as Parameters<typeof keyRows>[0];
    expect(keyRows(packed(mark(2, 0), mark(1, 4), mark(2, 2), mark(2, 5, 0), mark(2, -1), mark(undefined, 6)))).to.equal(3);
    expect(keyRows(packed(mark(undefined, 3), mark(0, 1)))).to.equal(0);
    expect(keyRows(undefined)).to.equal(0);
  });

  it('packLanes gives many lanes the same rows, packs only those in view, and scrolls within the stack', () => {
    const n = FITTED_LANES + 6;
    const all = prepareTimeline(Array.from({ length: 4 * n }, (_, i) => ({ id: `e${String(i)}`, title: `Event ${String(i)}`, start: day(i * 3) })));
    const lanes = Array.from({ length: n }, (_, k) => ({
      collapsed: k === 1,
      timeline: laneTimeline(all, all.events.map((p) => p.order).filter((o) => o % n === k)),
    }));
    const x = timeScale([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], [0, 1000]);
    const view = { x, origin: 0, viewport: 300, rows: rowGeometry(600, 34, false), clusterStrip: 34, pack: { width: 1000, labelWidth: () => 120 }, pinned: [] };
    const top = packLanes(lanes, { ...view, scrollTop: 0 });
    expect(new Set(top.laneRows.filter((r) => r >= 0))).to.deep.equal(new Set([2]));
    expect([...top.packed.keys()]).to.deep.equal([0, 2]);
    expect([...top.density.keys()]).to.deep.equal([1]);
    expect(top.height).to.equal(stackLanes(n, (i) => (i === 1 ? LANE_STRIP : 34 + 2 * 34 + 4)).height);
    const far = packLanes(lanes, { ...view, scrollTop: 1e6 });
    expect(far.scrollTop).to.equal(far.height - 300);
    expect([...far.packed.keys()].every((i) => i >= n - 3)).to.equal(true);
    for (const [i, packed] of top.packed) for (const m of packed.marks) expect(m.item.order % n).to.equal(i);
  });
});
