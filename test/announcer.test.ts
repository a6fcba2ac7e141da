/**
 * The live region (AnnouncerController): once a zoom or pan has settled, and not when the
 * page opens, it says politely which dates are in view and how many events. Driven with real
 * wheel events and keys.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import { TimelineHarness } from './harness.js';
import { frames, mount, plotPoint, press, sendWheel, syntheticEvents, until } from './helpers.js';

const DAY = 86_400_000;
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Day events touching [start, end). */
function countTouching(events: readonly TimelineEvent[], start: number, end: number): number {
  return events.filter((e) => Date.parse(e.start) < end && Date.parse(e.start) + DAY > start).length;
}

describe('<sahel-timeline> announcer', () => {
  it('announces the range only once the reader has zoomed, not when the page opens', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    // A second timeline, zoomed after the first one opened, is the clock: an announcement the
    // first one scheduled on opening would have been made before the second one's.
    const clock = new TimelineHarness(await mount());
    clock.el.zoomBy(2);
    await until(() => clock.announcement().startsWith('Showing'), 5000, 'the second timeline to announce its zoom');
    expect(h.announcement()).to.equal('');
    el.zoomBy(2);
    await until(() => h.announcement().startsWith('Showing'), 3000, 'the announcement');
  });

  it('after a ctrl+wheel zoom, says the range and the count of events in view once the zoom settles', async () => {
    const events = syntheticEvents(300, 2020, 2);
    const el = await mount(events, 'locale="en-GB"');
    const h = new TimelineHarness(el);
    const at = plotPoint(el, 0.4);
    await sendWheel({ ...at, deltaY: -200, modifiers: ['Control'] });
    await frames(2);
    // Mid-gesture it says nothing: a screen reader is not read every frame.
    expect(h.announcement()).to.equal('');
    await sendWheel({ ...at, deltaY: -200, modifiers: ['Control'] });
    await until(() => h.announcement() !== '', 3000, 'the announcement');
    const { start, end } = el.visibleRange;
    const n = countTouching(el.shownEvents, +start, +end);
    expect(n).to.be.greaterThan(1);
    expect(n).to.be.lessThan(events.length);
    expect(h.announcement()).to.equal(`Showing ${longDate.format(start)} to ${longDate.format(end)}: ${String(n)} events.`);
  });

  it('a keyboard zoom is announced too, for the window it came to rest on', async () => {
    const el = await mount(syntheticEvents(300, 2020, 2), 'locale="en-GB"');
    const h = new TimelineHarness(el);
    h.plot().focus();
    await press('=');
    await until(() => h.announcement() !== '', 3000, 'the announcement');
    const { start, end } = el.visibleRange;
    expect(h.announcement()).to.contain(`Showing ${longDate.format(start)} to ${longDate.format(end)}`);
  });
});
