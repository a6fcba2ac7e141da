/**
 * The screen-reader event list (render/event-list.ts): every event in time order, or for a
 * large dataset those in the window the view settled on; each entry selects its event and
 * takes the focus to it. Driven with real wheel events and keys.
 */
import { expect } from '@open-wc/testing';
import { TimelineHarness } from './harness.js';
import { frames, mount, plotPoint, press, sendWheel, syntheticEvents, until, windowMs } from './helpers.js';

describe('<sahel-timeline> screen-reader event list', () => {
  it('lists every event of a small dataset in time order, each with its date written out', async () => {
    const el = await mount(
      [
        { id: 'c', title: 'Third', start: '2021-05-04' },
        { id: 'a', title: 'First', start: '2019-01' },
        { id: 'b', title: 'Second', start: '2020-03-02' },
      ],
      'locale="en-GB"',
    );
    const h = new TimelineHarness(el);
    expect(h.eventList().getAttribute('aria-label')).to.equal('Events in time order: Timeline of 3 events, 2019 to 2021');
    expect(h.eventListItems().map((b) => b.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal(['First, January 2019', 'Second, 2 March 2020', 'Third, 4 May 2021']);
  });

  it('an entry selects its event, and moves the focus to it on the plot', async () => {
    const el = await mount([
      { id: 'a', title: 'First', start: '2019-01-01' },
      { id: 'b', title: 'Second', start: '2020-03-02' },
    ]);
    const h = new TimelineHarness(el);
    const fired: string[] = [];
    el.addEventListener('sahel-select', (e) => fired.push(`${e.detail.event?.id ?? 'null'} (${e.detail.cause})`));
    h.eventListItems()[1]?.focus();
    await press('Enter');
    await until(() => h.focusedId() === 'b', 3000, 'the focus on the event');
    expect(el.selected).to.equal('b');
    expect(fired).to.deep.equal(['b (keyboard)']);
  });

  it('lists the events in view of a large dataset once a zoom settles, not on every frame, from the first zoom on', async () => {
    const el = await mount(syntheticEvents(1000, 2015, 4));
    const h = new TimelineHarness(el);
    const items = () => h.eventListItems().map((li) => li.textContent.trim());
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
});
