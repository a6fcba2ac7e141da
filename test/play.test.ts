/**
 * Play: `play()` and the toolbar's toggle walk through the shown events at `play-interval`,
 * selecting each and saying its title; the reader's input pauses it, as do `pause()` and the end.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import { controlClock } from './clock.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, plotPoint, press, sendWheel, settle, until } from './helpers.js';

const ours: TimelineEvent[] = [
  { id: 'one', title: 'First step', start: '2020-01-01', category: 'politics' },
  { id: 'two', title: 'Second step', start: '2020-06-01', category: 'military' },
  { id: 'three', title: 'Third step', start: '2021-01-01', category: 'politics' },
];

/** To show that nothing happens: longer than two intervals, so that a step that should not come would have. */

describe('<sahel-timeline> play', () => {
  it('play() selects each shown event in turn at the interval, says its title, and stops at the last', async () => {
    const el = await mount(ours, 'play-interval="0.25"');
    const h = new TimelineHarness(el);
    const selected: string[] = [];
    el.addEventListener('sahel-select', (e) => selected.push(`${e.detail.event?.id ?? 'null'} (${e.detail.cause})`));
    el.play();
    expect(el.playing).to.equal(true);
    await settle(el);
    expect(el.selected).to.equal('one');
    await until(() => h.announcement() === 'First step', 2000, 'the first title said');
    await until(() => el.selected === 'two', 2000, 'the second event');
    await until(() => el.selected === 'three', 2000, 'the third event');
    await until(() => !el.playing, 2000, 'the end');
    expect(selected).to.deep.equal(['one (play)', 'two (play)', 'three (play)']);
  });

  it('walks only the events the filters leave', async () => {
    const el = await mount(ours, 'play-interval="0.2"');
    el.hiddenCategories = ['military'];
    await settle(el);
    const seen: string[] = [];
    el.addEventListener('sahel-select', (e) => seen.push(e.detail.event?.id ?? ''));
    el.play();
    await until(() => !el.playing, 3000, 'the end');
    expect(seen).to.deep.equal(['one', 'three']);
  });

  it("pause() stops it, and so does the reader's key, click or wheel", async () => {
    const el = await mount(ours, 'play-interval="0.2"');
    const h = new TimelineHarness(el);
    // Paused, nothing moves however long the reader waits: the clock runs 25 intervals on.
    let clock = controlClock();
    try {
      el.play();
      el.pause();
      const at = el.selected;
      clock.tick(5000);
      expect([el.playing, el.selected]).to.deep.equal([false, at]);
    } finally {
      clock.restore();
    }

    // The toolbar's toggle plays; a key of the reader's pauses.
    clock = controlClock();
    try {
      await clickOn(h.button('Play through the events'));
      await settle(el);
      expect(el.playing).to.equal(true);
      expect(h.button('Pause').title).to.equal('Pause');
      await press('Tab');
      expect(el.playing).to.equal(false);
      const after = el.selected;
      clock.tick(5000);
      expect(el.selected).to.equal(after);
    } finally {
      clock.restore();
    }

    el.selected = null;
    el.play();
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -100, modifiers: ['Control'] });
    await until(() => !el.playing, 2000, 'the wheel to pause');

    el.play();
    await clickOn(h.plot());
    await until(() => !el.playing, 2000, 'a click to pause');
  });
});
