/**
 * Selection (SelectionController): which event is selected, `sahel-select` when the reader
 * changes it (never when the page does), and Previous/Next walking the events in time order.
 * Driven with real clicks and keys.
 */
import { expect } from '@open-wc/testing';
import { resetMouse } from './commands.js';
import { events as sahelEvents } from '../src/dataset/events.js';
import type { SelectDetail } from '../src/events.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, press, settle, until } from './helpers.js';

describe('<sahel-timeline> selection', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('clicking an event selects it, fires sahel-select { event, cause: pointer } and shows its details; closing them fires a null event', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const mark = h.mark('french-intervention-serval');
    if (!mark) throw new Error('mark missing');
    let detail: SelectDetail | undefined;
    el.addEventListener('sahel-select', (e) => (detail = e.detail));
    await clickOn(mark.element.querySelector('[part~="label"]') ?? mark.element);
    await el.updateComplete;
    expect([detail?.event?.id, detail?.cause]).to.deep.equal(['french-intervention-serval', 'pointer']);
    expect(el.selected).to.equal('french-intervention-serval');
    expect(el.getAttribute('selected')).to.equal('french-intervention-serval');
    expect(h.mark('french-intervention-serval')?.selected).to.equal(true);
    const details = h.part('details');
    expect(details?.textContent).to.contain('Operation Serval');
    // The article's own date is shown beside the established one, with the sources.
    expect(details?.textContent).to.contain('2012');
    expect(details?.textContent).to.contain('paragraph 12');
    const close = [...(details?.querySelectorAll('button') ?? [])].find((b) => b.getAttribute('aria-label') === 'Close details');
    if (!close) throw new Error('no close button');
    await clickOn(close);
    await el.updateComplete;
    expect(detail).to.deep.equal({ event: null, cause: 'pointer' });
    expect(h.part('details')).to.equal(null);
  });

  it('a clicked event keeps the focus, so that the keys go on from it', async () => {
    // Five events, the third clicked: it was drawn first once selected, and the DOM moved it.
    const el = await mount([
      { id: 'talks', title: 'Talks open', start: '2021-02-01', category: 'diplomacy' },
      { id: 'camp', title: 'A camp is built', start: '2021-04-12', category: 'military' },
      { id: 'vote', title: 'A vote', start: '2021-08-20', category: 'politics' },
      { id: 'patrol', title: 'A patrol goes out', start: '2021-10-02', category: 'military' },
      { id: 'rally', title: 'A rally', start: '2021-12-05', category: 'protest' },
    ]);
    const h = new TimelineHarness(el);
    const mark = h.mark('vote');
    if (!mark) throw new Error('mark missing');
    await clickOn(mark.element);
    await settle(el);
    expect(h.focusedId()).to.equal('vote');
    await press('ArrowRight');
    expect(h.focusedId()).to.equal('patrol');
  });

  it('Previous event and Next event walk the events in time order and glide to each', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const order = [...sahelEvents].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const seen: string[] = [];
    el.addEventListener('sahel-select', (e) => seen.push(`${e.detail.event?.id ?? 'null'} (${e.detail.cause})`));
    for (let i = 0; i < 5; i++) {
      await clickOn(h.button('Next event'));
      await settle(el);
    }
    // From nothing selected, Next starts at the first event in view: the story opens on 2012.
    const first = order.findIndex((e) => e.start >= '2012');
    expect(seen).to.deep.equal(order.slice(first, first + 5).map((e) => `${e.id} (pointer)`));
    await clickOn(h.button('Previous event'));
    await settle(el);
    expect(el.selected).to.equal(order[first + 3]?.id);
    // The selected event is in view, labelled and shown as selected.
    await until(() => h.mark(el.selected ?? '')?.selected === true, 3000, 'selected in view');
    // From the keyboard, the same buttons say so.
    h.button('Next event').focus();
    await press('Enter');
    await settle(el);
    expect(seen.at(-1)).to.equal(`${order[first + 4]?.id ?? ''} (keyboard)`);
  });

  it('next() and previous() stop at the ends, where the buttons say they are disabled; being the page\'s, they fire no sahel-select', async () => {
    const el = await mount([
      { id: 'a', title: 'A', start: '2000-01-01' },
      { id: 'b', title: 'B', start: '2000-02-01' },
    ]);
    const h = new TimelineHarness(el);
    const fired: unknown[] = [];
    el.addEventListener('sahel-select', (e) => fired.push(e.detail));
    el.next();
    el.next();
    el.next();
    expect(el.selected).to.equal('b');
    el.previous();
    el.previous();
    expect(el.selected).to.equal('a');
    await el.updateComplete;
    expect(h.button('Previous event').getAttribute('aria-disabled')).to.equal('true');
    expect(h.button('Next event').getAttribute('aria-disabled')).to.equal('false');
    expect(fired).to.deep.equal([]);
  });

  it('setting `selected` from script selects the event and shows it, without firing sahel-select', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const fired: unknown[] = [];
    el.addEventListener('sahel-select', (e) => fired.push(e.detail));
    el.selected = 'french-intervention-serval';
    await el.updateComplete;
    expect(h.mark('french-intervention-serval')?.selected).to.equal(true);
    expect(h.part('details')?.textContent).to.contain('Operation Serval');
    el.selected = null;
    await el.updateComplete;
    expect(h.part('details')).to.equal(null);
    expect(fired).to.deep.equal([]);
  });

  it('Enter on the focused event selects it and Escape clears it, each firing sahel-select with cause keyboard', async () => {
    const el = await mount([
      { id: 'a', title: 'A', start: '2000-01-01' },
      { id: 'b', title: 'B', start: '2000-02-01' },
    ]);
    const h = new TimelineHarness(el);
    const fired: SelectDetail[] = [];
    el.addEventListener('sahel-select', (e) => fired.push(e.detail));
    h.searchBox().focus();
    await press('Tab');
    await press('ArrowRight');
    await until(() => h.focusedId() === 'b', 3000, 'b focused');
    await press('Enter');
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    await press('Escape');
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(fired.map((d) => [d.event?.id ?? null, d.cause])).to.deep.equal([['b', 'keyboard'], [null, 'keyboard']]);
  });
});
