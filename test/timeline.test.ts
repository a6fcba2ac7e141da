/**
 * The whole element: what a page gets with no data, and with its own. Each behaviour has a
 * file of its own (view, keyboard, toolbar, selection, clusters, announcer, hint, event-list,
 * labels, intake); whole-element journeys and axe checks are in a11y.test.ts.
 */
import { expect } from '@open-wc/testing';
import { events as sahelEvents } from '../src/dataset/events.js';
import { TimelineHarness } from './harness.js';
import { mount } from './helpers.js';

describe('<sahel-timeline>', () => {
  it('shows the built-in Sahel dataset when given no data', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    expect(el.shownEvents.length).to.equal(sahelEvents.length);
    expect(h.marks().map((m) => m.id)).to.include('french-intervention-serval');
    expect(h.part('legend')?.textContent).to.contain('Military');
  });

  it('renders any dataset given as the events property', async () => {
    const el = await mount([
      { id: 'a', title: 'Alpha', start: '2001-05-04' },
      { id: 'b', title: 'Beta', start: '2001-06' },
    ]);
    expect(new TimelineHarness(el).marks().map((m) => m.title)).to.have.members(['Alpha', 'Beta']);
  });
});
