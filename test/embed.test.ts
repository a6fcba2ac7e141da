import { expect } from '@open-wc/testing';
import { emulateMedia } from './commands.js';
import { EVENT_CATEGORIES } from '../src/dataset/vocabulary.js';
import { TimelineHarness } from './harness.js';
import { contrast, luminance, mount, openFramedTimeline, until } from './helpers.js';

describe('<sahel-timeline> embedding', () => {
  it('a page that loads only the standalone bundle shows the Sahel timeline', async () => {
    const { frame, el } = await openFramedTimeline('/test/fixtures/bundle-only.html');
    try {
      expect(el.shownEvents.length).to.be.greaterThan(19);
    } finally {
      frame.remove();
    }
  });

  it('the standalone bundle glides when motion is allowed (its d3 stubs hold)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    const { frame, el } = await openFramedTimeline('/test/fixtures/bundle-only.html');
    const errors: unknown[] = [];
    frame.contentWindow?.addEventListener('error', (e) => errors.push(e.error));
    try {
      const span = () => +el.visibleRange.end - +el.visibleRange.start;
      const from = span();
      const spans: number[] = [];
      el.addEventListener('sahel-range-change', () => spans.push(span()));
      new TimelineHarness(el).button('Zoom in').click();
      await until(() => Math.abs(span() - from / 2) < from / 1000, 3000, 'glide end');
      // Part-way windows, not a jump: one at least (a frame busy with the page's chunks, as
      // Firefox's was now and then under a full run, leaves room for few in 225 ms).
      expect(spans.filter((s) => s < from * 0.99 && s > from * 0.51).length, 'spans part-way through').to.be.at.least(1);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('src loads a JSON file of events', async () => {
    const el = await mount(undefined, 'src="/test/fixtures/events.json"');
    await until(() => el.shownEvents.length === 2, 3000, 'src events');
    await el.updateComplete;
    const titles = new TimelineHarness(el).marks().map((m) => m.title);
    expect(titles).to.include('First loaded event');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`every category colour has at least 4.5:1 contrast with the background in the ${theme} theme`, async () => {
      // The page prefers the other scheme: the attribute must win.
      const el = await mount(undefined, `theme="${theme}"`, 'reduce', theme === 'dark' ? 'light' : 'dark');
      const bg = getComputedStyle(el).backgroundColor;
      const legend = [...el.renderRoot.querySelectorAll<HTMLElement>('.legend-item')];
      expect(legend.length).to.equal(EVENT_CATEGORIES.length);
      for (const item of legend) {
        const fill = getComputedStyle(item.querySelector('svg path') as Element).fill;
        const glyph = item.querySelector('svg') as SVGElement;
        const colour = glyph.classList.contains('hollow') ? getComputedStyle(item.querySelector('svg path') as Element).stroke : fill;
        expect(contrast(colour, bg), `${item.textContent} ${colour} on ${bg}`).to.be.at.least(4.5);
      }
      const text = getComputedStyle(el).color;
      expect(contrast(text, bg)).to.be.at.least(7);
    });
  }

  it('follows prefers-color-scheme when no theme is set', async () => {
    const el = await mount(undefined, '', 'reduce', 'dark');
    expect(luminance(getComputedStyle(el).backgroundColor)).to.be.lessThan(0.05);
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await el.updateComplete;
    expect(luminance(getComputedStyle(el).backgroundColor)).to.be.greaterThan(0.9);
  });
});
