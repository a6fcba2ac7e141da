/**
 * Any era of time through `src`: BCE dates, deep time beyond a JS Date's range, and times of
 * day, as a reader sees them (axis labels, the event list, the details).
 */
import { expect } from '@open-wc/testing';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, settle, until, windowMs } from './helpers.js';
import type { SahelTimeline } from '../src/timeline-element.js';

const axis = (h: TimelineHarness) => h.axisLabels().map((l) => l.text);
/** The screen-reader list of events in view. */
const listText = (el: SahelTimeline) => el.shadowRoot?.querySelector('section.sr-only')?.textContent.replace(/\s+/g, ' ') ?? '';

async function loaded(src: string, attrs = ''): Promise<{ el: SahelTimeline; h: TimelineHarness }> {
  const el = await mount(undefined, `src="${src}" locale="en-GB" ${attrs}`);
  const h = new TimelineHarness(el);
  await until(() => el.shownEvents.length > 0 && axis(h).length > 1, 5000, `${src} to load`);
  await settle(el);
  return { el, h };
}

describe('<sahel-timeline> any era of time', () => {
  it('deep time: the axis counts billions of years ago, and each event reads as people write it', async () => {
    const { el, h } = await loaded('/test/fixtures/deep-time.json');
    expect(el.shownEvents.length).to.equal(5);
    expect(axis(h).some((l) => l.endsWith("billion years ago"))).to.equal(true);
    // The timeline's name says when, in words.
    expect(el.shadowRoot?.querySelector('[part~="plot"]')?.getAttribute('aria-label')).to.contain('13.8 billion years ago');
    // The screen-reader list writes each date at its own precision.
    await until(() => listText(el).includes('13.8 billion years ago'), 3000, 'the list to name the Big Bang');
    expect(listText(el)).to.contain('66 million years ago');
  });

  it('deep time: zooming to Rome, the axis turns to years BCE and CE, with no year 0', async () => {
    const { el, h } = await loaded('/test/fixtures/deep-time.json');
    el.zoomTo('-0100', '0600');
    await until(() => windowMs(el).span < 1000 * 366 * 86_400_000, 5000, 'the glide to Rome');
    await settle(el);
    const labels = axis(h);
    expect(labels.some((l) => l.endsWith(" BCE")), `${labels.join('|')} ${JSON.stringify(windowMs(el))}`).to.equal(true);
    expect(labels).to.include('400');
    expect(labels.includes('0') || labels.includes('0 BCE')).to.equal(false);
  });

  it('BCE: days and months of 44 BCE in the details and on the axis', async () => {
    const { el, h } = await loaded('/test/fixtures/bce.json');
    el.zoomTo('-0043-03-01', '-0043-04-01');
    await until(() => windowMs(el).span < 40 * 86_400_000, 5000, 'the glide to March 44 BCE');
    await settle(el);
    expect(axis(h).some((l) => l.endsWith("44 BCE"))).to.equal(true);
    const ides = h.marks().find((m) => m.title.startsWith('Caesar is killed'));
    if (!ides) throw new Error('the Ides are not drawn');
    await clickOn(ides.element);
    await settle(el);
    const details = h.part('details')?.textContent.replace(/\s+/g, ' ') ?? '';
    expect(details).to.contain('15 March 44 BCE');
  });

  it('times of day: minute precision, labelled with the time and its zone; zooming in reaches hours', async () => {
    const { el, h } = await loaded('/test/fixtures/times.json');
    await until(() => listText(el).includes('14:30'), 3000, 'the list');
    // Chromium's Intl writes the hour "9", Firefox's "09" (both CLDR's en-GB).
    expect(listText(el)).to.match(/27 March 2022 at 0?9:15 UTC/);
    // 11:00 at UTC+1 is 10:00 UTC: drawn at its instant, written as given.
    const march = el.shownEvents.findIndex((e) => e.id === 'march');
    expect(march).to.equal(1);
    // The default narrowest window is ten minutes when events have times (a day otherwise).
    el.zoomTo('2022-03-27T14:00Z', '2022-03-27T15:00Z');
    await until(() => windowMs(el).span <= 1.1 * 3_600_000, 5000, 'zoom to an hour');
    await settle(el);
    expect(axis(h).some((l) => /^\d{2}:\d{2}$/.test(l))).to.equal(true);
    const speech = h.marks().find((m) => m.title.startsWith('A speech'));
    if (!speech) throw new Error('the speech at 14:30 is not drawn in the hour around it');
    await clickOn(speech.element);
    await settle(el);
    expect(h.part('details')?.textContent.replace(/\s+/g, ' ')).to.contain('27 March 2022 at 14:30');
    expect(h.part('details')?.textContent).to.contain('known to the minute');
  });
});
