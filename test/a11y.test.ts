import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { frames, mount, plotPoint, sendWheel, syntheticEvents, until, windowMs } from './helpers.js';
import { TimelineHarness } from './harness.js';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe?: { run: (context: Element, options: object) => Promise<AxeResult> };
  }
}

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  if (!window.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => {
        resolve();
      };
      script.onerror = () => {
        reject(new Error('axe-core did not load'));
      };
      document.head.append(script);
    });
  }
  if (!window.axe) throw new Error('axe-core missing');
  return window.axe;
}

/** Runs axe-core on the element, shadow DOM included, for WCAG 2.2 A and AA. */
async function expectNoViolations(el: Element): Promise<void> {
  const axe = await loadAxe();
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  expect(summary, summary.join('\n')).to.deep.equal([]);
}

function active(el: SahelTimeline): HTMLElement | null {
  return el.shadowRoot?.activeElement as HTMLElement | null;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await frames(2);
}

describe('<sahel-timeline> accessibility', () => {
  it('axe finds no violations in the default timeline', async () => {
    const el = await mount();
    await expectNoViolations(el);
  });

  it('axe finds no violations with an event selected and its details open', async () => {
    const el = await mount();
    el.selected = 'moura-massacre';
    await el.updateComplete;
    expect(el.renderRoot.querySelector('.details')).to.not.equal(null);
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
    expect(el.renderRoot.querySelectorAll('.cluster').length).to.be.greaterThan(3);
    await expectNoViolations(el);
  });

  it('names the timeline, describes it, and names each event with its date, precision and category', async () => {
    const el = await mount(undefined, 'locale="en-GB"');
    const plot = el.renderRoot.querySelector('.plot') as HTMLElement;
    expect(plot.getAttribute('aria-label')).to.equal('Timeline of 25 events, 2013 to 2022');
    const help = el.renderRoot.querySelector(`#${plot.getAttribute('aria-describedby') ?? ''}`);
    expect(help?.textContent).to.contain('arrow keys');
    const h = new TimelineHarness(el);
    // The name is the visible title and date (WCAG 2.5.3, label in name), then what only shape and hatching show.
    expect(h.mark('french-intervention-serval')?.name).to.equal('France launches Operation Serval in Mali, 11 Jan 2013, known to the day, Military');
    el.zoomToEvent('wagner-arrives-mali');
    await until(() => h.mark('wagner-arrives-mali') !== undefined, 3000, 'wagner drawn');
    const wagner = h.mark('wagner-arrives-mali')?.element;
    expect(h.mark('wagner-arrives-mali')?.name).to.equal('Wagner Group deploys to Mali, Dec 2021, known to the month, Military');
    const list = [...el.renderRoot.querySelectorAll('section[aria-label^="Events in time order"] li')];
    expect(list.length).to.equal(25);
    expect(el.renderRoot.querySelector('section.sr-only')?.getAttribute('aria-label')).to.equal('Events in time order: Timeline of 25 events, 2013 to 2022');
    // A label's tooltip only where it is cut: here the title is whole, and the name has it.
    expect(wagner?.hasAttribute('title')).to.equal(false);
    expect(list[0]?.textContent).to.contain('Operation Serval');
  });

  it('announces the range only once the reader has zoomed, not when the page opens', async () => {
    const el = await mount();
    const live = (t: SahelTimeline) => t.renderRoot.querySelector('[role="status"][aria-live]')?.textContent.trim() ?? '';
    // A second timeline, zoomed after the first one opened, is the clock: an announcement the
    // first one scheduled on opening would have been made before the second one's.
    const clock = await mount();
    clock.zoomBy(2);
    await until(() => live(clock).startsWith('Showing'), 5000, 'the second timeline to announce its zoom');
    expect(live(el)).to.equal('');
    el.zoomBy(2);
    await until(() => live(el).startsWith('Showing'), 3000, 'the announcement');
  });

  it('lists the events in view of a large dataset once a zoom settles, not on every frame, from the first zoom on', async () => {
    const el = await mount(syntheticEvents(1000, 2015, 4));
    const items = () => [...el.renderRoot.querySelectorAll('section[aria-label^="Events in time order"] li')].map((li) => li.textContent.trim());
    const before = items();
    expect(before.length).to.equal(100);
    const at = plotPoint(el, 0.6);
    for (let i = 0; i < 4; i++) {
      await sendWheel({ ...at, deltaY: -300, modifiers: ['Control'] });
      await frames(2);
      // Mid-zoom the list stays as it was: a screen reader is not read a list that churns.
      expect(items()).to.deep.equal(before);
    }
    await until(() => items()[0] !== before[0], 3000, 'the list to follow the settled window');
    const w = windowMs(el);
    const inView = new Set(el.shownEvents.filter((e) => Date.parse(e.start) >= w.start - 86_400_000 && Date.parse(e.start) < w.end).map((e) => e.title));
    for (const item of items()) expect(inView.has(item.split(',')[0] ?? ''), item).to.equal(true);
  });

  it('tabbing into an overview of clusters leaves the view alone; an arrow key then starts at the first event', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
      <button id="before">before</button>
      <sahel-timeline></sahel-timeline>
    </div>`);
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    el.events = syntheticEvents(5000, 2015, 8);
    await until(() => el.renderRoot.querySelectorAll('.cluster').length > 0, 3000, 'clusters');
    await frames(2);
    expect(el.renderRoot.querySelectorAll('.event').length, 'every event in a cluster').to.equal(0);
    const before = `${el.visibleRange.start.toISOString()} ${el.visibleRange.end.toISOString()}`;
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    // Through the toolbar to the plot.
    for (let i = 0; i < 10 && !active(el)?.classList.contains('plot'); i++) await press('Tab');
    await frames(4);
    expect(active(el)?.classList.contains('plot'), 'focus on the plot').to.equal(true);
    expect(`${el.visibleRange.start.toISOString()} ${el.visibleRange.end.toISOString()}`).to.equal(before);
    await press('ArrowRight');
    await until(() => active(el)?.dataset.id === el.shownEvents[0]?.id, 3000, 'the first event focused');
  });

  it('is operated with the keyboard alone, from tabbing in to reading a source and back out', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
      <button id="before">before</button>
      <sahel-timeline></sahel-timeline>
      <button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    await until(() => el.shownEvents.length > 0 && el.renderRoot.querySelectorAll('.event').length > 0, 3000, 'render');
    await frames(2);
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();

    // Tab through the toolbar to the plot: one tab stop, landing on the first event.
    for (let i = 0; i < 10 && !active(el)?.classList.contains('event'); i++) await press('Tab');
    const first = el.shownEvents[0]?.id;
    expect(active(el)?.dataset.id).to.equal(first);
    expect(el.renderRoot.querySelectorAll('.plot [tabindex="0"]').length).to.equal(1);

    // Arrows walk the events in time order; Home and End jump to the ends.
    await press('ArrowRight');
    await until(() => active(el)?.dataset.id === el.shownEvents[1]?.id, 3000, 'second event focused');
    await press('End');
    await until(() => active(el)?.dataset.id === el.shownEvents[el.shownEvents.length - 1]?.id, 3000, 'last event focused');
    await press('Home');
    await until(() => active(el)?.dataset.id === first, 3000, 'first event focused');

    // Moving onto an event hidden in a cluster brings it into view, labelled.
    const target = el.shownEvents[15]?.id ?? '';
    expect(el.renderRoot.querySelector(`.event[data-id="${target}"]`) === null, `${target} starts in a cluster`).to.equal(true);
    for (let i = 0; i < 15; i++) await press('ArrowRight');
    await until(() => active(el)?.dataset.id === target, 3000, 'clustered event focused');
    expect(el.renderRoot.querySelector(`.event[data-id="${target}"]`)).to.not.equal(null);

    // Zoom around the focused event, then show everything again.
    const before = +el.visibleRange.end - +el.visibleRange.start;
    await press('=');
    await until(() => +el.visibleRange.end - +el.visibleRange.start < before * 0.6, 3000, 'zoomed in');
    await until(() => el.renderRoot.querySelector('[role="status"]')?.textContent.startsWith('Showing') === true, 3000, 'live region');
    await press('0');
    await frames(3);

    // Enter opens the details; Tab reaches the source link; Escape closes and returns.
    await press('Home');
    await until(() => active(el)?.dataset.id === first, 3000, 'first event again');
    await press('Enter');
    await el.updateComplete;
    expect(el.selected).to.equal(first);
    const details = el.renderRoot.querySelector('.details');
    expect(details?.getAttribute('aria-labelledby')).to.equal('details-title');
    expect(el.renderRoot.querySelector('#details-title')?.textContent).to.contain('Operation Serval');
    for (let i = 0; i < 6 && active(el)?.tagName !== 'A'; i++) await press('Tab');
    expect(active(el)?.tagName).to.equal('A');
    expect(active(el)?.closest('.details')).to.not.equal(null);
    expect(active(el)?.textContent).to.contain('French failure in Mali');
    await press('Escape');
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    await until(() => active(el)?.dataset.id === first, 3000, 'focus back on the event');

    // Tab leaves the timeline for the rest of the page.
    for (let i = 0; i < 6 && document.activeElement !== wrapper.querySelector('#after'); i++) await press('Tab');
    expect(document.activeElement?.id).to.equal('after');
  });

  it('never takes the focus back from the page when an event it meant to focus is drawn later', async () => {
    const el = await mount(syntheticEvents(1500, 2015, 4), 'start="2016-03-01" end="2016-03-15"');
    const after = document.createElement('button');
    el.after(after);
    const id = el.renderRoot.querySelector<HTMLElement>('.event')?.dataset.id ?? '';
    const drawn = () => el.renderRoot.querySelector(`.event[data-id="${id}"]`) !== null;
    el.renderRoot.querySelector<HTMLElement>(`.event[data-id="${id}"]`)?.focus();
    // Move the focused event out of view (the focus stays on the plot), then zoom in.
    for (let i = 0; i < 12 && drawn(); i++) {
      await sendKeys({ down: 'Shift' });
      await press('ArrowRight');
      await sendKeys({ up: 'Shift' });
    }
    expect(drawn()).to.equal(false);
    expect(active(el)?.classList.contains('plot')).to.equal(true);
    await press('=');
    // The reader moves on; when the event comes back into view it must not pull the focus.
    after.focus();
    el.fit();
    await until(drawn, 3000, 'the event drawn again');
    await frames(2);
    expect(document.activeElement === after, 'the focus stays on the page').to.equal(true);
  });

  it('keeps the focus in the timeline at the last event, and when a list or notice it was on closes', async () => {
    const el = await mount([
      { id: 'a', title: 'A', start: '2020-01-01' },
      { id: 'b', title: 'B', start: '2020-02-01' },
      { id: 'bad' } as unknown as TimelineEvent,
    ]);
    const inside = () => document.activeElement === el && el.shadowRoot?.activeElement !== null;
    // The Next button stays focusable when there is no next event.
    const next = el.renderRoot.querySelector<HTMLButtonElement>('button[aria-label="Next event"]');
    next?.focus();
    for (let i = 0; i < 3; i++) await press('Enter');
    expect(el.selected).to.equal('b');
    expect(active(el) === next, 'focus on Next').to.equal(true);
    expect(next?.getAttribute('aria-disabled')).to.equal('true');
    // Dismissing the notice about the bad item.
    el.renderRoot.querySelector<HTMLButtonElement>('button[aria-label="Dismiss this notice"]')?.focus();
    await press('Enter');
    expect(el.renderRoot.querySelector('.notice') === null, 'notice gone').to.equal(true);
    expect(inside(), 'focus after dismissing').to.equal(true);
    // The keyboard shortcuts panel closes with Escape.
    const keys = el.renderRoot.querySelector<HTMLButtonElement>('button[aria-controls="keys"]');
    keys?.focus();
    await press('Enter');
    expect(el.renderRoot.querySelector('#keys')?.hasAttribute('hidden')).to.equal(false);
    await press('Escape');
    expect(el.renderRoot.querySelector('#keys')?.hasAttribute('hidden')).to.equal(true);
  });

  it('closing a cluster list with Escape leaves the focus in the timeline', async () => {
    const sameDay = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, title: `Same day ${i}`, start: '2022-03-27' as const }));
    const el = await mount([...sameDay, { id: 'early', title: 'Early', start: '2021-01-01' }]);
    for (let i = 0; i < 6 && !el.renderRoot.querySelector('.cluster-list'); i++) {
      el.renderRoot.querySelector<HTMLButtonElement>('.cluster')?.click();
      await frames(3);
      await el.updateComplete;
    }
    el.renderRoot.querySelector<HTMLButtonElement>('.cluster-list li button')?.focus();
    await press('Escape');
    expect(el.renderRoot.querySelector('.cluster-list') === null, 'list closed').to.equal(true);
    expect(document.activeElement === el && el.shadowRoot?.activeElement !== null, 'focus in the timeline').to.equal(true);
  });

  it('the keyboard help opens from the toolbar', async () => {
    const el = await mount();
    const toggle = el.renderRoot.querySelector<HTMLButtonElement>('button[aria-controls="keys"]');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    toggle?.click();
    await el.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect((el.renderRoot.querySelector('#keys') as HTMLElement).hidden).to.equal(false);
    expect(el.renderRoot.querySelector('#keys')?.textContent).to.contain('Previous or next event');
  });

  it('reflows to 320 CSS pixels (as at 400% zoom) without losing controls or text', async () => {
    const el = await mount(undefined, 'locale="en-GB"');
    (el.parentElement as HTMLElement).style.width = '320px';
    el.selected = 'moura-massacre';
    await until(() => (el.renderRoot.querySelector('.plot') as HTMLElement).clientWidth === 320, 3000, 'reflow');
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    for (const b of el.renderRoot.querySelectorAll<HTMLElement>('.toolbar button')) {
      const r = b.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left);
      expect(r.right).to.be.at.most(box.right);
    }
    for (const part of ['.details', '.legend', '.toolbar']) {
      const node = el.renderRoot.querySelector(part) as HTMLElement;
      expect(node.scrollWidth, part).to.be.at.most(node.clientWidth + 1);
    }
    expect(el.renderRoot.querySelector('.details')?.textContent).to.contain('Human Rights Watch');
  });

  it('in forced colors (Windows High Contrast) bars, glyphs and clusters are drawn in the system text colour', async () => {
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
      await until(() => el.renderRoot.querySelector('.cluster') !== null, 3000, 'a cluster');
      expect(style('.cluster').borderTopColor, 'cluster outline').to.equal(canvasText);
      expect(style('.cluster').color, 'cluster count').to.equal(canvasText);
    } finally {
      await executeServerCommand('set-forced-colors', { active: false });
    }
  });

  it('touch targets are at least 24 by 24 pixels', async () => {
    const el = await mount();
    for (const b of el.renderRoot.querySelectorAll<HTMLElement>('.toolbar button, .cluster, .event')) {
      const r = b.getBoundingClientRect();
      expect(r.height, b.getAttribute('aria-label') ?? '').to.be.at.least(24);
      expect(r.width, b.getAttribute('aria-label') ?? '').to.be.at.least(24);
    }
  });
});
