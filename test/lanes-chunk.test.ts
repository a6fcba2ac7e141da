/**
 * The lanes are a chunk of their own, loaded when a timeline first groups its events: a page
 * that never sets `group-by` never downloads them. This file does not preload it (the
 * helpers' `mount` does), so it follows that path: one strip never flashes while it comes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/sahel-timeline.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { until } from './helpers.js';

const events: TimelineEvent[] = [
  { id: 'a', title: 'In Mali', start: '2021-01-01', countries: ['ML'] },
  { id: 'b', title: 'In Niger', start: '2021-06-01', countries: ['NE'] },
];

describe('<sahel-timeline> lanes, loaded on demand', () => {
  it('group-by draws no strip of marks while the lanes chunk loads, then the lanes, styled', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    wrapper.innerHTML = '<sahel-timeline group-by="country"></sahel-timeline>';
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    el.events = events;
    await el.updateComplete;
    const h = new TimelineHarness(el);
    // The first render, before the chunk: no marks outside lanes.
    expect(h.lanes().length === 0 ? h.marks().length : 0).to.equal(0);
    await until(() => h.lanes().length === 2, 3000, 'the lanes');
    await until(() => h.marks().length === 2, 3000, 'their marks');
    expect(h.lanes().map((l) => l.name)).to.deep.equal(['Mali', 'Niger']);
    // Their styles came with them: the lanes scroll inside the plot.
    expect(getComputedStyle(h.laneScroller()).overflowY).to.equal('auto');
  });
});
