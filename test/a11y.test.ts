/**
 * Accessibility of the whole element: axe in each state, names, a keyboard-only journey from
 * tabbing in to reading a source and back out, reflow, forced colours and target sizes. Each
 * behaviour's own keyboard and announcement tests are in its own file.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { frames, mount, mountBetweenButtons, press, syntheticEvents, until } from './helpers.js';
import { itExcept, LACKS } from './engines.js';

describe('<sahel-timeline> accessibility', () => {
  it('axe finds no violations in the default timeline', async () => {
    const el = await mount();
    await expectNoViolations(el);
  });

  it('axe finds no violations with an event selected and its details open', async () => {
    const el = await mount();
    el.selected = 'moura-massacre';
    await el.updateComplete;
    expect(new TimelineHarness(el).part('details')).to.not.equal(null);
    await expectNoViolations(el);
  });

  it('axe finds no violations in the dark theme', async () => {
    const el = await mount(undefined, 'theme="dark"');
    el.selected = 'french-intervention-serval';
    await el.updateComplete;
    await expectNoViolations(el);
  });

  it('axe finds no violations with a dense dataset drawn as clusters', async () => {
    const el = await mount(syntheticEvents(3000, 2010, 10));
    expect(new TimelineHarness(el).clusters().length).to.be.greaterThan(3);
    await expectNoViolations(el);
  });

  it('names the timeline, describes it, and names each event with its date, precision and category', async () => {
    const el = await mount(undefined, 'locale="en-GB"');
    const h = new TimelineHarness(el);
    const plot = h.plot();
    expect(plot.getAttribute('aria-label')).to.equal('Timeline of 35 events, 1999 to 2022');
    const help = el.renderRoot.querySelector(`#${plot.getAttribute('aria-describedby') ?? ''}`);
    expect(help?.textContent).to.contain('arrow keys');
    // The name is the visible title and date (WCAG 2.5.3, label in name), then what only shape and hatching show.
    expect(h.mark('french-intervention-serval')?.name).to.equal('France launches Operation Serval in Mali, 11 Jan 2013, known to the day, Military');
    el.zoomToEvent('wagner-arrives-mali');
    await until(() => h.mark('wagner-arrives-mali') !== undefined, 3000, 'wagner drawn');
    const wagner = h.mark('wagner-arrives-mali');
    expect(h.mark('wagner-arrives-mali')?.name).to.equal('Wagner Group deploys to Mali, Dec 2021, known to the month, Military');
    const list = h.eventListItems();
    expect(list.length).to.equal(35);
    expect(h.eventList().getAttribute('aria-label')).to.equal('Events in time order: Timeline of 35 events, 1999 to 2022');
    // A label's tooltip only where it is cut: here the title is whole, and the name has it.
    expect(wagner?.tooltip).to.equal(null);
    expect(list[0]?.textContent).to.contain('Hungary joins NATO');
  });

  it('is operated with the keyboard alone, from tabbing in to reading a source and back out', async () => {
    const { el, after } = await mountBetweenButtons();
    const h = new TimelineHarness(el);
    const focusedId = () => h.focusedId();

    // The toolbar is one tab stop, the search box another, the plot a third, landing on the first event.
    await press('Tab');
    expect(h.focused()).to.equal(h.button('Zoom in'));
    await press('Tab');
    expect(h.focused()).to.equal(h.searchBox());
    await press('Tab');
    // The first event of the opening window (2012 on: the story's 1999 context is out of view).
    expect(focusedId()).to.equal('northern-mali-falls-2012');
    const landed = el.shownEvents.findIndex((e) => e.id === focusedId());
    const first = el.shownEvents[0]?.id;
    expect(h.marks().filter((m) => m.element.tabIndex === 0).length).to.equal(1);

    // Arrows walk the events in time order; Home and End jump to the ends.
    await press('ArrowRight');
    await until(() => focusedId() === el.shownEvents[landed + 1]?.id, 3000, 'next event focused');
    await press('End');
    await until(() => focusedId() === el.shownEvents[el.shownEvents.length - 1]?.id, 3000, 'last event focused');
    await press('Home');
    await until(() => focusedId() === first, 3000, 'first event focused');

    // Moving onto an event hidden in a cluster brings it into view, labelled.
    const target = el.shownEvents[15]?.id ?? '';
    expect(h.mark(target) === undefined, `${target} starts in a cluster`).to.equal(true);
    for (let i = 0; i < 15; i++) await press('ArrowRight');
    await until(() => focusedId() === target, 3000, 'clustered event focused');
    expect(h.mark(target)).to.not.equal(undefined);

    // Zoom around the focused event, then show everything again.
    const before = +el.visibleRange.end - +el.visibleRange.start;
    await press('=');
    await until(() => +el.visibleRange.end - +el.visibleRange.start < before * 0.6, 3000, 'zoomed in');
    await until(() => h.announcement().startsWith('Showing'), 3000, 'live region');
    await press('0');
    await frames(3);

    // Enter opens the details; Tab reaches the source link; Escape closes and returns.
    await press('Home');
    await until(() => focusedId() === first, 3000, 'first event again');
    await press('Enter');
    await el.updateComplete;
    expect(el.selected).to.equal(first);
    const details = h.part('details');
    expect(details?.getAttribute('aria-labelledby')).to.equal('details-title');
    expect(el.renderRoot.querySelector('#details-title')?.textContent).to.contain('Hungary joins NATO');
    for (let i = 0; i < 6 && h.focused()?.tagName !== 'A'; i++) await press('Tab');
    // First the event's media, a link card to its Wikipedia article, then its source.
    expect(h.focused()?.textContent).to.contain('On Wikipedia');
    await press('Tab');
    expect(h.focused()?.tagName).to.equal('A');
    expect(details?.contains(h.focused() ?? null)).to.equal(true);
    expect(h.focused()?.textContent).to.contain('After Mali, Will Russia Court Burkina Faso Next?');
    await press('Escape');
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    await until(() => focusedId() === first, 3000, 'focus back on the event');

    // Tab leaves the timeline for the rest of the page.
    for (let i = 0; i < 6 && document.activeElement !== after; i++) await press('Tab');
    expect(document.activeElement?.id).to.equal('after');
  });

  it('keeps the focus in the timeline at the last event, and when the notice it was on closes', async () => {
    const el = await mount([
      { id: 'a', title: 'A', start: '2020-01-01' },
      { id: 'b', title: 'B', start: '2020-02-01' },
      { id: 'bad' } as unknown as TimelineEvent,
    ]);
    const h = new TimelineHarness(el);
    const inside = () => document.activeElement === el && h.focused() !== null;
    // The Next button stays focusable when there is no next event.
    const next = h.button('Next event');
    next.focus();
    for (let i = 0; i < 3; i++) await press('Enter');
    expect(el.selected).to.equal('b');
    expect(h.focused() === next, 'focus on Next').to.equal(true);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    // Dismissing the notice about the bad item.
    h.part('notice')?.querySelector<HTMLButtonElement>('button[aria-label="Dismiss this notice"]')?.focus();
    await press('Enter');
    expect(h.part('notice') === null, 'notice gone').to.equal(true);
    expect(inside(), 'focus after dismissing').to.equal(true);
  });

  it('reflows to 320 CSS pixels (as at 400% zoom) without losing controls or text', async () => {
    const el = await mount(undefined, 'locale="en-GB"');
    (el.parentElement as HTMLElement).style.width = '320px';
    el.selected = 'moura-massacre';
    const h = new TimelineHarness(el);
    await until(() => h.plot().clientWidth === 320, 3000, 'reflow');
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    for (const b of h.buttons()) {
      const r = b.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left);
      expect(r.right).to.be.at.most(box.right);
    }
    for (const part of ['details', 'legend', 'toolbar']) {
      const node = h.part(part);
      if (!node) throw new Error(`no ${part}`);
      expect(node.scrollWidth, part).to.be.at.most(node.clientWidth + 1);
    }
    expect(h.part('details')?.textContent).to.contain('Human Rights Watch');
  });

  itExcept({ webkit: LACKS.forced }, 'in forced colors (Windows High Contrast) bars, glyphs and clusters are drawn in the system text colour', async () => {
    const span: TimelineEvent = { id: 'span', title: 'A span', start: '2015-01-01', end: '2015-03-01', category: 'military' };
    const el = await mount([span, ...syntheticEvents(600, 2015, 2)]);
    el.zoomTo('2015-01-01', '2015-03-01');
    await until(() => el.renderRoot.querySelector('.event .bar') !== null && el.renderRoot.querySelector('.event .glyph') !== null, 3000, 'a bar and a glyph');
    await executeServerCommand('set-forced-colors', { active: true });
    try {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const style = (selector: string) => getComputedStyle(el.renderRoot.querySelector(selector) as Element);
      // A category colour here would be repainted as the page background, and the bar would vanish.
      expect(style('.event .bar').backgroundColor, 'bar').to.equal(canvasText);
      expect(style('.event .glyph').fill, 'glyph').to.equal(canvasText);
      el.zoomTo('2015-01-01', '2017-01-01');
      const h = new TimelineHarness(el);
      await until(() => h.clusters().length > 0, 3000, 'a cluster');
      const cluster = getComputedStyle(h.clusters()[0]?.element as Element);
      expect(cluster.borderTopColor, 'cluster outline').to.equal(canvasText);
      expect(cluster.color, 'cluster count').to.equal(canvasText);
    } finally {
      await executeServerCommand('set-forced-colors', { active: false });
    }
  });

  it('touch targets are at least 24 by 24 pixels', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const targets = [
      ...h.buttons().map((b) => ({ name: b.getAttribute('aria-label') ?? 'keys', box: b.getBoundingClientRect() })),
      ...h.clusters().map((c) => ({ name: c.name, box: c.box })),
      ...h.marks().map((m) => ({ name: m.name, box: m.box })),
    ];
    expect(h.clusters().length, 'some clusters').to.be.greaterThan(0);
    expect(h.marks().length, 'some events').to.be.greaterThan(0);
    for (const { name, box } of targets) {
      expect(box.height, name).to.be.at.least(24);
      expect(box.width, name).to.be.at.least(24);
    }
  });
});
