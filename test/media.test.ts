/**
 * Media in the details: an image with its alt text, caption and credit, lazy and without a
 * referrer, in a box that does not jump; a broken image keeps its words; videos and pages as
 * link cards, a frame only with `embed-media`; hostile addresses never rendered; axe.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import { validateEvents } from '../src/dataset/validate.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, errors, mount, settle, until } from './helpers.js';

const photo: TimelineEvent = {
  id: 'photo',
  title: 'A market reopens',
  start: '2021-03-01',
  media: { url: '/test/fixtures/photo.png', alt: 'Stalls under awnings', caption: 'The central market on its first day', credit: 'A. Reporter' },
};
const broken: TimelineEvent = { id: 'broken', title: 'A lost picture', start: '2021-05-01', media: { url: '/test/fixtures/no-such-picture.png', alt: 'A crowd at dusk', caption: 'Evening rally' } };
const video: TimelineEvent = { id: 'video', title: 'A speech', start: '2021-07-01', media: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'The speech in full' } };
const page: TimelineEvent = { id: 'page', title: 'An operation', start: '2021-09-01', media: { url: 'https://en.wikipedia.org/wiki/Operation_Serval', caption: 'Operation Serval on Wikipedia' } };

async function open(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string): Promise<HTMLElement> {
  const h = new TimelineHarness(el as never);
  const mark = h.mark(id);
  if (!mark) throw new Error(`${id} is not drawn`);
  await clickOn(mark.element);
  await settle(el as never);
  const media = h.part('details')?.querySelector<HTMLElement>('[part~="media"]');
  if (!media) throw new Error(`no media in ${id}'s details`);
  return media;
}

describe('<sahel-timeline> media', () => {
  it('an image shows in the details with its alt text, caption and credit, lazy, without a referrer, in a box that does not jump', async () => {
    const el = await mount([photo, page]);
    const media = await open(el, 'photo');
    const img = media.querySelector('img');
    expect([img?.getAttribute('alt'), img?.getAttribute('loading'), img?.getAttribute('referrerpolicy')]).to.deep.equal(['Stalls under awnings', 'lazy', 'no-referrer']);
    expect(media.querySelector('figcaption')?.textContent.replace(/\s+/g, ' ').trim()).to.equal('The central market on its first day Credit: A. Reporter');
    // The box has its height before the image has come, and keeps it after.
    const frame = media.querySelector('.media-frame') as HTMLElement;
    const before = frame.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(100);
    await until(() => img?.complete === true && img.naturalWidth > 0, 3000, 'the image');
    expect(frame.getBoundingClientRect().height).to.equal(before);
    await expectNoViolations(el);
  });

  it('a broken image leaves its alt text and caption in place', async () => {
    const el = await mount([broken]);
    const media = await open(el, 'broken');
    const alt = media.querySelector<HTMLElement>('.media-alt');
    await until(() => alt !== null && getComputedStyle(alt).display !== 'none', 3000, 'the alt text');
    expect(alt?.textContent).to.equal('A crowd at dusk');
    expect(media.querySelector('figcaption')?.textContent).to.contain('Evening rally');
  });

  it('a video is a link card naming its site; with embed-media it plays in a privacy-enhanced frame', async () => {
    let el = await mount([video, page]);
    let media = await open(el, 'video');
    expect(media.querySelector('iframe')).to.equal(null);
    const link = media.querySelector('a');
    expect([link?.getAttribute('href'), link?.getAttribute('rel'), link?.querySelector('.media-site')?.textContent]).to.deep.equal([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'noopener noreferrer',
      'Watch on YouTube',
    ]);
    media = await open(el, 'page');
    expect(media.querySelector('.media-site')?.textContent).to.equal('On Wikipedia');

    el = await mount([video], 'embed-media');
    media = await open(el, 'video');
    const frame = media.querySelector('iframe');
    expect(frame?.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame?.getAttribute('title')).to.equal('The speech in full');
  });

  it('javascript:, data: and other schemes are never rendered, and are reported', async () => {
    const hostile: TimelineEvent[] = [
      { id: 'js', title: 'Hostile link', start: '2021-01-01', media: { url: 'javascript:alert(1)', caption: 'click me' } },
      { id: 'tab', title: 'Hidden scheme', start: '2021-02-01', media: { url: 'java\tscript:alert(1)' } },
      { id: 'thumb', title: 'Hostile thumbnail', start: '2021-03-01', media: { url: 'https://example.org/page', thumbnail: 'data:image/svg+xml,<svg onload=alert(1)>' } },
    ];
    const { events, issues } = validateEvents(hostile);
    expect(issues.map((i) => [i.id, i.field])).to.deep.equal([
      ['js', 'media.url'],
      ['tab', 'media.url'],
      ['thumb', 'media.thumbnail'],
    ]);
    expect(events.map((e) => e.media?.url)).to.deep.equal([undefined, undefined, 'https://example.org/page']);
    const el = await mount();
    const seen = errors(el);
    el.events = hostile;
    await settle(el);
    expect(seen.at(-1)?.issues.map((i) => i.field)).to.deep.equal(['media.url', 'media.url', 'media.thumbnail']);
    const h = new TimelineHarness(el);
    for (const id of ['js', 'tab', 'thumb']) {
      const mark = h.mark(id);
      if (!mark) throw new Error(`${id} is not drawn`);
      await clickOn(mark.element);
      await settle(el);
      const urls = [...(el.shadowRoot?.querySelectorAll('[href], [src]') ?? [])].map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? '');
      expect(urls.filter((u) => !/^https?:/.test(u)), id).to.deep.equal([]);
    }
  });
});
