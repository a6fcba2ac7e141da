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
import { executeServerCommand } from './commands.js';
import { engine } from './engines.js';
import { until } from './helpers.js';

const events: TimelineEvent[] = [
  { id: 'a', title: 'In Mali', start: '2021-01-01', countries: ['ML'] },
  { id: 'b', title: 'In Niger', start: '2021-06-01', countries: ['NE'] },
];

describe('<sahel-timeline> lanes, loaded on demand', () => {
  // The server holds the lanes chunk back (web-test-runner.config.mjs, `slow-module`), so the
  // timeline is laid out and drawn well before it comes.
  // Firefox hands a module an earlier page of the run fetched (the helpers' `mount` preloads
  // this one) from its memory cache at once: turning the cache off empties it. WebKit asks the
  // server again, and its driver cannot turn the cache off.
  before(async () => {
    document.cookie = 'slow-module=/src/render/lanes.ts:1500; path=/';
    if (engine !== 'webkit') await executeServerCommand('set-cache', { enabled: false });
  });
  after(async () => {
    document.cookie = 'slow-module=; path=/; max-age=0';
    if (engine !== 'webkit') await executeServerCommand('set-cache', { enabled: true });
  });

  it('group-by draws no strip of marks while the lanes chunk loads, then the lanes, styled', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    wrapper.innerHTML = '<sahel-timeline group-by="country"></sahel-timeline>';
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    el.events = events;
    const h = new TimelineHarness(el);
    // Laid out and drawn, the chunk still on its way: the plot has its width and its axis,
    // and no marks outside lanes.
    await until(() => (h.part('plot')?.clientWidth ?? 0) > 0 && h.axisLabels().length > 0, 3000, 'the plot laid out before the chunk');
    expect(h.lanes().length, 'the lanes chunk came before the plot was drawn: nothing was checked').to.equal(0);
    expect(h.marks().length).to.equal(0);
    await until(() => h.lanes().length === 2, 5000, 'the lanes');
    await until(() => h.marks().length === 2, 3000, 'their marks');
    expect(h.lanes().map((l) => l.name)).to.deep.equal(['Mali', 'Niger']);
    // Their styles came with them: the lanes scroll inside the plot.
    expect(getComputedStyle(h.laneScroller()).overflowY).to.equal('auto');
  });
});
