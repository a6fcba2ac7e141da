/**
 * Media in the details: an image with its alt text, caption and credit, lazy and without a
 * referrer, in a box that does not jump; captions and credits in markup (as TimelineJS3's)
 * with real links, each on its own line; a picture that fails gives way to a line of text;
 * videos and pages as link cards named by kind and site, a frame only with `embed-media`;
 * hostile addresses never rendered; axe.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import { validateEvents } from '../src/dataset/validate.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, errors, mount, openFramedTimeline, settle, until } from './helpers.js';

const photo: TimelineEvent = {
  id: 'photo',
  title: 'A market reopens',
  start: '2021-03-01',
  media: { url: '/test/fixtures/photo.png', alt: 'Stalls under awnings', caption: 'The central market on its first day', credit: 'A. Reporter' },
};
const video: TimelineEvent = { id: 'video', title: 'A speech', start: '2021-07-01', media: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The president speaks', caption: 'The speech in full' } };
const page: TimelineEvent = { id: 'page', title: 'An operation', start: '2021-09-01', media: { url: 'https://en.wikipedia.org/wiki/Operation_Serval', caption: 'Operation Serval on Wikipedia' } };
/** As Knight Lab's TimelineJS3 template gives them: caption and credit are HTML. */
const portrait: TimelineEvent = {
  id: 'portrait',
  title: 'A portrait',
  start: '2021-04-01',
  media: {
    url: '/test/fixtures/photo.png',
    alt: 'A <b>young</b> queen',
    caption: 'The queen at <em>eighteen</em>',
    credit: '<a href="https://en.wikipedia.org/wiki/Alfred_Edward_Chalon">Portrait by Alfred Edward Chalon</a>',
  },
};
const missing: TimelineEvent = { id: 'missing', title: 'A missing picture', start: '2021-06-01', media: { url: '/test/fixtures/missing.png', alt: 'Boats on the river', caption: 'The harbour', credit: 'Wikimedia' } };
const vimeo: TimelineEvent = { id: 'vimeo', title: 'A film', start: '2021-08-01', media: { url: 'https://vimeo.com/76979871', caption: 'The film <em>in full</em>', credit: 'Wikimedia' } };
const pageCredited: TimelineEvent = { id: 'wiki', title: 'An article', start: '2021-10-01', media: { url: 'https://en.wikipedia.org/wiki/Operation_Barkhane', caption: 'Barkhane', credit: 'Wikipedia' } };

/** What a reader sees of an element: its text, spaces collapsed. */
const seen = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The caption's and the credit's boxes in a media's figcaption. */
function captionLines(media: HTMLElement): { caption: DOMRect; credit: DOMRect } {
  const figcaption = media.querySelector('figcaption');
  const caption = figcaption?.querySelector(':scope > :not(.credit)');
  const credit = figcaption?.querySelector('.credit');
  if (!caption || !credit) throw new Error(`no caption or credit in ${seen(figcaption)}`);
  return { caption: caption.getBoundingClientRect(), credit: credit.getBoundingClientRect() };
}

