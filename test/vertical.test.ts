/**
 * packVertical (issue #32's vertical layout): labels beside a vertical axis never overlap on
 * a side and sit at their mark or a little below it; every event in view is drawn or counted
 * in one cluster, spans always drawn; the selected event always labelled; a million events cost
 * what the plot's length holds.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import type { TimelineEvent } from '../src/dataset/types.js';
import { prepareTimeline, type PreparedTimeline } from '../src/layout/prepare.js';
import { dodge, packVertical, type VerticalOptions, type VerticalResult } from '../src/layout/vertical.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
const EPS = 1e-6;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10) as TimelineEvent['start'];

/** Events on days `days` after 2020-01-01, and spans of `spans[i]` days from `spanDays[i]`. */
function timeline(days: readonly number[], spans: readonly (readonly [number, number])[] = []): PreparedTimeline {
  const events: TimelineEvent[] = [
    ...days.map((d, i) => ({ id: `p${String(i)}`, title: `Point ${String(i)}`, start: iso(T0 + d * DAY) })),
    ...spans.map(([d, n], i) => ({ id: `s${String(i)}`, title: `Span ${String(i)}`, start: iso(T0 + d * DAY), end: iso(T0 + (d + n) * DAY) })),
  ];
  return prepareTimeline(events);
}

/** The view: `days` days from 2020-01-01 down a plot `length` px long. */
const scale = (days: number, length: number) => scaleUtc().domain([T0, T0 + days * DAY]).range([0, length]);

