/**
 * The vertical layout (`orientation="vertical"`, issue #32): time down the plot, each event's
 * title and date beside the axis. Driven as readers drive it: ↑ and ↓, ctrl+wheel, a drag, a
 * cluster, a search, a language, and the keyboard alone through the Sahel story (the pinch is
 * in view.test.ts, with the other touch gestures).
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { emulateMedia, sendKeys, sendMouse } from './commands.js';
import { itExcept, LACKS } from './engines.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, press, sendWheel, settle, syntheticEvents, until, windowMs } from './helpers.js';

const EVENTS: TimelineEvent[] = [
  { id: 'talks', title: 'Talks open', start: '2021-02-01', category: 'diplomacy' },
  { id: 'camp', title: 'A camp is built', start: '2021-04-12', category: 'military' },
  { id: 'mission', title: 'A mission', start: '2021-05-01', end: '2021-09-30', category: 'military' },
  { id: 'vote', title: 'A vote', start: '2021-08-20', category: 'politics' },
  { id: 'rally', title: 'A rally', start: '2021-12-05', category: 'protest' },
];

/** Mounts a vertical timeline, its marks drawn. */
async function down(events?: readonly TimelineEvent[], attrs = '', scheme: 'light' | 'dark' = 'light'): Promise<{ el: SahelTimeline; h: TimelineHarness }> {
  const el = await mount(events, `orientation="vertical" ${attrs}`, 'reduce', scheme);
  const h = new TimelineHarness(el);
  await until(() => h.marks().length + h.clusters().length > 0, 3000, 'the marks down the plot');
  await settle(el);
  return { el, h };
}

/** A point of the plot: `fx` across, `fy` down, inside the viewport. */
function at(h: TimelineHarness, fx: number, fy: number): { x: number; y: number } {
  const r = h.plot().getBoundingClientRect();
  return { x: Math.round(r.left + r.width * fx), y: Math.round(r.top + Math.min(r.height, innerHeight - r.top) * fy) };
}