async function open(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string): Promise<HTMLElement> {
  const h = new TimelineHarness(el as never);
  // The details of the event opened before change the plot's height: its marks are drawn again.
  await until(() => h.mark(id) !== undefined, 3000, `${id} drawn`).catch((error: unknown) => {
    throw new Error(`${String(error)}: drawn ${h.marks().map((m) => m.id).join(', ')}; clusters ${h.clusters().map((c) => c.count).join(', ')}; ${innerWidth}×${innerHeight}, element ${el.getBoundingClientRect().width}`);
  });
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

  it('a video is a link card naming its site; with embed-media it plays in a privacy-enhanced frame', async () => {
    let el = await mount([video, page]);
    let media = await open(el, 'video');
    expect(media.querySelector('iframe')).to.equal(null);
    const link = media.querySelector('a');
    expect([link?.getAttribute('href'), link?.getAttribute('rel'), seen(link?.querySelector('.media-site')), seen(link?.querySelector('.media-title'))]).to.deep.equal([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'noopener noreferrer',
      'Watch on YouTube',
      'The president speaks',
    ]);
    media = await open(el, 'page');
    expect([seen(media.querySelector('.media-site')), seen(media.querySelector('.media-title'))]).to.deep.equal(['On Wikipedia', 'Operation Serval']);

    el = await mount([video], 'embed-media');
    media = await open(el, 'video');
    const frame = media.querySelector('iframe');
    expect(frame?.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame?.getAttribute('title')).to.equal('The president speaks');
  });

  it('a caption and credit in markup show as text with real links, opening apart; the alt text is plain', async () => {
    // Dark: the link's colour is checked against its background there too.
    const el = await mount([portrait, page], '', 'reduce', 'dark');
    const media = await open(el, 'portrait');
    const figcaption = media.querySelector('figcaption');
    expect(seen(figcaption)).to.not.match(/<a|&lt;|<em|<\//);
    expect(seen(figcaption?.querySelector('.caption'))).to.equal('The queen at eighteen');
    expect(figcaption?.querySelector('.caption em')?.textContent).to.equal('eighteen');
    const links = [...(figcaption?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel'), a.textContent])).to.deep.equal([
      ['https://en.wikipedia.org/wiki/Alfred_Edward_Chalon', '_blank', 'noopener noreferrer', 'Portrait by Alfred Edward Chalon'],
    ]);
    expect(seen(figcaption?.querySelector('.credit'))).to.equal('Credit: Portrait by Alfred Edward Chalon');
    expect(media.querySelector('img')?.getAttribute('alt')).to.equal('A young queen');
    await expectNoViolations(el);
  });

  it('under Trusted Types and a strict CSP, a caption and credit in markup show their safe subset, with no violation and nothing run', async () => {
    const { frame, el } = await openFramedTimeline('/test/fixtures/csp/media-trusted-types.html');
    type Framed = Window & { cspViolations?: string[]; pwned?: number };
    const win = () => frame.contentWindow as Framed;
    try {
      el.selected = 'portrait';
      const figcaption = () => el.shadowRoot?.querySelector('[part~="details"] figcaption');
      await until(() => figcaption()?.querySelector('a') != null, 5000, 'the credit\'s link');
      expect([seen(figcaption()?.querySelector('.caption')), seen(figcaption()?.querySelector('.credit'))]).to.deep.equal(['The queen at eighteen', 'Credit: Portrait by Alfred Edward Chalon not a link']);
      expect([...(figcaption()?.querySelectorAll('*') ?? [])].map((e) => e.localName)).to.deep.equal(['span', 'em', 'span', 'span', 'a']);
      expect(figcaption()?.querySelector('a')?.getAttribute('href')).to.equal('https://en.wikipedia.org/wiki/Alfred_Edward_Chalon');
      // Reports arrive in order: one made on purpose now comes after any the media caused.
      frame.contentDocument?.body.setAttribute('style', 'outline: 0');
      await until(() => win().cspViolations?.includes('style-src-attr: inline') === true, 3000, 'the violation made on purpose');
      expect(win().cspViolations?.filter((v) => v !== 'style-src-attr: inline')).to.deep.equal([]);
      expect(win().pwned).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('caption and credit stand on lines of their own, under a picture, a video card and a page card alike', async () => {
    const el = await mount([portrait, vimeo, pageCredited]);
    for (const id of ['portrait', 'vimeo', 'wiki']) {
      const { caption, credit } = captionLines(await open(el, id));
      expect(credit.top, id).to.be.at.least(caption.bottom - 1);
      expect(caption.height, id).to.be.greaterThan(0);
    }
  });

  it('a picture that fails to load gives way to a line of text saying so, as high as the text, not an empty box', async () => {
    const el = await mount([missing, photo]);
    const media = await open(el, 'missing');
    const frame = media.querySelector<HTMLElement>('.media-frame');
    if (!frame) throw new Error('no frame');
    const said = () => [...frame.querySelectorAll<HTMLElement>('*')].find((e) => e.localName !== 'img' && e.offsetParent !== null && seen(e) !== '');
    await until(() => said() !== undefined, 3000, 'the words in place of the picture');
    expect(seen(said())).to.equal('Picture not available: Boats on the river');
    const height = frame.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(10).and.lessThan(40);
    expect(seen(media.querySelector('figcaption'))).to.contain('The harbour');
    // Another event's picture is shown whole, not as the failed one's words.
    const next = await open(el, 'photo');
    const img = next.querySelector('img');
    await until(() => img?.complete === true && img.naturalWidth > 0, 3000, 'the image');
    expect(next.querySelector<HTMLElement>('.media-frame')?.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(img?.offsetParent).to.not.equal(null);
    await expectNoViolations(el);
  });

  it('a card without alt text names a video by its kind and site, a page by its title or address, never by the raw URL, in English and French; the caption still shows', async () => {
    const report: TimelineEvent = { id: 'report', title: 'A report', start: '2021-12-01', media: { url: 'https://example.org/news/2021/the-report?ref=feed', caption: 'The report' } };
    const el = await mount([vimeo, pageCredited, report]);
    let media = await open(el, 'vimeo');
    expect(seen(media.querySelector('.media-title'))).to.equal('Video on Vimeo');
    expect(seen(media.querySelector('.media-address'))).to.equal('vimeo.com/76979871');
    expect(media.querySelector('a')?.textContent).to.not.contain('https://');
    expect(seen(media.querySelector('figcaption .caption'))).to.equal('The film in full');
    media = await open(el, 'wiki');
    expect([seen(media.querySelector('.media-site')), seen(media.querySelector('.media-title'))]).to.deep.equal(['On Wikipedia', 'Operation Barkhane']);
    expect(seen(media.querySelector('figcaption .caption'))).to.equal('Barkhane');
    media = await open(el, 'report');
    expect([seen(media.querySelector('.media-site')), seen(media.querySelector('.media-title'))]).to.deep.equal(['On example.org', 'example.org/news/2021/the-report']);

    const fr = await mount([vimeo], 'lang="fr"');
    await until(() => fr.words.strings.lang === 'fr', 3000, 'the French words');
    media = await open(fr, 'vimeo');
    expect(seen(media.querySelector('.media-title'))).to.equal('Vidéo sur Vimeo');
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
