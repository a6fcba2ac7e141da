import { expect, fixture, html } from '@open-wc/testing';
import '../src/sahel-timeline.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { TimelineHarness } from './harness.js';
import { clickOn, frames, until } from './helpers.js';

// The details and a cluster's list are a chunk loaded on demand. This file mounts timelines
// without the helpers' preloading, so the first one here is the first of the page to need it.
const EVENTS: TimelineEvent[] = [
  { id: 'a', title: 'Accord signed in the capital', start: '2021-03-02', category: 'diplomacy' },
  { id: 'b', title: 'Elections postponed', start: '2021-09-14', category: 'politics' },
];

const panelsFetched = () => performance.getEntriesByType('resource').some((r) => r.name.includes('/render/panels'));

describe('<sahel-timeline> panels, loaded on demand', () => {
  it('a page that has not touched the timeline has not fetched the panels; a click on an event shows its details, styled', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('sahel-timeline');
    el.events = EVENTS;
    wrapper.append(el);
    const h = new TimelineHarness(el);
    await until(() => h.marks().length === 2, 3000, 'marks drawn');
    await frames(2);
    expect(panelsFetched(), 'panels fetched before any reader input').to.equal(false);
    const mark = h.mark('b');
    if (!mark) throw new Error('event b is not drawn');
    await clickOn(mark.element);
    await until(() => h.part('details') !== null, 5000, 'the details panel');
    expect(panelsFetched()).to.equal(true);
    const details = h.part('details') as HTMLElement;
    expect(details.textContent).to.contain('Elections postponed');
    // Its own styles came with it: the panel's top border and padding.
    const style = getComputedStyle(details);
    expect(style.borderTopWidth).to.equal('1px');
    expect(style.paddingLeft).to.equal('16px');
  });
});
