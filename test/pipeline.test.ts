import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../src/dataset/types.js';
import { runSteps } from '../src/dataset/steps.js';
import { tallyCategories } from '../src/dataset/tally.js';
import { prepareEras, eraBands } from '../src/layout/eras.js';
import { packLanes } from '../src/layout/lane-stack.js';
import { groupLanes } from '../src/layout/lanes.js';
import { lanesAmong } from '../src/layout/lanes-shown.js';
import { rowGeometry } from '../src/layout/rows.js';
import { MemorySource } from '../src/layout/event-source.js';
import type { PreparedTimeline } from '../src/layout/prepare.js';
import { categoryCodes } from '../src/layout/subset.js';
import { filterEvents, inLanguage, intake, lanesShown, layOutView, nameCategories, prepare, showEvents, timeEras, viewWindow, type LayoutInput, type ShownRequest } from '../src/pipeline.js';
import type { CategoryTable } from '../src/render/glyphs.js';
import { en } from '../src/strings.js';

const DAY = 86_400_000;
const CATEGORIES = ['military', 'diplomacy', 'protest', undefined] as const;

/** Events on days of 2020, some invalid (no title), some with a French title. */
const givenArb = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 365 }),
    span: fc.integer({ min: 0, max: 3 }),
    category: fc.constantFrom(...CATEGORIES),
    french: fc.boolean(),
    valid: fc.boolean(),
  }),
  { maxLength: 60 },
).map((rows) =>
  rows.map((r, i): unknown => {
    const start = new Date(Date.UTC(2020, 0, 1) + r.day * DAY).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2020, 0, 1) + (r.day + r.span) * DAY).toISOString().slice(0, 10);
    return {
      id: `e${String(i)}`,
      ...(r.valid && { title: `Event ${String(i)}` }),
      start,
      ...(r.span > 0 && { end }),
      ...(r.category && { category: r.category }),
      ...(r.french && { translations: { fr: { title: `Évènement ${String(i)}` } } }),
    };
  }),
);

/** Stages 1 and 2: the events checked, in `language`, prepared, their categories named. */
function throughLanguage(given: unknown[], language = 'fr') {
  const checked = intake(given);
  const events = inLanguage(checked.events, language);
  const all = prepare(events, checked.ahead);
  const categories = nameCategories(runSteps(tallyCategories(checked.events)), [], en);
  return { checked, events, all, ...categories };
}

/** Stage 3's source: the in-memory index of `all`. */
const memory = (all: PreparedTimeline, looks: CategoryTable) =>
  new MemorySource({ all, looks, search: () => undefined, codes: () => runSteps(categoryCodes(all)), laneTimelines: () => lanesAmong });

