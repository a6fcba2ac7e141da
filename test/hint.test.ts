/**
 * The wheel hint (HintController): a plain vertical wheel over the plot scrolls the page
 * and, for a moment, the plot says how to zoom; a zooming wheel needs no hint. Driven with
 * real wheel events.
 */
import { expect } from '@open-wc/testing';
import { TimelineHarness } from './harness.js';
import { mount, plotPoint, sendWheel, settle, until, windowMs } from './helpers.js';
import { itExcept, LACKS } from './engines.js';

describe('<sahel-timeline> wheel hint', () => {
  itExcept({ webkit: LACKS.scroll }, 'a plain vertical wheel scrolls the page, leaves the zoom alone, and shows how to zoom for a moment', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      window.scrollTo(0, 0);
      expect(h.hintShown(), 'no hint at first').to.equal(false);
      const before = windowMs(el);
      await sendWheel({ ...plotPoint(el, 0.5), deltaY: 100 });
      await settle(el);
      expect(windowMs(el)).to.deep.equal(before);
      expect(h.hintShown(), 'the hint').to.equal(true);
      expect(h.part('hint')?.textContent).to.contain('scroll to zoom');
      await until(() => window.scrollY > 0, 3000, 'the page to scroll');
      await until(() => !h.hintShown(), 5000, 'the hint to go');
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('ctrl+wheel zooms and shows no hint', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const before = windowMs(el);
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -100, modifiers: ['Control'] });
    await settle(el);
    expect(windowMs(el).span).to.be.lessThan(before.span * 0.9);
    expect(h.hintShown()).to.equal(false);
  });

  it('with wheel-zoom, a plain wheel zooms and shows no hint', async () => {
    const el = await mount(undefined, 'wheel-zoom');
    const h = new TimelineHarness(el);
    const before = windowMs(el);
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -100 });
    await settle(el);
    expect(windowMs(el).span).to.be.lessThan(before.span * 0.9);
    expect(h.hintShown()).to.equal(false);
  });
});