describe('<sahel-timeline orientation="vertical">', () => {
  it('runs time down the plot: each event below the one before it, its label beside the axis, none overlapping', async () => {
    const { h } = await down(EVENTS);
    const marks = EVENTS.map((e) => h.mark(e.id));
    expect(marks.every(Boolean), 'every event is drawn').to.equal(true);
    const glyphs = marks.map((m) => (m?.element.querySelector('.glyph, .bar') as Element).getBoundingClientRect().top);
    expect(glyphs, 'in time order down the plot').to.deep.equal([...glyphs].sort((a, b) => a - b));
    const labels = marks.flatMap((m) => [...(m?.element.querySelectorAll('.label') ?? [])].map((l) => l.getBoundingClientRect()));
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5 || a.right <= b.left + 0.5 || b.right <= a.left + 0.5, 'labels apart').to.equal(true);
    // The plot is taller than a row of marks across: it takes the room it is given.
    expect(h.plot().getBoundingClientRect().height).to.be.greaterThan(300);
    expect(h.mark('vote')?.element.getAttribute('aria-label')).to.match(/^A vote, /);
  });

  it('↓ and ↑ move the focus between events in time order, and Enter selects', async () => {
    const { el, h } = await down(EVENTS);
    h.plot().focus();
    await press('ArrowDown');
    await until(() => h.focused()?.dataset.id === 'talks', 3000, 'the first event focused');
    await press('ArrowDown');
    await until(() => h.focused()?.dataset.id === 'camp', 3000, 'the second');
    await press('ArrowDown');
    await until(() => h.focused()?.dataset.id === 'mission', 3000, 'the span');
    await press('ArrowUp');
    await until(() => h.focused()?.dataset.id === 'camp', 3000, 'back up');
    await press('Enter');
    await until(() => el.selected === 'camp', 3000, 'the event selected');
    expect(h.mark('camp')?.element.getAttribute('aria-pressed')).to.equal('true');
  });

  it('with group-by, draws no lanes down the plot, and ↓ goes through every event in time order', async () => {
    const { h } = await down(EVENTS, 'group-by="category"');
    expect(h.lanes()).to.have.length(0);
    h.plot().focus();
    await press('ArrowDown');
    await until(() => h.focused()?.dataset.id === 'talks', 3000, 'the first event');
    await press('ArrowDown');
    await until(() => h.focused()?.dataset.id === 'camp', 3000, 'the next in time, of another category');
  });

  it('ctrl+wheel zooms along time around the pointer, and a drag pans along it', async () => {
    const { el, h } = await down(EVENTS);
    const before = windowMs(el);
    const p = at(h, 0.5, 0.4);
    const r = h.plot().getBoundingClientRect();
    const instantAt = (w: { start: number; span: number }) => w.start + ((p.y - r.top) / r.height) * w.span;
    await sendMouse({ type: 'move', position: [p.x, p.y] });
    await sendWheel({ ...p, deltaY: -300, modifiers: ['Control'] });
    await until(() => windowMs(el).span < before.span * 0.8, 3000, 'the zoom in');
    await settle(el);
    const zoomed = windowMs(el);
    expect(Math.abs(instantAt(zoomed) - instantAt(before)), 'the instant under the pointer stays').to.be.lessThan(before.span * 0.02);
    // Dragged up the plot: later times come into view.
    await sendMouse({ type: 'move', position: [p.x, p.y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [p.x, p.y - i * 20] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const panned = windowMs(el);
    expect(panned.start).to.be.greaterThan(zoomed.start);
    expect(Math.abs(panned.span - zoomed.span)).to.be.lessThan(zoomed.span * 0.01);
  });

  it('gathers a crowded stretch into a cluster that says how many; pressing it zooms in on them', async () => {
    const { el, h } = await down(syntheticEvents(400, 2010, 10));
    const clusters = h.clusters();
    expect(clusters.length).to.be.greaterThan(0);
    const biggest = clusters.sort((a, b) => b.count - a.count)[0];
    if (!biggest) throw new Error('no cluster');
    expect(biggest.name).to.match(new RegExp(`^${String(biggest.count)} events`));
    const before = windowMs(el);
    await clickOn(biggest.element);
    await until(() => windowMs(el).span < before.span / 2, 3000, 'the zoom to the cluster');
  });

  it('a search narrows what is drawn, and French writes the dates', async () => {
    const { el, h } = await down(EVENTS);
    el.query = 'vote';
    await until(() => h.marks().length === 1, 3000, 'one match drawn');
    expect(h.marks()[0]?.element.dataset.id).to.equal('vote');
    el.query = '';
    el.locale = 'fr';
    await until(() => h.mark('talks')?.element.querySelector('.when')?.textContent.includes('févr.') === true, 3000, 'a French date');
  });

  it("the keys panel gives the vertical plot's keys, in the reader's language", async () => {
    const { el } = await down(EVENTS);
    await clickOn(el.renderRoot.querySelector('[aria-controls="keys"]') as HTMLElement);
    const first = () => el.renderRoot.querySelector('#keys dl dt')?.textContent.replace(/\s+/g, ' ').trim();
    await until(() => first() === '↑ ↓', 3000, 'the ↑ ↓ row first');
    expect(el.renderRoot.querySelector('#keys dl dd')?.textContent).to.match(/^Previous or next event/);
    el.locale = 'fr';
    await until(() => el.renderRoot.querySelector('#keys dl dd')?.textContent.startsWith('Événement précédent ou suivant') === true, 3000, 'the French row');
  });

  itExcept({ webkit: LACKS.media }, 'prints down the paper: each event of the window inside the printed plot, the plot within the page', async () => {
    const { el, h } = await down(EVENTS);
    dispatchEvent(new Event('beforeprint'));
    try {
      await emulateMedia({ media: 'print' });
      await until(() => getComputedStyle(h.plot()).transform !== 'none', 3000, 'the print styles');
      const plot = h.plot().getBoundingClientRect();
      const frame = h.part('base')?.getBoundingClientRect();
      expect(plot.left).to.be.at.least((frame?.left ?? 0) - 1);
      expect(plot.right).to.be.at.most((frame?.right ?? 0) + 1);
      for (const e of EVENTS) {
        const box = h.mark(e.id)?.element.querySelector('.label, .bar')?.getBoundingClientRect();
        const inside = box !== undefined && box.top >= plot.top - 1 && box.bottom <= plot.bottom + 1;
        expect(inside && box.left >= plot.left - 1 && box.right <= plot.right + 1, e.id).to.equal(true);
      }
    } finally {
      dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
    expect(el.view.laidOutWidth).to.be.greaterThan(0);
  });

  it('Play walks the events down the plot, each selected and drawn in view', async () => {
    const { el, h } = await down(EVENTS, 'play-interval="0.3"');
    try {
      await clickOn(h.button('Play through the events'));
      await until(() => el.selected === 'talks', 3000, 'the first event played');
      await until(() => el.selected === 'camp', 3000, 'the second');
      expect(h.mark('camp')?.element.getAttribute('aria-pressed')).to.equal('true');
    } finally {
      el.pause();
    }
  });

  it('a deep link opens its event down the plot; Back and Forward move between the events chosen', async () => {
    history.replaceState(null, '', `${location.pathname}#event=vote`);
    try {
      const { el, h } = await down(EVENTS, 'hash');
      await until(() => el.selected === 'vote' && h.mark('vote')?.element.getAttribute('aria-pressed') === 'true', 3000, 'the linked event');
      await clickOn(h.mark('rally')?.element as HTMLElement);
      await until(() => new URLSearchParams(location.hash.slice(1)).get('event') === 'rally', 3000, 'the URL following');
      history.back();
      await until(() => el.selected === 'vote', 3000, 'Back to the vote');
      history.forward();
      await until(() => el.selected === 'rally', 3000, 'Forward to the rally');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('a legend toggle narrows what is drawn down the plot', async () => {
    const { h } = await down(EVENTS);
    await clickOn(h.legendToggle('Military'));
    await until(() => h.mark('camp') === undefined && h.mark('mission') === undefined, 3000, 'the military events gone');
    expect(h.marks().map((m) => m.id).sort()).to.deep.equal(['rally', 'talks', 'vote']);
  });

  it('keeps the selection when the page turns it from across to down and back', async () => {
    const { el, h } = await down(EVENTS, 'selected="vote"');
    expect(h.mark('vote')?.element.getAttribute('aria-pressed')).to.equal('true');
    el.orientation = 'horizontal';
    await settle(el);
    expect(h.plot().classList.contains('vertical')).to.equal(false);
    expect(h.mark('vote')?.element.getAttribute('aria-pressed')).to.equal('true');
    el.orientation = 'vertical';
    await until(() => h.mark('vote')?.element.classList.contains('v') === true, 3000, 'drawn down again');
  });

  it('no event of the Sahel dataset is out of reach by keyboard alone', async () => {
    const { el, h } = await down();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement?.before(before);
    before.focus();
    for (let i = 0; i < 40 && !h.plot().contains(h.focused()); i++) await sendKeys({ press: 'Tab' });
    expect(h.plot().contains(h.focused()), 'Tab reaches the plot').to.equal(true);
    await press('Home');
    const seen = new Set<string>();
    const all = el.shownEvents.map((e) => e.id);
    for (let i = 0; i < all.length + 2; i++) {
      await until(() => h.focused()?.dataset.id !== undefined, 3000, 'an event focused');
      seen.add(h.focused()?.dataset.id ?? '');
      await press('ArrowDown');
    }
    before.remove();
    expect(all.filter((id) => !seen.has(id))).to.deep.equal([]);
    expect(all.length).to.be.greaterThan(30);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const locale of ['en', 'fr']) {
      it(`axe finds nothing down the plot, ${scheme}, ${locale}`, async () => {
        const { el } = await down(undefined, `locale="${locale}"`, scheme);
        await expectNoViolations(el);
        el.selected = 'wagner-arrives-mali';
        await settle(el);
        await expectNoViolations(el);
      });
    }
  }
});