describe('pipeline.ts: the stages one after another', () => {
  it('intake(given) keeps the valid events and reports the others; inLanguage then prepare give each one, in time order, in the reader\'s language', () => {
    fc.assert(
      fc.property(givenArb, (given) => {
        const { checked, all } = throughLanguage(given);
        const valid = given.filter((g) => typeof (g as { title?: string }).title === 'string');
        expect(checked.events.map((e) => e.id)).to.deep.equal(valid.map((g) => (g as TimelineEvent).id));
        expect(checked.issues.length).to.be.at.least(given.length - valid.length);
        expect(all.events.length).to.equal(valid.length);
        const starts = all.events.map((p) => p.start);
        for (let i = 1; i < starts.length; i++) expect(starts[i]).to.be.at.least(starts[i - 1] as number);
        for (const p of all.events) {
          const french = (p.event.translations as { fr?: { title: string } } | undefined)?.fr?.title;
          if (french) expect(p.event.title).to.equal(french);
          expect(all.orderOf.get(p.event.id)).to.equal(p.order);
        }
      }),
    );
  });

  it('nameCategories(tally) counts each category present once, by its id', () => {
    const { counts, looks } = throughLanguage([
      { id: 'a', title: 'A', start: '2020', category: 'military' },
      { id: 'b', title: 'B', start: '2021', category: 'military' },
      { id: 'c', title: 'C', start: '2022', category: 'protest' },
    ]);
    expect([...counts]).to.deep.equal([['military', 2], ['protest', 1]]);
    expect(looks.look('military').id).to.equal('military');
  });

  it('showEvents(source, request) reads from the in-memory source what filterEvents(all, spec) keeps', () => {
    fc.assert(
      fc.property(givenArb, fc.subarray(['military', 'diplomacy', 'protest']), (given, hidden) => {
        const { all, looks } = throughLanguage(given, 'en');
        const read = showEvents(memory(all, looks), { hidden: new Set(hidden), query: '' });
        const direct = filterEvents(all, { hidden: new Set(hidden), looks, codes: () => runSteps(categoryCodes(all)) });
        expect(read.shown.events.map((p) => p.event)).to.deep.equal(direct.shown.events.map((p) => p.event));
      }),
    );
  });

  it('filterEvents(all, spec) keeps, in order, exactly the events the search matched, the page\'s filter passes and the legend shows; the extent stays the whole data\'s', () => {
    const spec = fc.record({
      hidden: fc.subarray(['military', 'diplomacy', 'protest']),
      odd: fc.boolean(),
      query: fc.option(fc.integer({ min: 0, max: 9 })),
    });
    fc.assert(
      fc.property(givenArb, spec, (given, { hidden, odd, query }) => {
        const { all, looks } = throughLanguage(given, 'en');
        // A stand-in for the search index: the events whose id holds the digit.
        const matches = query === null ? undefined : all.events.filter((p) => p.event.id.includes(String(query))).map((p) => p.order);
        const filter = odd ? (e: TimelineEvent) => Number(e.id.slice(1)) % 2 === 1 : undefined;
        const { shown, counts } = filterEvents(all, { matches, hidden: new Set(hidden), filter, looks, codes: () => runSteps(categoryCodes(all)) });
        const expected = all.events.filter(
          (p) => (matches === undefined || matches.includes(p.order)) && (!filter || filter(p.event)) && !hidden.includes(looks.look(p.event.category).id ?? ''),
        );
        expect(shown.events.map((p) => p.event.id)).to.deep.equal(expected.map((p) => p.event.id));
        expect(shown.events.map((p) => p.order)).to.deep.equal(expected.map((_, i) => i));
        expect(shown.extent).to.deep.equal(all.extent);
        if (counts) {
          const left = all.events.filter((p) => (matches === undefined || matches.includes(p.order)) && (!filter || filter(p.event)));
          const total = [...counts.values()].reduce((a, b) => a + b, 0);
          expect(total).to.equal(left.filter((p) => looks.look(p.event.category).id !== undefined).length);
        }
      }),
    );
  });

  it('lanesShown(grouped, all, shown) gives each lane its events among those shown, at their positions there', () => {
    fc.assert(
      fc.property(givenArb, fc.subarray(['military', 'diplomacy', 'protest']), (given, hidden) => {
        const { all, looks } = throughLanguage(given, 'en');
        const source = memory(all, looks);
        const request: ShownRequest = { hidden: new Set(hidden), query: '' };
        const { shown } = showEvents(source, request);
        const { lanes: grouped } = groupLanes(all.events, 'category', undefined, (v) => v, 'Other');
        const lanes = lanesShown(source, request, grouped, (l) => l.collapsed);
        expect(lanes.map((l) => l.id)).to.deep.equal(grouped.map((l) => l.id));
        for (const [i, lane] of lanes.entries()) {
          const ids = (grouped[i]?.orders ?? []).map((o) => all.events[o]?.event.id).filter((id) => id !== undefined && shown.orderOf.has(id));
          expect(lane.timeline.events.map((p) => p.event.id)).to.deep.equal(ids);
          for (const p of lane.timeline.events) expect(shown.events[p.order]?.event).to.equal(p.event);
        }
      }),
    );
  });

  it('timeEras(given) checks the eras, shows them in the reader\'s language and times them', () => {
    const { list, shown, issues } = timeEras(
      [{ id: 'x', title: 'War', start: '2020', end: '2021', translations: { fr: { title: 'Guerre' } } }, { id: 'bad', start: 'never' }],
      'fr',
      undefined,
    );
    expect(list.map((e) => e.era.title)).to.deep.equal(['Guerre']);
    expect(shown).to.equal(1);
    expect(issues.length).to.be.greaterThan(0);
  });

  it('viewWindow(fitted, transform, width) shows the window the transform names, from pixel 0 to the width', () => {
    const fitted = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) };
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1000, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (k, x, width) => {
          const { window, x: scale, origin } = viewWindow(fitted, { k, x }, width);
          const span = window.end - window.start;
          expect(Math.abs(scale(window.start))).to.be.lessThan(1e-6 * width + 1e-6);
          expect(Math.abs(scale(window.end) - width)).to.be.lessThan(1e-6 * width + 1e-6);
          expect(span).to.be.closeTo((fitted.end - fitted.start) / k, (fitted.end - fitted.start) * 1e-9);
          expect(origin).to.equal(scale(fitted.start));
        },
      ),
    );
    expect(viewWindow(fitted, { k: 1, x: 0 }, 800).window).to.deep.equal(fitted);
  });

  it('layOutView(window, input) draws only events shown in view; with lanes, each lane in view is packed and the flat marks are empty', () => {
    fc.assert(
      fc.property(givenArb, fc.integer({ min: 200, max: 1200 }), fc.boolean(), (given, width, grouped) => {
        const { all, looks } = throughLanguage(given, 'en');
        const source = memory(all, looks);
        const request: ShownRequest = { hidden: new Set(['protest']), query: '' };
        const { shown } = showEvents(source, request);
        const view = viewWindow({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) }, { k: 2, x: -width / 2 }, width);
        const lanes = grouped ? lanesShown(source, request, groupLanes(all.events, 'category', undefined, (v) => v, 'Other').lanes, (l) => l.id === 'military') : undefined;
        const input: LayoutInput = {
          shown,
          width,
          rows: rowGeometry(300, 34, false),
          labels: { labelWidth: (p) => 6 * p.event.title.length + 20 },
          pinned: [],
          axis: { language: 'en', words: en, labelWidth: (label) => label.length * 7 },
          eras: (x, w) => eraBands(prepareEras([{ id: 'e', title: 'Era', start: '2020-03', end: '2020-09' }], undefined), x, w, (t) => t.length * 7),
          lanes: lanes && { list: lanes, pack: packLanes, view: { viewport: 250, scrollTop: 0, clusterStrip: 34 }, source, request },
        };
        const laid = layOutView(view, input);
        for (const t of laid.ticks) expect(t.x).to.be.within(-1, width + 1);
        const inView = (p: { start: number; end: number }) => p.end > view.window.start && p.start < view.window.end;
        const drawn = grouped ? [...(laid.lanes?.packed.values() ?? [])].flatMap((r) => r.marks) : laid.marks.marks;
        if (grouped) expect(laid.marks.marks).to.deep.equal([]);
        for (const m of drawn) {
          expect(shown.orderOf.get(m.item.event.id)).to.equal(m.item.order);
          expect(inView(m.item)).to.equal(true);
        }
        // Without the lanes chunk's packing the plot stays empty.
        const view0 = { viewport: 250, scrollTop: 0, clusterStrip: 34 };
        const waiting = layOutView(view, { ...input, lanes: { list: lanes ?? [], pack: undefined, view: view0, source, request } });
        expect([waiting.lanes, waiting.marks.marks.length]).to.deep.equal([undefined, 0]);
      }),
      { numRuns: 40 },
    );
  });
});
