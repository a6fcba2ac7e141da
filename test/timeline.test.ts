import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { events as sahelEvents } from '../src/dataset/events.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { RangeChangeDetail } from '../src/events.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { drag, frames, sendDoubleClick, sendTouch, setTouch, labelBoxes, mount, overlaps, plot, plotPoint, sendWheel, syntheticEvents, until, windowMs } from './helpers.js';

const DAY = 86_400_000;

/** The instant under a page x coordinate. */
function timeAt(el: Awaited<ReturnType<typeof mount>>, pageX: number): number {
  const r = plot(el).getBoundingClientRect();
  const w = windowMs(el);
  return w.start + ((pageX - r.left) / r.width) * w.span;
}

function button(el: Awaited<ReturnType<typeof mount>>, name: string): HTMLButtonElement {
  const b = el.renderRoot.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!b) throw new Error(`no button ${name}`);
  return b;
}

async function settle(el: Awaited<ReturnType<typeof mount>>): Promise<void> {
  await frames(3);
  await el.updateComplete;
}

describe('<sahel-timeline>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('shows the built-in Sahel dataset when given no data', async () => {
    const el = await mount();
    expect(el.shownEvents.length).to.equal(sahelEvents.length);
    const ids = [...el.renderRoot.querySelectorAll<HTMLElement>('.event')].map((e) => e.dataset.id);
    expect(ids).to.include('french-intervention-serval');
    expect(el.renderRoot.querySelector('.legend')?.textContent).to.contain('Military');
  });

  it('renders any dataset given as the events property', async () => {
    const el = await mount([
      { id: 'a', title: 'Alpha', start: '2001-05-04' },
      { id: 'b', title: 'Beta', start: '2001-06' },
    ]);
    const labels = [...el.renderRoot.querySelectorAll('.event .text')].map((t) => t.textContent);
    expect(labels).to.have.members(['Alpha', 'Beta']);
  });

  it('ctrl+wheel zooms in around the pointer', async () => {
    const el = await mount();
    const before = windowMs(el);
    const p = plotPoint(el, 0.3);
    const anchor = timeAt(el, p.x);
    await sendWheel({ ...p, deltaY: -100, modifiers: ['Control'] });
    await settle(el);
    const after = windowMs(el);
    expect(after.span).to.be.lessThan(before.span * 0.9);
    // The instant under the pointer stays under the pointer (to within a pixel's worth).
    expect(Math.abs(timeAt(el, p.x) - anchor)).to.be.lessThan(before.span / 1000);
  });

  it('a plain vertical wheel leaves the zoom as it was and shows how to zoom', async () => {
    const el = await mount();
    const before = windowMs(el);
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -100 });
    await settle(el);
    const after = windowMs(el);
    expect(after.span).to.equal(before.span);
    expect(after.start).to.equal(before.start);
    expect(el.renderRoot.querySelector('.hint')?.classList.contains('shown')).to.equal(true);
  });

  it('with wheel-zoom, a plain wheel zooms', async () => {
    const el = await mount(undefined, 'wheel-zoom');
    const before = windowMs(el);
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -100 });
    await settle(el);
    expect(windowMs(el).span).to.be.lessThan(before.span * 0.9);
  });

  it('a horizontal wheel pans without zooming', async () => {
    const el = await mount(undefined, 'start="2019-01-01" end="2020-01-01"');
    const before = windowMs(el);
    await sendWheel({ ...plotPoint(el, 0.5), deltaX: 200 });
    await settle(el);
    const after = windowMs(el);
    expect(Math.abs(after.span - before.span)).to.be.lessThan(1000);
    expect(after.start).to.be.greaterThan(before.start + 50 * DAY);
  });

  it('dragging pans the view', async () => {
    const el = await mount(undefined, 'start="2019-01-01" end="2020-01-01"');
    const before = windowMs(el);
    const from = plotPoint(el, 0.6, 0.9);
    await drag(from, { x: from.x - 250, y: from.y });
    await settle(el);
    const after = windowMs(el);
    expect(Math.abs(after.span - before.span)).to.be.lessThan(1000);
    // Dragging left by a quarter of the width moves the window a quarter later.
    expect((after.start - before.start) / before.span).to.be.closeTo(0.25, 0.02);
  });

  describe('on a touch screen', () => {
    before(async () => {
      await setTouch(true);
    });
    after(async () => {
      await setTouch(false);
    });

  it('a two-finger pinch zooms in on a touch screen', async () => {
    const el = await mount();
    const before = windowMs(el);
    const c = plotPoint(el, 0.5, 0.6);
    const frames_: { x: number; y: number }[][] = [];
    for (let i = 0; i <= 8; i++) frames_.push([{ x: c.x - 20 - i * 15, y: c.y }, { x: c.x + 20 + i * 15, y: c.y }]);
    await sendTouch(frames_);
    await settle(el);
    expect(windowMs(el).span).to.be.lessThan(before.span / 2);
  });

  it('a one-finger horizontal swipe pans on a touch screen', async () => {
    const el = await mount(undefined, 'start="2019-01-01" end="2020-01-01"');
    const before = windowMs(el);
    const c = plotPoint(el, 0.6, 0.6);
    const frames_: { x: number; y: number }[][] = [];
    for (let i = 0; i <= 8; i++) frames_.push([{ x: c.x - i * 25, y: c.y }]);
    await sendTouch(frames_);
    await settle(el);
    const after = windowMs(el);
    expect(Math.abs(after.span - before.span)).to.be.lessThan(1000);
    expect(after.start).to.be.greaterThan(before.start);
  });

  it('a double tap zooms in where it lands', async () => {
    const el = await mount();
    const before = windowMs(el);
    const p = plotPoint(el, 0.3, 0.9);
    await sendTouch([[p]]);
    await sendTouch([[p]]);
    await until(() => windowMs(el).span < before.span * 0.6, 3000, 'double-tap zoom');
    expect(windowMs(el).span).to.be.closeTo(before.span / 2, before.span * 0.02);
  });

  it('a one-finger vertical swipe scrolls the page and leaves the view alone', async () => {
    const el = await mount();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      window.scrollTo(0, 0);
      const before = windowMs(el);
      const c = plotPoint(el, 0.5, 0.8);
      const frames_: { x: number; y: number }[][] = [];
      for (let i = 0; i <= 10; i++) frames_.push([{ x: c.x, y: c.y - i * 20 }]);
      await sendTouch(frames_);
      await until(() => window.scrollY > 50, 3000, 'page scrolled');
      expect(windowMs(el)).to.deep.equal(before);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });
  });

  it('double-click zooms in around the pointer', async () => {
    const el = await mount();
    const before = windowMs(el);
    const p = plotPoint(el, 0.7, 0.95);
    const anchor = timeAt(el, p.x);
    await sendDoubleClick(p);
    await until(() => windowMs(el).span < before.span * 0.6, 3000, 'double-click zoom');
    expect(windowMs(el).span).to.be.closeTo(before.span / 2, before.span * 0.02);
    expect(Math.abs(timeAt(el, p.x) - anchor)).to.be.lessThan(before.span / 1000);
  });

  it('the zoom buttons zoom in, out and back to all', async () => {
    const el = await mount();
    const fit = windowMs(el);
    button(el, 'Zoom in').click();
    await until(() => windowMs(el).span < fit.span * 0.6, 3000, 'zoom in');
    button(el, 'Zoom in').click();
    await until(() => windowMs(el).span < fit.span * 0.3, 3000, 'zoom in again');
    button(el, 'Zoom out').click();
    await until(() => Math.abs(windowMs(el).span - fit.span / 2) < fit.span * 0.01, 3000, 'zoom out');
    button(el, 'Show all').click();
    await until(() => Math.abs(windowMs(el).span - fit.span) < fit.span * 0.001, 3000, 'fit');
  });

  it('next and previous walk the events in time order and glide to each', async () => {
    const el = await mount();
    const order = [...sahelEvents].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const seen: string[] = [];
    el.addEventListener('sahel-select', (e) => seen.push(e.detail?.id ?? 'null'));
    for (let i = 0; i < 5; i++) {
      button(el, 'Next event').click();
      await settle(el);
    }
    expect(seen).to.deep.equal(order.slice(0, 5).map((e) => e.id));
    button(el, 'Previous event').click();
    await settle(el);
    expect(el.selected).to.equal(order[3]?.id);
    // The selected event is in view and labelled.
    await until(() => el.renderRoot.querySelector(`.event[data-id="${el.selected ?? ''}"]`) !== null, 3000, 'selected in view');
  });

  it('next() and previous() stop at the ends', async () => {
    const el = await mount([
      { id: 'a', title: 'A', start: '2000-01-01' },
      { id: 'b', title: 'B', start: '2000-02-01' },
    ]);
    el.next();
    el.next();
    el.next();
    expect(el.selected).to.equal('b');
    el.previous();
    el.previous();
    expect(el.selected).to.equal('a');
    await el.updateComplete;
    expect(button(el, 'Previous event').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'Next event').getAttribute('aria-disabled')).to.equal('false');
  });

  it('clicking an event selects it, fires sahel-select and shows its details', async () => {
    const el = await mount();
    const mark = el.renderRoot.querySelector<HTMLElement>('.event[data-id="french-intervention-serval"] .label');
    if (!mark) throw new Error('mark missing');
    const r = mark.getBoundingClientRect();
    let detail: TimelineEvent | null | undefined;
    el.addEventListener('sahel-select', (e) => (detail = e.detail));
    await sendMouse({ type: 'click', position: [Math.round(r.left + 30), Math.round(r.top + r.height / 2)] });
    await el.updateComplete;
    expect(detail?.id).to.equal('french-intervention-serval');
    expect(el.selected).to.equal('french-intervention-serval');
    expect(el.getAttribute('selected')).to.equal('french-intervention-serval');
    const details = el.renderRoot.querySelector('.details');
    expect(details?.textContent).to.contain('Operation Serval');
    // The article's own date is shown beside the established one, with the sources.
    expect(details?.textContent).to.contain('2012');
    expect(details?.textContent).to.contain('paragraph 12');
    el.renderRoot.querySelector<HTMLButtonElement>('button[aria-label="Close details"]')?.click();
    await el.updateComplete;
    expect(detail).to.equal(null);
    expect(el.renderRoot.querySelector('.details')).to.equal(null);
  });

  it('fires sahel-range-change with the visible window, at most once a frame', async () => {
    const el = await mount();
    const changes: RangeChangeDetail[] = [];
    el.addEventListener('sahel-range-change', (e) => changes.push(e.detail));
    el.zoomTo('2020-01-01', '2021-01-01');
    await settle(el);
    const last = changes[changes.length - 1];
    expect(last?.start.toISOString().slice(0, 10)).to.equal('2020-01-01');
    expect(last?.end.toISOString().slice(0, 10)).to.equal('2021-01-01');
    // Three zooms inside one frame give one event.
    changes.length = 0;
    el.zoomTo('2020-01-01', '2020-07-01');
    el.zoomTo('2020-02-01', '2020-07-01');
    el.zoomTo('2020-03-01', '2020-07-01');
    await settle(el);
    expect(changes.length).to.equal(1);
    expect(changes[0]?.start.toISOString().slice(0, 10)).to.equal('2020-03-01');
  });

  it('glides to a new window when motion is allowed', async () => {
    const el = await mount(undefined, '', 'no-preference');
    const from = windowMs(el);
    const to = Date.parse('2020-01-01');
    const starts: number[] = [];
    el.addEventListener('sahel-range-change', (e) => starts.push(+e.detail.start));
    el.zoomTo('2020-01-01', '2021-01-01');
    await until(() => el.visibleRange.start.toISOString().startsWith('2020-01-01'), 3000, 'glide end');
    expect(el.visibleRange.end.toISOString().slice(0, 10)).to.equal('2021-01-01');
    // On the way it passed through windows between the two, not in one jump.
    const between = starts.filter((s) => s > Math.min(from.start, to) && s < Math.max(from.start, to));
    expect(between.length, 'windows part-way through the glide').to.be.at.least(2);
  });

  it('start and end attributes set the initial window, end included, at any precision', async () => {
    const range = async (attrs: string) => {
      const w = (await mount(undefined, attrs)).visibleRange;
      return [w.start.toISOString(), w.end.toISOString()];
    };
    expect(await range('start="2022-03-01" end="2022-04-30"')).to.deep.equal(['2022-03-01T00:00:00.000Z', '2022-05-01T00:00:00.000Z']);
    expect(await range('start="2022" end="2022"')).to.deep.equal(['2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z']);
    expect(await range('start="2021-11" end="2022-02"')).to.deep.equal(['2021-11-01T00:00:00.000Z', '2022-03-01T00:00:00.000Z']);
    expect(await range('start="2022-03-01T12:00:00Z" end="2022-03-03T12:00:00Z"')).to.deep.equal(['2022-03-01T12:00:00.000Z', '2022-03-03T12:00:00.000Z']);
  });

  it('rows follow --sahel-timeline-row-height in any unit', async () => {
    const gaps = async (style: string) => {
      const el = await mount(syntheticEvents(40, 2020, 1), `style="${style}"`);
      const tops = [...new Set([...el.renderRoot.querySelectorAll('.event')].map((b) => Math.round(b.getBoundingClientRect().top)))].sort((a, b) => a - b);
      expect(tops.length, style).to.be.greaterThan(1);
      return (tops[1] ?? 0) - (tops[0] ?? 0);
    };
    expect(await gaps('--sahel-timeline-row-height: 48px')).to.equal(48);
    expect(await gaps('--sahel-timeline-row-height: 3rem; font-size: 16px')).to.equal(48);
  });

  it('follows a change of lang on an ancestor in its labels as well as its axis', async () => {
    const el = await mount(undefined, 'start="2021-11-15" end="2022-05-20"');
    const wrapper = el.parentElement as HTMLElement;
    wrapper.lang = 'fr';
    el.zoomBy(1.01);
    await settle(el);
    const dates = [...el.renderRoot.querySelectorAll('.event .when')].map((w) => w.textContent);
    expect(dates.join(' ')).to.match(/mars|févr|janv|déc/);
    expect(dates.join(' ')).to.not.match(/\b(Mar|Feb|Jan|Dec)\b/);
  });

  it('zooms no closer than min-span and no further out than twice the data', async () => {
    const el = await mount(undefined, 'min-span="P7D"');
    el.zoomTo('2022-03-01', '2022-03-02');
    await settle(el);
    expect(windowMs(el).span).to.be.closeTo(7 * DAY, DAY / 100);
    el.zoomTo('1900-01-01', '2100-01-01');
    await settle(el);
    const data = Date.UTC(2022, 7, 15) - Date.UTC(2013, 0, 11);
    expect(windowMs(el).span).to.be.lessThan(data * 2.3);
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
      const boxes = labelBoxes(el);
      expect(boxes.length, `labels at ${a}..${b}`).to.be.greaterThan(0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i] as DOMRect, boxes[j] as DOMRect), `labels ${i} and ${j} at ${a}..${b}`).to.equal(false);
        }
      }
    }
  });

  it('too-dense events gather into clusters that zoom in when activated', async () => {
    const el = await mount(syntheticEvents(2000, 2015, 4));
    const cluster = el.renderRoot.querySelector<HTMLButtonElement>('.cluster');
    expect(cluster).to.not.equal(null);
    const count = Number(cluster?.textContent);
    expect(count).to.be.greaterThan(1);
    const before = windowMs(el);
    cluster?.click();
    await settle(el);
    expect(windowMs(el).span).to.be.lessThan(before.span / 5);
  });

  it('activating any cluster zooms in, never out, even one at the edge of the view', async () => {
    const el = await mount(undefined, 'start="2022-01-10" end="2022-05-10"');
    const clusters = el.renderRoot.querySelectorAll('.cluster').length;
    expect(clusters).to.be.greaterThan(0);
    for (let i = 0; i < clusters; i++) {
      el.zoomTo('2022-01-10', '2022-05-10');
      await settle(el);
      const before = windowMs(el);
      const cluster = el.renderRoot.querySelectorAll<HTMLButtonElement>('.cluster')[i];
      const name = cluster?.getAttribute('aria-label');
      cluster?.click();
      await settle(el);
      const after = windowMs(el);
      expect(name, 'its name').to.not.match(/^1 events/);
      // Closer, and inside what was in view.
      expect(after.span, `cluster ${name}`).to.be.lessThan(before.span * 0.75);
      expect(after.end, `cluster ${name}`).to.be.greaterThan(before.start);
      expect(after.start, `cluster ${name}`).to.be.lessThan(before.end);
    }
  });

  it('a cluster of events on one day lists them once zooming cannot part them', async () => {
    const sameDay = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, title: `Same day ${i}`, start: '2022-03-27' as const }));
    const el = await mount([...sameDay, { id: 'early', title: 'Early', start: '2021-01-01' }]);
    for (let i = 0; i < 6 && !el.renderRoot.querySelector('.cluster-list'); i++) {
      el.renderRoot.querySelector<HTMLButtonElement>('.cluster')?.click();
      await settle(el);
    }
    const listed = el.renderRoot.querySelectorAll('.cluster-list li');
    expect(listed.length).to.be.greaterThan(0);
    expect(listed[0]?.textContent).to.contain('Same day');
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
    const bar = (id: string) => el.renderRoot.querySelector(`.event[data-id="${id}"] .bar`)?.getBoundingClientRect();
    expect(bar('year')?.width).to.be.closeTo(366 * DAY * pxPerMs, 1.5);
    expect(bar('month')?.width).to.be.closeTo(30 * DAY * pxPerMs, 1.5);
    expect(bar('day')).to.equal(undefined);
    const label = (id: string) => el.renderRoot.querySelector(`.event[data-id="${id}"] .when`)?.textContent;
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
    const box = (id: string, part: string) => {
      const node = el.renderRoot.querySelector(`.event[data-id="${id}"] ${part}`);
      if (!node) throw new Error(`${id}: no ${part}`);
      return node.getBoundingClientRect();
    };
    for (const [id, day] of [['mid', Date.UTC(2022, 2, 1)], ['late', Date.UTC(2022, 11, 28)]] as const) {
      const g = box(id, '.glyph');
      expect((g.left + g.right) / 2, `${id}'s glyph`).to.be.closeTo(xOf(day + DAY / 2), 2);
    }
    expect(box('mid', '.label').left).to.be.at.least(box('mid', '.glyph').right);
    // Near the edge the label is on the left, and its date ends against the glyph.
    expect(box('late', '.label').right).to.be.at.most(box('late', '.glyph').left + 1);
    expect(box('late', '.glyph').left - box('late', '.when').right).to.be.within(0, 6);
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
    const glyph = el.renderRoot.querySelector('.event[data-id="a"] .glyph')?.getBoundingClientRect();
    expect(((glyph?.left ?? 0) + (glyph?.right ?? 0)) / 2).to.be.closeTo(xOf(Date.UTC(2022, 2, 1, 12)), 2);
    const bar = el.renderRoot.querySelector('.event[data-id="b"] .bar')?.getBoundingClientRect();
    expect(bar?.left).to.be.closeTo(xOf(Date.UTC(2022, 5, 1)), 1.5);
    expect(bar?.right).to.be.closeTo(xOf(Date.UTC(2022, 7, 2)), 1.5);
  });

  it('shows a whole title where its row has room, wider than a crowded label', async () => {
    const title = 'A title that is longer than a crowded label allows';
    const el = await mount([{ id: 'a', title, start: '2022-03-01' }], 'start="2022-01-01" end="2023-01-01"');
    const label = el.renderRoot.querySelector<HTMLElement>('.event .label');
    const text = el.renderRoot.querySelector<HTMLElement>('.event .text');
    if (!label || !text) throw new Error('no label');
    expect(label.getBoundingClientRect().width, 'wider than the 280px a crowded label gets').to.be.greaterThan(281);
    expect(text.textContent).to.equal(title);
    expect(text.scrollWidth, 'the title is not cut').to.be.at.most(text.clientWidth);
  });

  it('axis labels never overlap one another or run past the plot, at any zoom and in any language', async () => {
    const windows = [
      ['2021-12-20', '2022-04-20'],
      ['2017-01-01', '2022-01-01'],
      ['2022-01-05', '2022-01-12'],
      ['2012-01-01', '2023-06-01'],
      ['2022-03-01', '2022-03-02'],
    ] as const;
    for (const locale of ['en', 'fr', 'de', 'ar']) {
      const el = await mount(undefined, `locale="${locale}"`);
      for (const [a, b] of windows) {
        el.zoomTo(a, b);
        await settle(el);
        const edge = plot(el).getBoundingClientRect();
        const boxes = [...el.renderRoot.querySelectorAll('.grid text')].map((t) => t.getBoundingClientRect()).sort((p, q) => p.left - q.left);
        expect(boxes.length, `${locale} ${a}..${b}`).to.be.greaterThan(1);
        for (const [i, box] of boxes.entries()) {
          expect(box.right, `${locale} ${a}..${b}: label ${i} runs past the plot`).to.be.at.most(edge.right + 0.5);
          const next = boxes[i + 1];
          if (next) expect(next.left, `${locale} ${a}..${b}: labels ${i} and ${i + 1} overlap`).to.be.at.least(box.right);
        }
      }
    }
  });

  it('formats the axis in the element locale', async () => {
    const el = await mount(undefined, 'locale="fr" start="2022-01-01" end="2022-07-01"');
    const text = [...el.renderRoot.querySelectorAll('.grid text')].map((t) => t.textContent).join(' ');
    expect(text).to.match(/févr|mars|avr/);
  });

  it('follows its container width, and one that starts hidden keeps what was asked of it meanwhile', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: none; width: 800px"></div>`);
    wrapper.innerHTML = '<sahel-timeline></sahel-timeline>';
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    await el.updateComplete;
    await frames(2);
    // Hidden: nothing is laid out, yet the window can be read and set.
    const data = windowMs(el);
    expect(new Date(data.start).getUTCFullYear()).to.be.within(2012, 2013);
    el.zoomTo('2022-03-01', '2022-04-01');
    expect(el.visibleRange.start.toISOString()).to.equal('2022-03-01T00:00:00.000Z');
    wrapper.style.display = 'block';
    await until(() => plot(el).clientWidth === 800, 3000, 'shown');
    await settle(el);
    expect(el.visibleRange.start.toISOString().slice(0, 10)).to.equal('2022-03-01');
    expect(el.visibleRange.end.toISOString().slice(0, 10)).to.equal('2022-04-01');
    expect(el.renderRoot.querySelectorAll('.grid text').length).to.be.greaterThan(1);
    // Then it follows its container's width.
    wrapper.style.width = '600px';
    await until(() => plot(el).clientWidth === 600, 3000, 'resize');
    await settle(el);
    for (const b of labelBoxes(el)) expect(b.left).to.be.lessThan(wrapper.getBoundingClientRect().right);
  });

  it('zoomToEvent brings an event into view with its label', async () => {
    const el = await mount();
    el.zoomToEvent('moura-massacre');
    await settle(el);
    await until(() => el.renderRoot.querySelector('.event[data-id="moura-massacre"]') !== null, 3000, 'moura in view');
  });
});
