/**
 * The title card: the dataset's title and summary where the details go while nothing is
 * selected; the Sahel dataset's own, a page's (`heading`, `summary`) and a file's.
 */
import { expect } from '@open-wc/testing';
import { summary as sahelSummary, title as sahelTitle } from '../src/dataset/about.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, press, settle, until } from './helpers.js';

const card = (h: TimelineHarness) => h.part('title-card');

describe('<sahel-timeline> title card', () => {
  it('the Sahel timeline opens on its title card; selecting an event replaces it, closing brings it back', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    await until(() => card(h) !== null, 3000, 'the title card');
    expect(card(h)?.querySelector('h2')?.textContent).to.equal(sahelTitle);
    expect(card(h)?.textContent).to.contain(sahelSummary);
    expect(card(h)?.getAttribute('aria-labelledby')).to.equal('title-card-title');
    await expectNoViolations(el);
    const first = h.marks()[0];
    if (!first) throw new Error('nothing drawn');
    await clickOn(first.element);
    await settle(el);
    expect(card(h)).to.equal(null);
    expect(h.part('details')?.textContent).to.contain(first.title.replace('…', ''));
    await press('Escape');
    await settle(el);
    expect(card(h)?.querySelector('h2')?.textContent).to.equal(sahelTitle);
  });

  it('a page sets its own heading and summary, as attributes or properties; without either there is no card', async () => {
    const events: TimelineEvent[] = [{ id: 'a', title: 'One', start: '2020' }];
    const el = await mount(events, 'heading="Our story"');
    const h = new TimelineHarness(el);
    await until(() => card(h) !== null, 3000, 'the title card');
    expect(card(h)?.querySelector('h2')?.textContent).to.equal('Our story');
    el.heading = 'My story';
    el.summary = 'What happened, briefly.';
    await settle(el);
    expect(card(h)?.querySelector('h2')?.textContent).to.equal('My story');
    expect(card(h)?.textContent).to.contain('What happened, briefly.');
    el.heading = undefined;
    el.summary = undefined;
    await settle(el);
    expect(card(h)).to.equal(null);
  });

  it("`title` is the element's tooltip, as on any element: it never changes the title card", async () => {
    const el = await mount(undefined, 'title="The Sahel, 2012 to now"');
    const h = new TimelineHarness(el);
    await until(() => card(h) !== null, 3000, 'the title card');
    expect(card(h)?.querySelector('h2')?.textContent).to.equal(sahelTitle);
    expect(el.title).to.equal('The Sahel, 2012 to now');
    el.title = 'Hover text';
    await settle(el);
    expect(el.getAttribute('title')).to.equal('Hover text');
    expect(card(h)?.querySelector('h2')?.textContent).to.equal(sahelTitle);
  });

  it("a src file's title, summary and eras are shown", async () => {
    const el = await mount(undefined, 'src="/test/fixtures/story.json" locale="en-GB"');
    const h = new TimelineHarness(el);
    await until(() => card(h) !== null, 3000, 'the title card');
    expect(card(h)?.querySelector('h2')?.textContent).to.equal('A river town');
    expect(card(h)?.textContent).to.contain('Three floods in ten years');
    await until(() => (el.shadowRoot?.querySelectorAll('[part~="era-list"] li').length ?? 0) === 1, 3000, 'the eras');
    expect(el.shadowRoot?.querySelector('[part~="era-list"] li')?.textContent.replace(/\s+/g, ' ').trim()).to.equal('Dyke works 2016 – Jun 2018');
  });
});