function check(tl: PreparedTimeline, days: number, options: VerticalOptions): VerticalResult {
  const y = scale(days, options.length);
  const result = packVertical(tl, y, options);
  const { labelHeight } = options;
  const gap = options.gap ?? 4;
  const slack = options.slack ?? 2 * labelHeight;
  const pinned = new Set(options.pinned);
  // No two labels on a side overlap.
  for (const side of [0, 1]) {
    const ys = result.marks.filter((m) => m.side === side && !Number.isNaN(m.labelY)).map((m) => m.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect((ys[i] as number) - (ys[i - 1] as number)).to.be.at.least(labelHeight + gap - EPS);
  }
  // A label is level with its mark, or moved from it by no more than the slack unless pinned.
  for (const m of result.marks) {
    if (Number.isNaN(m.labelY)) continue;
    const natural = Math.min(Math.max(0, m.y0 - labelHeight / 2), Math.max(0, options.length - labelHeight));
    if (!pinned.has(m.item.order)) expect(Math.abs(m.labelY - natural)).to.be.at.most(slack + EPS);
    // Within the plot, unless pinned: a label past an edge would stand over the page's other controls.
    if (!pinned.has(m.item.order)) expect(m.labelY >= -EPS && m.labelY + labelHeight <= Math.max(options.length, labelHeight) + EPS).to.equal(true);
  }
  // Every short event starting in view is drawn or in one cluster; no event is drawn twice.
  const [top, bottom] = [T0, T0 + days * DAY];
  const shortInView = tl.short.filter((p) => p.start >= top && p.start < bottom).length;
  const drawnShort = result.marks.filter((m) => m.track === -1).length;
  expect(drawnShort + result.clusters.reduce((n, c) => n + c.count, 0)).to.equal(shortInView);
  expect(new Set(result.marks.map((m) => m.item.order)).size).to.equal(result.marks.length);
  // Every span touching the view is drawn, in a track within the plot.
  const spansInView = tl.long.filter((p) => p.start < bottom && p.end > top);
  expect(result.marks.filter((m) => m.track >= 0).map((m) => m.item.order).sort()).to.deep.equal(spansInView.map((p) => p.order).sort());
  for (const m of result.marks.filter((x) => x.track >= 0)) expect(m.y0 >= -EPS && m.y1 <= options.length + EPS && m.y0 <= m.y1).to.equal(true);
  // The pinned events in view are drawn with a label.
  for (const order of pinned) {
    const p = tl.events[order];
    if (p && p.start >= top && p.start < bottom) expect(result.marks.some((m) => m.item.order === order && !Number.isNaN(m.labelY))).to.equal(true);
  }
  if (options.sides === 1) expect(result.marks.every((m) => m.side === 1)).to.equal(true);
  return result;
}

describe('packVertical(timeline, y, options)', () => {
  it('never overlaps two labels on a side, keeps each near its mark, and draws or counts every event in view once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -30, max: 400 }), { maxLength: 120 }),
        fc.array(fc.tuple(fc.integer({ min: -60, max: 380 }), fc.integer({ min: 2, max: 200 })), { maxLength: 8 }),
        fc.integer({ min: 30, max: 365 }),
        fc.constantFrom<1 | 2>(1, 2),
        fc.integer({ min: 200, max: 900 }),
        fc.array(fc.nat(), { maxLength: 2 }),
        (days, spans, window, sides, length, pins) => {
          const tl = timeline(days, spans);
          const pinned = pins.map((i) => i % Math.max(1, tl.events.length));
          check(tl, window, { length, labelHeight: 40, sides, pinned });
        },
      ),
    );
  });

  it('labels events far apart level with their marks, taking turns either side of the axis', () => {
    const tl = timeline([10, 40, 70, 100]);
    const { marks, clusters } = check(tl, 120, { length: 800, labelHeight: 40, sides: 2 });
    expect(clusters).to.deep.equal([]);
    expect(marks.map((m) => m.labelY - (m.y0 - 20))).to.deep.equal([0, 0, 0, 0]);
    expect(marks.map((m) => m.side)).to.deep.equal([0, 1, 0, 1]);
  });

  it('gathers a crowded day into one cluster that counts it, and still labels the selected event in it', () => {
    const days = [...Array.from({ length: 30 }, () => 50), 5, 100];
    const tl = timeline(days);
    const selected = tl.events.find((p) => p.event.id === 'p7')?.order ?? -1;
    const { marks, clusters } = check(tl, 120, { length: 600, labelHeight: 40, sides: 2, pinned: [selected] });
    expect(clusters).to.have.length(1);
    expect(clusters[0]?.count).to.equal(29);
    expect(marks.map((m) => m.item.event.id).sort()).to.deep.equal(['p30', 'p31', 'p7']);
  });

  it('costs what the plot holds: a million events in view give a few dozen marks and clusters', () => {
    const days = Array.from({ length: 1_000_000 }, (_, i) => i % 365);
    const tl = timeline(days);
    const { marks, clusters } = packVertical(tl, scale(365, 800), { length: 800, labelHeight: 40, sides: 2 });
    expect(marks.length + clusters.length).to.be.at.most(60);
    expect(clusters.reduce((n, c) => n + c.count, 0) + marks.length).to.equal(1_000_000);
  });

  it('moves a crowd of labels apart around where they want to be, up as well as down', () => {
    const tl = timeline([...Array.from({ length: 3 }, () => 60), 5, 115]);
    const { marks, clusters } = check(tl, 120, { length: 800, labelHeight: 40, sides: 1, slack: 100 });
    expect(clusters).to.deep.equal([]);
    const crowd = marks.filter((m) => Math.abs(m.y0 - 400) < 1).map((m) => m.labelY - (m.y0 - 20)).sort((a, b) => a - b);
    expect(crowd).to.deep.equal([-44, 0, 44]);
  });
});

describe('dodge(want, pitch, end)', () => {
  it('keeps boxes apart and in order, inside the plot where they fit, and leaves alone those that need no moving', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 1000 }), { maxLength: 40 }),
        fc.integer({ min: 10, max: 60 }), fc.integer({ min: 100, max: 1000 }), (raw, pitch, end) => {
        const want = [...raw].sort((a, b) => a - b);
        const at = dodge(want, pitch, end);
        expect(at).to.have.length(want.length);
        for (let i = 1; i < at.length; i++) expect((at[i] as number) - (at[i - 1] as number)).to.be.at.least(pitch - EPS);
        if (want.length * pitch <= end) for (const y of at) expect(y >= -EPS && y + pitch <= end + EPS).to.equal(true);
        const apart = want.every((w, i) => w >= 0 && w + pitch <= end && (i === 0 || w - (want[i - 1] as number) >= pitch));
        if (apart) expect(at).to.deep.equal(want);
      }),
    );
  });

  it('centres a crowd on where its boxes want to be', () => {
    expect(dodge([100, 100, 100], 44, 1000)).to.deep.equal([56, 100, 144]);
    expect(dodge([0, 0], 44, 1000), 'not above the plot').to.deep.equal([0, 44]);
    expect(dodge([990, 990], 44, 1000), 'nor below it').to.deep.equal([912, 956]);
  });
});
