/**
 * The marks (render/marks.ts, laid out by layout/pack.ts through the view): each event drawn
 * at its date, labelled inside the plot with its date whole, titles shown as far as they fit,
 * no two labels overlapping, in any language and direction. Reached through the harness.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { frames, mount, mountAt, overlaps, plot, press, settle, syntheticEvents, until, windowMs } from './helpers.js';

const DAY = 86_400_000;

/** Zooms through the public method and waits for the window to settle on it. */
async function zoomTo(el: SahelTimeline, start: string, end: string): Promise<void> {
  el.zoomTo(start, end);
  await until(() => Math.abs(+el.visibleRange.start - Date.parse(start)) < 3_600_000, 3000, `zoom to ${start}`);
  await frames(2);
  await el.updateComplete;
}

const activeId = (el: SahelTimeline) => new TimelineHarness(el).focusedId();

const PLACES = ['Gao', 'Ménaka', 'Kidal', 'Mopti', 'Tillabéri', 'Djibo', 'Timbuktu', 'Ansongo', 'Diffa', 'Ouahigouya'];
const KINDS = ['armed clash', 'roadside bomb', 'attack on a market', 'protest', 'abduction', 'airstrike'];

/** `n` day events over 2015–2024, titled as incident reports that differ only after their first words. */
function incidents(n: number): TimelineEvent[] {
  let s = 42;
  const rand = () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const t0 = Date.UTC(2015, 0, 1);
  const days = Math.round((Date.UTC(2025, 0, 1) - t0) / 86_400_000);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i)}`,
    title: `Incident reported: ${KINDS[i % KINDS.length] ?? ''} near ${PLACES[Math.floor(i / 7) % PLACES.length] ?? ''}`,
    start: new Date(t0 + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10) as TimelineEvent['start'],
  }));
}

/** Checks every label drawn: inside the plot, its mark in view, and its date whole. */
function checkLabels(el: SahelTimeline): void {
  const r = plot(el).getBoundingClientRect();
  const marks = new TimelineHarness(el).marks();
  expect(marks.length).to.be.greaterThan(0);
  for (const m of marks) {
    if (!m.labelled) {
      // Drawn without a label where no row had room: its tooltip names it.
      expect(m.tooltip, `${m.id} has neither label nor tooltip`).to.not.equal(null);
      continue;
    }
    expect(m.labelBox.left, `${m.id} label starts left of the plot`).to.be.at.least(r.left - 0.5);
    expect(m.labelBox.right, `${m.id} label runs past the plot`).to.be.at.most(r.right + 0.5);
    expect(m.markBox.right, `${m.id} labelled with its mark left of the view`).to.be.greaterThan(r.left);
    expect(m.markBox.left, `${m.id} labelled with its mark right of the view`).to.be.lessThan(r.right);
    expect(m.dateWhole, `${m.id} date cut: ${m.date}`).to.equal(true);
  }
}

/**
 * Checks that layout measured labels as they are drawn: a label not cut short shows its
 * whole title, with less than 2px left over.
 */
function checkMeasuring(el: SahelTimeline): void {
  let checked = 0;
  for (const m of new TimelineHarness(el).marks()) {
    if (m.tooltip !== null || !m.labelled) continue;
    expect(m.titleShown, `${m.id} title cut though measured whole`).to.equal(m.title.length);
    if (m.stacked) continue;
    expect(m.labelSlack, `${m.id} measured ${String(m.labelBox.width)}px, drawn ${String(m.labelBox.width - m.labelSlack)}px`).to.be.within(-0.5, 2.5);
    checked++;
  }
  expect(checked).to.be.greaterThan(0);
}

describe('<sahel-timeline> marks and labels', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('<sahel-timeline> with 10,000 events at March 2020 labels only events in view, inside the plot, dates whole', async () => {
    const el = await mountAt(1000, incidents(10_000));
    await zoomTo(el, '2020-03-01', '2020-04-01');
    checkLabels(el);
    checkMeasuring(el);
  });

  it('<sahel-timeline> zoomed to a day does not label a span that ended the day before', async () => {
    const el = await mountAt(1000, [
      { id: 'talks', title: 'Talks in Algiers', start: '2020-03-10', end: '2020-03-11', kind: 'span' },
      { id: 'vote', title: 'Vote in parliament', start: '2020-03-12' },
      { id: 'later', title: 'Later', start: '2020-06-01' },
    ]);
    await zoomTo(el, '2020-03-12T00:00:00Z', '2020-03-13T00:00:00Z');
    expect(new TimelineHarness(el).marks().map((m) => m.id)).to.deep.equal(['vote']);
  });

  it('<sahel-timeline> at 390px keeps the focused label inside the plot after Tab then →', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountAt(390);
    for (let i = 0; i < 12 && !activeId(el); i++) await press('Tab');
    expect(activeId(el)).to.not.equal(null);
    await press('ArrowRight');
    const h = new TimelineHarness(el);
    await until(() => h.mark(activeId(el) ?? '') !== undefined, 3000, 'focus');
    const label = h.mark(activeId(el) ?? '')?.labelBox;
    const r = plot(el).getBoundingClientRect();
    expect(label?.left).to.be.at.least(r.left - 0.5);
    expect(label?.right).to.be.at.most(r.right + 0.5);
    checkLabels(el);
  });

  it('<sahel-timeline> on a phone (390×844) shows enough of each title to tell events apart, without overlapping rows', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountAt(390, incidents(10_000));
    await zoomTo(el, '2020-03-01', '2020-03-15');
    checkLabels(el);
    const marks = new TimelineHarness(el).marks();
    expect(marks.length).to.be.greaterThan(2);
    for (const m of marks) expect(m.titleShown, `only "${m.title.slice(0, m.titleShown)}…" shown`).to.be.at.least(Math.min(m.title.length, 24));
    const boxes = marks.map((m) => m.labelBox);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i] as DOMRect, boxes[j] as DOMRect), `labels ${String(i)} and ${String(j)} overlap`).to.equal(false);
    }
  });

  it('<sahel-timeline> on a phone keeps a band\'s glyph at its start when its label goes left of it', async () => {
    await setViewport({ width: 390, height: 844 });
    // A span near the right edge, with a title longer than the room right of its start.
    const el = await mountAt(390, [
      { id: 'early', title: 'Early', start: '2010-01-01' },
      { id: 'late', title: 'Russia courts the government of Sudan with arms', start: '2019-01', end: '2019-09', kind: 'span' },
    ]);
    const bands = new TimelineHarness(el).marks().filter((m) => m.band);
    // The label goes left of the band and ends against its glyph, which stands on the band's
    // start (its date), not at the label's start, years before.
    const before = bands.filter((m) => m.labelBox.right <= m.markBox.left + 0.5);
    expect(before.length, 'a band whose label is left of it').to.be.greaterThan(0);
    for (const m of before) {
      const glyph = m.element.querySelector('.point')?.getBoundingClientRect();
      expect(glyph ? (glyph.left + glyph.right) / 2 : NaN, m.id).to.be.closeTo(m.markBox.left, 1);
      expect(m.labelBox.right, m.id).to.be.at.most((glyph?.left ?? 0) + 0.5);
    }
    await setViewport({ width: 1280, height: 800 });
  });

  it('<sahel-timeline> measures labels as it draws them', async () => {
    await setViewport({ width: 1400, height: 900 });
    const wide = await mountAt(1280);
    await zoomTo(wide, '2021-11-15', '2022-05-20');
    checkLabels(wide);
    checkMeasuring(wide);
  });

  it('<sahel-timeline> keeps events of one day in the order the page gave them, and → follows it', async () => {
    const ids = ['e2', 'e10', 'e0', 'e11', 'e1'];
    const el = await mountAt(1000, [...ids.map((id) => ({ id, title: `Event ${id}`, start: '2022-03-27' as const })), { id: 'z', title: 'Later', start: '2022-04-20' as const }]);
    expect(el.shownEvents.map((e) => e.id).slice(0, 5)).to.deep.equal(ids);
    for (let i = 0; i < 12 && !activeId(el); i++) await press('Tab');
    await press('Home');
    await until(() => activeId(el) === 'e2', 3000, 'first event');
    const seen = [activeId(el)];
    for (let i = 1; i < ids.length; i++) {
      await press('ArrowRight');
      await until(() => activeId(el) !== seen[seen.length - 1], 3000, 'next event');
      seen.push(activeId(el));
    }
    expect(seen).to.deep.equal(ids);
  });

  it('draws year- and month-precision dates as bands covering the year or month', async () => {
    const el = await mount(
      [
        { id: 'year', title: 'A year', start: '2012' },
        { id: 'month', title: 'A month', start: '2013-06' },
        { id: 'day', title: 'A day', start: '2013-09-15' },
      ],
      'start="2011-07-01" end="2014-07-01"',
    );
    const span = windowMs(el).span;
    const width = plot(el).getBoundingClientRect().width;
    const pxPerMs = width / span;
    const h = new TimelineHarness(el);
    const bar = (id: string) => {
      const m = h.mark(id);
      return m?.band ? m.markBox : undefined;
    };
    expect(bar('year')?.width).to.be.closeTo(366 * DAY * pxPerMs, 1.5);
    expect(bar('month')?.width).to.be.closeTo(30 * DAY * pxPerMs, 1.5);
    expect(bar('day')).to.equal(undefined);
    const label = (id: string) => h.mark(id)?.date;
    expect(label('year')).to.equal('2012');
    expect(label('month')).to.match(/Jun.*2013/);
  });

  it("draws a point's glyph at its day, its label beside it, and on its left near the right edge", async () => {
    const el = await mount(
      [
        { id: 'mid', title: 'In the middle', start: '2022-03-01' },
        { id: 'late', title: 'A point near the right edge, its title long enough to need room', start: '2022-12-28' },
      ],
      'start="2022-01-01" end="2023-01-01"',
    );
    const w = windowMs(el);
    const r = plot(el).getBoundingClientRect();
    const xOf = (t: number) => r.left + ((t - w.start) / w.span) * r.width;
    const h = new TimelineHarness(el);
    const mark = (id: string) => {
      const m = h.mark(id);
      if (!m) throw new Error(`${id} not drawn`);
      return m;
    };
    for (const [id, day] of [['mid', Date.UTC(2022, 2, 1)], ['late', Date.UTC(2022, 11, 28)]] as const) {
      const g = mark(id).markBox;
      expect(mark(id).band, `${id} drawn as a point`).to.equal(false);
      expect((g.left + g.right) / 2, `${id}'s glyph`).to.be.closeTo(xOf(day + DAY / 2), 2);
    }
    expect(mark('mid').labelBox.left).to.be.at.least(mark('mid').markBox.right - 1);
    // Near the edge the label is on the left, and its date ends against the glyph.
    expect(mark('late').labelBox.right).to.be.at.most(mark('late').markBox.left + 2);
    expect(mark('late').markBox.left - mark('late').dateBox.right).to.be.within(-1, 6);
  });

  it('on a right-to-left page, time still runs left to right and marks sit at their dates', async () => {
    const el = await mount(
      [
        { id: 'a', title: 'حدث', start: '2022-03-01' },
        { id: 'b', title: 'A span', start: '2022-06-01', end: '2022-08-01' },
      ],
      'start="2022-01-01" end="2023-01-01"',
    );
    (el.parentElement as HTMLElement).dir = 'rtl';
    await frames(2);
    const w = windowMs(el);
    const r = plot(el).getBoundingClientRect();
    const xOf = (t: number) => r.left + ((t - w.start) / w.span) * r.width;
    const h = new TimelineHarness(el);
    const glyph = h.mark('a')?.markBox;
    expect(((glyph?.left ?? 0) + (glyph?.right ?? 0)) / 2).to.be.closeTo(xOf(Date.UTC(2022, 2, 1, 12)), 2);
    const bar = h.mark('b')?.markBox;
    expect(bar?.left).to.be.closeTo(xOf(Date.UTC(2022, 5, 1)), 1.5);
    expect(bar?.right).to.be.closeTo(xOf(Date.UTC(2022, 7, 2)), 1.5);
  });

  it('shows a whole title where its row has room, wider than a crowded label', async () => {
    const title = 'A title that is longer than a crowded label allows';
    const el = await mount([{ id: 'a', title, start: '2022-03-01' }], 'start="2022-01-01" end="2023-01-01"');
    const m = new TimelineHarness(el).mark('a');
    if (!m) throw new Error('no label');
    expect(m.labelBox.width, 'wider than the 280px a crowded label gets').to.be.greaterThan(281);
    expect(m.title).to.equal(title);
    expect(m.titleShown, 'the title is not cut').to.equal(title.length);
  });

  it('no two labels overlap, at several zoom levels', async () => {
    const el = await mount(syntheticEvents(400, 2015, 4));
    const windows = [
      ['2016-01-01', '2017-01-01'],
      ['2016-02-01', '2016-05-01'],
      ['2016-03-01', '2016-04-01'],
      ['2016-03-10', '2016-03-14'],
    ] as const;
    for (const [a, b] of windows) {
      el.zoomTo(a, b);
      await settle(el);
      const boxes = new TimelineHarness(el).marks().map((m) => m.labelBox);
      expect(boxes.length, `labels at ${a}..${b}`).to.be.greaterThan(0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i] as DOMRect, boxes[j] as DOMRect), `labels ${i} and ${j} at ${a}..${b}`).to.equal(false);
        }
      }
    }
  });

  it('follows a change of lang on an ancestor in its labels as well as its axis', async () => {
    const el = await mount(undefined, 'start="2021-11-15" end="2022-05-20"');
    const wrapper = el.parentElement as HTMLElement;
    wrapper.lang = 'fr';
    el.zoomBy(1.01);
    await settle(el);
    const dates = new TimelineHarness(el).marks().map((m) => m.date);
    expect(dates.join(' ')).to.match(/mars|févr|janv|déc/);
    expect(dates.join(' ')).to.not.match(/\b(Mar|Feb|Jan|Dec)\b/);
  });
});
