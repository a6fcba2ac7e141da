import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../src/dataset/types.js';
import { groupLanes, laneField, type GroupBy } from '../src/layout/lanes.js';

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
