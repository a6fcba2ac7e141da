/**
 * The notice's sentences are a chunk loaded with the first problem to report. This file mounts
 * timelines without the helpers' preloading, so the first problem here is the first of the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/sahel-timeline.js';
import { noticesChunk } from '../src/controllers/chunks.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { errors, notice, until } from './helpers.js';

const noticeFetched = () => performance.getEntriesByType('resource').some((r) => r.name.includes('/render/notice-message'));
const valid: TimelineEvent = { id: 'a', title: 'Accord', start: '2021-03-02' };
const untitled: TimelineEvent = { id: 'b', title: '', start: '2021' };

describe('<sahel-timeline> notice, loaded on demand', () => {
  it('valid events fetch no notice; a problem fixed while its words load leaves no notice, but is still reported', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('sahel-timeline');
    const seen = errors(el);
    el.events = [valid];
    wrapper.append(el);
    await el.updateComplete;
    expect(noticeFetched(), 'notice fetched for valid events').to.equal(false);
    el.events = [valid, untitled];
    await el.updateComplete;
    el.events = [valid];
    await el.updateComplete;
    // The element fetched the words itself; the test only waits for them to arrive.
    await until(() => noticeFetched(), 3000, 'the notice chunk, fetched by the element');
    await noticesChunk.load();
    await el.updateComplete;
    expect(seen.map((d) => d.message)).to.deep.equal(['1 of 2 events could not be shown: its title is missing.']);
    expect(notice(el)).to.equal('');
  });

  it('once loaded, a problem shows the notice and fires sahel-error with its sentence', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('sahel-timeline');
    const seen = errors(el);
    el.events = [valid, untitled];
    wrapper.append(el);
    await until(() => notice(el) !== '', 5000, 'the notice');
    expect(notice(el)).to.contain('1 of 2 events could not be shown: its title is missing.');
    expect(seen.length).to.equal(1);
  });
});
