import { expect, fixture, html } from '@open-wc/testing';
import '../src/sahel-timeline.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { until } from './helpers.js';

/** How many events src/dataset/events.ts holds (not imported: that would load the data early). */
const SAHEL_COUNT = 35;

// The built-in Sahel data is a chunk loaded on demand. This file mounts timelines without the
// helpers' preloading, so the first one here is the first of the page to ask for it.
describe('<sahel-timeline> built-in data, loaded on demand', () => {
  it('says it is loading, then draws the Sahel events, and keeps a selected attribute set before they came', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrapper.innerHTML = '<sahel-timeline selected="moura-massacre"></sahel-timeline>';
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    await el.updateComplete;
    const h = new TimelineHarness(el);
    // Before the chunk has arrived: a loading state, not "No events to show".
    expect(el.shownEvents.length).to.equal(0);
    expect(h.plot().textContent).to.contain('Loading events…');
    await until(() => el.shownEvents.length === SAHEL_COUNT, 5000, 'the built-in events');
    await until(() => h.marks().length > 3, 3000, 'marks drawn');
    expect(h.plot().textContent).not.to.contain('Loading events…');
    expect(el.selected).to.equal('moura-massacre');
    // The details panel is a chunk of its own too.
    await until(() => h.part('details') !== null, 5000, 'the details panel');
    expect(h.part('details')?.textContent).to.contain('Moura');
  });

  it('never shows the built-in events once the page has given its own, even if they arrive later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrapper.innerHTML = '<sahel-timeline></sahel-timeline>';
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    el.events = [{ id: 'own', title: 'Our own event', start: '2024-03-05' }];
    await el.updateComplete;
    const second = document.createElement('sahel-timeline');
    wrapper.append(second);
    // A second timeline without data shows the built-in events; the first keeps its own.
    await until(() => second.shownEvents.length === SAHEL_COUNT, 5000, 'the built-in events in the second timeline');
    await el.updateComplete;
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['own']);
  });
});
