/**
 * The toolbar (ToolbarController, render/toolbar.ts) as WAI-ARIA's toolbar pattern has it:
 * one tab stop, ←/→ and Home/End between its buttons, Esc closing the keys panel, and the
 * buttons doing what they say. Driven with real keys and clicks from a page around it.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys } from './commands.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, frames, mount, mountBetweenButtons, press, until, windowMs } from './helpers.js';
import { itExcept, LACKS } from './engines.js';

/** A page with a button before the timeline and one after it, the focus on the first. */
async function page(dir: 'ltr' | 'rtl' = 'ltr'): Promise<{ el: SahelTimeline; h: TimelineHarness; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const p = await mountBetweenButtons(dir);
  return { ...p, h: new TimelineHarness(p.el) };
}

/** The buttons Tab would land on. */
function tabStops(h: TimelineHarness): HTMLButtonElement[] {
  return h.buttons().filter((b) => b.tabIndex === 0);
}

describe('<sahel-timeline> toolbar', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('says zooming is unavailable while there are no events (pending), and available once they come', async () => {
    const el = await mount(undefined, 'pending');
    const h = new TimelineHarness(el);
    const disabled = () => ['Zoom in', 'Zoom out', 'Show all'].map((n) => h.button(n).getAttribute('aria-disabled'));
    expect(disabled()).to.deep.equal(['true', 'true', 'true']);
    el.events = [{ id: 'a', title: 'A', start: '2020-01-01' }];
    await el.updateComplete;
    expect(disabled()).to.deep.equal(['false', 'false', 'false']);
  });

  it('is a named toolbar that Tab from the page enters once, on its first button', async () => {
    const { h } = await page();
    expect(h.toolbar().getAttribute('role')).to.equal('toolbar');
    expect(h.toolbar().getAttribute('aria-label')).to.equal('Timeline controls');
    await press('Tab');
    expect(h.focused()).to.equal(h.buttons()[0]);
    expect(h.focused()).to.equal(h.button('Zoom in'));
    expect(tabStops(h)).to.deep.equal([h.button('Zoom in')]);
  });

  it('→, ←, Home and End move between its buttons, wrapping, with one tab stop that follows', async () => {
    const { h } = await page();
    await press('Tab');
    const buttons = h.buttons();
    const last = buttons.length - 1;
    const expectOn = (i: number, after: string) => {
      expect(h.focused(), after).to.equal(buttons[i]);
      expect(tabStops(h), `${after}: one tab stop, on the focused button`).to.deep.equal([buttons[i]]);
    };
    await press('ArrowRight');
    expectOn(1, '→');
    await press('ArrowRight');
    expectOn(2, '→ →');
    await press('ArrowLeft');
    expectOn(1, '←');
    await press('End');
    expectOn(last, 'End');
    await press('ArrowRight');
    expectOn(0, '→ past the last');
    await press('ArrowLeft');
    expectOn(last, '← past the first');
    await press('Home');
    expectOn(0, 'Home');
  });

  it('on a right-to-left page ← moves on to the next button and → back', async () => {
    const { h } = await page('rtl');
    await press('Tab');
    await press('ArrowLeft');
    expect(h.focused()).to.equal(h.button('Zoom out'));
    await press('ArrowRight');
    expect(h.focused()).to.equal(h.button('Zoom in'));
  });

  it('Shift+Tab goes back to the page, and Tab returns to the button last used', async () => {
    const { h, before } = await page();
    await press('Tab');
    await press('End');
    const last = h.focused();
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(before);
    await press('Tab');
    expect(h.focused()).to.equal(last);
  });

  it('Tab goes from the toolbar to the search box, the event Tab lands on, the legend (one stop) and out of the timeline', async () => {
    const { el, h, after } = await page();
    await press('Tab');
    await press('Tab');
    expect(h.focused()).to.equal(h.searchBox());
    await press('Tab');
    // The first event in view: the story opens on 2012, after its 1999 context.
    expect(h.focusedId()).to.equal(el.shownEvents.find((e) => e.start >= '2012')?.id);
    await press('Tab');
    expect(h.focused()).to.equal(h.legendToggle('Military'));
    await press('ArrowRight');
    expect(h.focused()).to.equal(h.legendToggle('Diplomacy'));
    await press('Tab');
    expect(document.activeElement === after, 'focus after the timeline').to.equal(true);
  });

  it('from the top of a page, Tab, →, Tab past the search box and Tab reach an event, and axe finds no violation', async () => {
    const { el, h } = await page();
    await press('Tab');
    await press('ArrowRight');
    expect(h.focused()).to.equal(h.button('Zoom out'));
    await press('Tab');
    expect(h.focused()).to.equal(h.searchBox());
    await press('Tab');
    // The document's focus is on the timeline, and inside it on an event button on the plot.
    expect(document.activeElement).to.equal(el);
    const id = h.focusedId();
    expect(id).to.not.equal(null);
    expect(h.focused()).to.equal(h.mark(id ?? '')?.element);
    await expectNoViolations(el);
  });

  it('the keys button opens the keyboard help, and Esc closes it with the focus kept on the button', async () => {
    const { h } = await page();
    await press('Tab');
    await press('End');
    const toggle = h.focused();
    expect(toggle?.getAttribute('aria-controls')).to.equal('keys');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    await press('Enter');
    const keys = h.part('keys-panel');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(keys?.hidden).to.equal(false);
    expect(keys?.textContent).to.contain('Previous or next event');
    await press('Escape');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    expect(h.part('keys-panel')?.hidden).to.equal(true);
    expect(h.focused()).to.equal(toggle);
  });

  it('the zoom buttons zoom in, out and back to all', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const opening = windowMs(el);
    await clickOn(h.button('Zoom in'));
    await until(() => windowMs(el).span < opening.span * 0.6, 3000, 'zoom in');
    await clickOn(h.button('Zoom in'));
    await until(() => windowMs(el).span < opening.span * 0.3, 3000, 'zoom in again');
    await clickOn(h.button('Zoom out'));
    await until(() => Math.abs(windowMs(el).span - opening.span / 2) < opening.span * 0.01, 3000, 'zoom out');
    // "Show all" shows more than the story's opening window: back to its 1999 context.
    await clickOn(h.button('Show all'));
    await until(() => windowMs(el).span > opening.span * 1.5 && new Date(windowMs(el).start).getUTCFullYear() <= 1999, 3000, 'all');
  });

  for (const pointer of ['fine', 'coarse'] as const) {
    itExcept(pointer === 'coarse' ? { webkit: LACKS.coarse } : {}, `every control lies whole within the element 320 and 390px wide, with a ${pointer} pointer, and no button is left alone on a line`, async () => {
      if (pointer === 'coarse') await executeServerCommand('set-coarse-pointer', { enabled: true });
      try {
        if (pointer === 'coarse') await until(() => matchMedia('(pointer: coarse)').matches, 3000, 'a coarse pointer');
        for (const width of [320, 390]) {
          const el = await mount(undefined, 'locale="en-GB"', 'reduce', 'light', width);
          await frames(2);
          const box = el.getBoundingClientRect();
          const controls = [...el.renderRoot.querySelectorAll<HTMLElement>('[part~="toolbar"] button, [part~="toolbar"] input')];
          expect(controls.length).to.equal(9);
          for (const c of controls) {
            const r = c.getBoundingClientRect();
            const name = `${String(width)}px: ${c.getAttribute('title') ?? c.getAttribute('aria-label') ?? c.localName}`;
            expect(r.width, name).to.be.greaterThan(0);
            expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5, `${name} within the element`).to.equal(true);
          }
          // The buttons' lines, by their tops: as many on each, give or take one.
          const lines = new Map<number, number>();
          for (const b of new TimelineHarness(el).buttons()) {
            const top = Math.round(b.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
          const counts = [...lines.values()];
          expect(Math.max(...counts) - Math.min(...counts), `${String(width)}px: buttons per line ${counts.join(', ')}`).to.be.at.most(1);
        }
      } finally {
        if (pointer === 'coarse') await executeServerCommand('set-coarse-pointer', { enabled: false });
      }
    });
  }
});
