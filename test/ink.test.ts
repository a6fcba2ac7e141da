/**
 * While a wheel, drag or pinch gesture moves the view, the axis and marks are drawn on a
 * canvas and the buttons wait, hidden, until it ends (render/ink.ts, ViewController.inking).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { controlClock } from './clock.js';
import { TimelineHarness } from './harness.js';
import { clickOn, frames, mount, plotPoint, sendTouch, sendWheel, setTouch, until } from './helpers.js';
import { itExcept, LACKS } from './engines.js';

const EVENTS: TimelineEvent[] = [
  { id: 'campaign', title: 'A long campaign', start: '2021-02-01', end: '2021-11-30', category: 'military' },
  { id: 'talks', title: 'Talks open', start: '2021-04-12', category: 'diplomacy' },
  { id: 'vote', title: 'A vote', start: '2021-08-20', category: 'politics' },
];

/** Whether the painter paints in the worker, or the worker has started, or neither. */
const inkWorker = (el: SahelTimeline) => (el.view.painter?.inWorker ? 'painting' : el.view.painter?.worker ? 'started' : 'none');
const inking = (el: SahelTimeline) => el.renderRoot.querySelector('[part~="plot"]')?.classList.contains('inking') ?? false;
const canvasOf = (el: SahelTimeline) => el.renderRoot.querySelector('canvas.ink') as HTMLCanvasElement;

/** The colour `css` as red, green and blue. */
function rgbOf(css: string): [number, number, number] {
  const probe = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/**
 * The rows (CSS pixels from the canvas's top) of the gesture canvas's pixels within 24 (per
 * channel) of the colour `css`, one entry a pixel. Read through the painter: a worker paints
 * the canvas, which the page can no longer read.
 */
async function inkOf(el: SahelTimeline, css: string): Promise<number[]> {
  const [r, g, b] = rgbOf(css);
  const pixels = await el.view.painter?.pixels();
  if (!pixels) return [];
  const { data, width } = pixels;
  const ratio = width / canvasOf(el).clientWidth;
  const rows: number[] = [];
  for (let i = 0; i < data.length; i += 4) {
    const near = Math.abs((data[i] ?? 0) - r) < 24 && Math.abs((data[i + 1] ?? 0) - g) < 24 && Math.abs((data[i + 2] ?? 0) - b) < 24;
    if ((data[i + 3] ?? 0) > 200 && near) rows.push(Math.floor(i / 4 / width) / ratio);
  }
  return rows;
}

/** How many of the gesture canvas's pixels are of the colour `css`. */
async function pixelsOf(el: SahelTimeline, css: string): Promise<number> {
  return (await inkOf(el, css)).length;
}

/** The top and bottom (CSS pixels from the canvas's top) of the canvas's pixels of the colour `css`. */
async function extentOf(el: SahelTimeline, css: string): Promise<{ top: number; bottom: number }> {
  const rows = await inkOf(el, css);
  return { top: Math.min(...rows), bottom: Math.max(...rows) };
}

describe('<sahel-timeline> while a gesture moves the view', () => {
  it("with lanes, draws each lane's marks at its own height on the canvas, under the lanes' headers", async () => {
    const el = await mount(EVENTS, 'group-by="category" style="--sahel-timeline-height: 600px"');
    const h = new TimelineHarness(el);
    // Lanes' boxes from the plot's top, where the canvas lies during a gesture.
    const box = (name: string) => {
      const b = h.lane(name).box;
      const top = h.plot().getBoundingClientRect().top;
      return { top: b.top - top, bottom: b.bottom - top };
    };
    const [military, diplomacy] = [h.lane('Military'), h.lane('Diplomacy')].map((l) => getComputedStyle(l.marks[0]?.element ?? el).getPropertyValue('--_c').trim()) as [string, string];
    await sendWheel({ ...plotPoint(el, 0.5, 0.2), deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    await frames(1);
    for (const [name, colour] of [['Military', military], ['Diplomacy', diplomacy]] as const) {
      const drawn = await extentOf(el, colour);
      const lane = box(name);
      expect(drawn.top, `${name}'s ink starts in its lane`).to.be.within(lane.top + 30, lane.bottom);
      expect(drawn.bottom, `${name}'s ink ends in its lane`).to.be.within(lane.top + 30, lane.bottom);
    }
    await until(() => !inking(el), 2000, 'the end of the gesture');
    await el.updateComplete;
    expect(h.lane('Military').marks.map((m) => m.id)).to.deep.equal(['campaign']);
  });

  it('draws the marks on a canvas during a ctrl+wheel zoom, then brings the buttons up to date', async () => {
    const el = await mount(EVENTS);
    const h = new TimelineHarness(el);
    const campaign = h.mark('campaign');
    if (!campaign) throw new Error('the campaign is not drawn');
    const widthBefore = campaign.markBox.width;
    const military = getComputedStyle(campaign.element).getPropertyValue('--_c').trim();
    expect(await pixelsOf(el, military), 'nothing drawn before the gesture').to.equal(0);

    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    await frames(1);
    expect(getComputedStyle(canvasOf(el)).display).to.equal('block');
    const marks = campaign.element.parentElement as HTMLElement;
    expect(getComputedStyle(marks).opacity, 'the buttons are hidden').to.equal('0');
    expect(getComputedStyle(campaign.element).pointerEvents, 'and out of the pointer\'s way').to.equal('none');
    // The campaign's bar, in its category's colour, on the canvas: about 6px tall and wider now.
    expect(await pixelsOf(el, military) / 6).to.be.greaterThan(widthBefore);

    // The toolbar's range follows each step, drawn on its own canvas over its hidden text.
    const span = h.part('toolbar')?.querySelector('.range') as HTMLElement;
    const range = () => span.textContent;
    const before = range();
    expect(getComputedStyle(span).color, 'the text is hidden').to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(span.querySelector('canvas') as HTMLCanvasElement).display).to.equal('block');
    const rangeInk = async () => {
      const p = await el.view.painter?.pixels('range');
      let ink = 0;
      let sum = 0;
      for (let i = 3; i < (p?.data.length ?? 0); i += 4) {
        const a = p?.data[i] ?? 0;
        if (a > 0) ink++;
        sum = (sum * 31 + a * i) % 1_000_003;
      }
      return { ink, sum };
    };
    const first = await rangeInk();
    expect(first.ink, 'the range is drawn').to.be.greaterThan(50);
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    let second = first;
    for (let i = 0; i < 100 && second.sum === first.sum; i++) {
      await frames(1);
      second = await rangeInk();
    }
    expect(inking(el)).to.equal(true);
    expect(second.sum, 'the next step drew another range').to.not.equal(first.sum);
    expect(range(), 'its text waits for the end of the gesture').to.equal(before);

    // A rest after the last notch ends the gesture: the buttons come back, laid out anew.
    await until(() => !inking(el), 2000, 'the end of the gesture');
    await el.updateComplete;
    expect(range(), 'the range the last step showed').to.not.equal(before);
    expect(getComputedStyle(span).color).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(span.querySelector('canvas') as HTMLCanvasElement).display).to.equal('none');
    expect(getComputedStyle(canvasOf(el)).display).to.equal('none');
    const after = h.mark('campaign');
    expect(after && getComputedStyle(after.element.parentElement as HTMLElement).opacity).to.equal('1');
    expect(after?.markBox.width ?? 0).to.be.greaterThan(widthBefore * 1.4);
  });

  it('down the plot (orientation="vertical") paints the steps on the canvas too: the span a bar down it, longer; then the buttons come back', async () => {
    const el = await mount(EVENTS, 'orientation="vertical" start="2020-01-01" end="2023-01-01"');
    const h = new TimelineHarness(el);
    await until(() => h.mark('campaign')?.element.classList.contains('v') === true, 3000, 'the marks down the plot');
    const campaign = h.mark('campaign');
    if (!campaign) throw new Error('the campaign is not drawn');
    const bar = campaign.element.querySelector('.bar') as HTMLElement;
    const lengthBefore = bar.getBoundingClientRect().height;
    const military = getComputedStyle(campaign.element).getPropertyValue('--_c').trim();
    const at = plotPoint(el, 0.5, 0.5);
    await sendMouse({ type: 'move', position: [Math.round(at.x), Math.round(at.y)] });
    await sendWheel({ ...at, deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    await frames(1);
    expect(getComputedStyle(campaign.element.parentElement as HTMLElement).opacity, 'the buttons are hidden').to.equal('0');
    // The campaign's bar, in its category's colour, runs further down the canvas than it did on the plot.
    let extent = { top: 0, bottom: 0 };
    for (let i = 0; i < 100 && !(extent.bottom - extent.top > lengthBefore); i++) {
      await frames(1);
      extent = await extentOf(el, military);
    }
    expect(extent.bottom - extent.top).to.be.greaterThan(lengthBefore);
    await until(() => !inking(el), 2000, 'the end of the gesture');
    await el.updateComplete;
    const after = h.mark('campaign')?.element.querySelector('.bar');
    expect(after?.getBoundingClientRect().height ?? 0).to.be.greaterThan(lengthBefore * 1.2);
  });

  itExcept({ webkit: LACKS.inkWorker }, "paints on the page until the ink worker has started, then hands it the canvases: the next gesture's steps are the worker's", async () => {
    const el = await mount(EVENTS);
    const h = new TimelineHarness(el);
    const military = getComputedStyle(h.mark('campaign')?.element ?? el).getPropertyValue('--_c').trim();
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    await until(() => !inking(el), 2000, 'the end of the gesture');
    await until(() => inkWorker(el) !== 'none', 5000, 'the ink worker');
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    expect(inkWorker(el)).to.equal('painting');
    // One canvas in the plot, one in the range, whoever paints them.
    expect(el.renderRoot.querySelectorAll('canvas.ink').length).to.equal(1);
    expect(el.renderRoot.querySelectorAll('canvas.range-ink').length).to.equal(1);
    expect(getComputedStyle(canvasOf(el)).display).to.equal('block');
    expect(await pixelsOf(el, military), "the campaign's bar, read back from the worker").to.be.greaterThan(100);
    await until(() => !inking(el), 2000, 'the end of the gesture');
  });

  itExcept({ webkit: LACKS.inkWorker }, "paints on the page, not in the worker, when the plot's font is one of the page's web fonts (a worker has only the system's)", async () => {
    // The worker is the page's: started here by a timeline in the system's fonts.
    const plain = await mount(EVENTS);
    await sendWheel({ ...plotPoint(plain, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inkWorker(plain) !== 'none', 5000, 'the ink worker');
    plain.remove();
    const face = new FontFace('Sahel Test Face', 'local("DejaVu Sans"), local("Liberation Sans")');
    document.fonts.add(face);
    try {
      const el = await mount(EVENTS, 'style="--sahel-timeline-font: \'Sahel Test Face\', sans-serif"');
      const military = getComputedStyle(new TimelineHarness(el).mark('campaign')?.element ?? el).getPropertyValue('--_c').trim();
      for (let i = 0; i < 2; i++) {
        await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
        await until(() => inking(el), 2000, 'the canvas');
        expect(inkWorker(el), 'the page paints').to.equal('none');
        // The page's own canvas has the drawing.
        const canvas = canvasOf(el);
        const own = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
        expect(own.some((v) => v > 0), 'drawn on the page').to.equal(true);
        expect(await pixelsOf(el, military)).to.be.greaterThan(100);
        await until(() => !inking(el), 2000, 'the end of the gesture');
      }
    } finally {
      document.fonts.delete(face);
    }
  });

  it('keeps the canvas through a short pause between notches, and a key brings the buttons back at once', async () => {
    const el = await mount(EVENTS);
    const h = new TimelineHarness(el);
    const marks = () => (h.mark('campaign')?.element.parentElement ?? null);
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    // Count the buttons' rebuilds: none while the reader pauses (d3 ends its wheel gesture
    // 150 ms after a notch) and rolls on.
    let rebuilt = 0;
    const watch = new MutationObserver((records) => { rebuilt += records.length; });
    const layer = marks();
    if (!layer) throw new Error('no marks layer');
    watch.observe(layer, { childList: true, subtree: true, attributes: true });
    await until(() => !el.view.zoom.moving, 2000, "d3's end of the wheel gesture");
    expect(inking(el), 'still the canvas just after the gesture ends').to.equal(true);
    // Ctrl pressed again for the next notch is part of the gesture, not a key that wants the buttons.
    h.plot().focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ up: 'Control' });
    expect(el.view.inking, 'Ctrl alone keeps the canvas').to.equal(true);
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await frames(2);
    expect(inking(el)).to.equal(true);
    watch.disconnect();
    expect(rebuilt, 'the buttons were not touched between the notches').to.equal(0);

    // A key while the view rests: the buttons are back before the key's work is done.
    await until(() => !el.view.zoom.moving, 2000, 'the end of the second gesture');
    expect(inking(el)).to.equal(true);
    h.plot().focus();
    let atKey: boolean | undefined;
    h.plot().addEventListener('keydown', () => { atKey = el.view.inking; }, { once: true });
    await sendKeys({ press: 'Home' });
    expect(atKey, 'the canvas gave way as the key arrived').to.equal(false);
    await el.updateComplete;
    expect(inking(el)).to.equal(false);
    expect(h.focusedId(), 'Home reached the first event').to.equal('campaign');
  });

  it('a press while the view rests, or a move of the element, brings the buttons back', async () => {
    const el = await mount(EVENTS);
    const h = new TimelineHarness(el);
    // The mouse rests where the wheel will roll: WebKit's dispatched wheel moves no pointer of
    // sendMouse's own, which would otherwise press wherever an earlier test left it.
    const at = plotPoint(el, 0.5);
    await sendMouse({ type: 'move', position: [Math.round(at.x), Math.round(at.y)] });
    await sendWheel({ ...at, deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    await until(() => !el.view.zoom.moving, 2000, 'the end of the gesture');
    let atPress: boolean | undefined;
    h.plot().addEventListener('pointerdown', () => { atPress = el.view.inking; }, { once: true });
    // Pressed where the wheel rolled: the pointer has not moved, so only the press can end the rest.
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    expect(atPress, 'the canvas gave way as the press came').to.equal(false);

    // The gesture's timeouts on a clock of the test's: once moved, none of them brings the canvas back.
    const clock = controlClock();
    try {
      await sendWheel({ ...plotPoint(el, 0.5), deltaY: 200, modifiers: ['Control'] });
      await until(() => inking(el), 2000, 'the canvas again');
      const parent = el.parentElement as HTMLElement;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(inking(el), 'moved in the page: its buttons are back').to.equal(false);
      clock.tick(2000);
      await el.updateComplete;
      expect(inking(el)).to.equal(false);
    } finally {
      clock.restore();
    }
  });

  it('keeps the buttons when an event has the focus, and a click never hides them', async () => {
    const el = await mount(EVENTS);
    const h = new TimelineHarness(el);
    const seen: boolean[] = [];
    const watch = new MutationObserver(() => seen.push(inking(el)));
    watch.observe(h.plot(), { attributes: true, attributeFilter: ['class'] });
    const talks = h.mark('talks');
    if (!talks) throw new Error('talks not drawn');
    await clickOn(talks.element);
    await until(() => el.selected === 'talks', 2000, 'the selection');
    expect(h.focusedId()).to.equal('talks');
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    expect(el.view.zoom.moving, 'the wheel moved the view').to.equal(true);
    await until(() => !el.view.zoom.moving, 2000, 'the end of the gesture');
    await frames(2);
    watch.disconnect();
    expect(seen.includes(true), 'the plot went to the canvas').to.equal(false);
    expect(h.focusedId()).to.equal('talks');
  });

  itExcept({ webkit: LACKS.forced }, 'under forced colours the buttons draw every step (the system colours are theirs)', async () => {
    const el = await mount(EVENTS);
    await executeServerCommand('set-forced-colors', { active: true });
    try {
      await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
      await frames(3);
      expect(inking(el)).to.equal(false);
    } finally {
      await executeServerCommand('set-forced-colors', { active: false });
    }
  });

  itExcept({ webkit: LACKS.touch }, 'a horizontal wheel and a one-finger swipe pan on the canvas too, and the buttons come back', async () => {
    await setTouch(true);
    try {
      const el = await mount(EVENTS, 'start="2021-01-01" end="2021-06-01"');
      const h = new TimelineHarness(el);
      const seen: boolean[] = [];
      const watch = new MutationObserver(() => seen.push(inking(el)));
      watch.observe(h.plot(), { attributes: true, attributeFilter: ['class'] });
      const p = plotPoint(el, 0.5, 0.6);
      await sendWheel({ ...p, deltaX: 200 });
      await until(() => seen.includes(true), 2000, 'the canvas during a horizontal wheel');
      await until(() => !inking(el), 2000, 'the end of the wheel pan');
      seen.length = 0;
      const before = +el.visibleRange.start;
      const swipe: { x: number; y: number }[][] = [];
      for (let i = 0; i <= 8; i++) swipe.push([{ x: p.x - i * 25, y: p.y }]);
      await sendTouch(swipe);
      await until(() => !inking(el), 2000, 'the end of the swipe');
      watch.disconnect();
      expect(seen.includes(true), 'the canvas during the swipe').to.equal(true);
      expect(+el.visibleRange.start).to.be.greaterThan(before);
      await el.updateComplete;
      const talks = h.mark('talks');
      expect(talks && getComputedStyle(talks.element.parentElement as HTMLElement).opacity).to.equal('1');
    } finally {
      await setTouch(false);
    }
  });

  itExcept({ webkit: LACKS.inkWorker }, 'hands the canvases to the worker as soon as it has started, when no gesture has drawn on them: the first gesture is painted there', async () => {
    const el = await mount(EVENTS);
    // The painter comes when the page is idle, or when a pointer comes over the plot.
    await sendMouse({ type: 'move', position: [Math.round(plotPoint(el, 0.5).x), Math.round(plotPoint(el, 0.5).y)] });
    await until(() => inkWorker(el) !== 'none', 5000, 'the ink worker');
    expect(inkWorker(el), 'before any gesture').to.equal('painting');
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    expect(el.renderRoot.querySelectorAll('canvas.ink').length).to.equal(1);
    await until(() => !inking(el), 2000, 'the end of the gesture');
  });

  // Last: the page's worker is gone after it, for every later timeline of this page.
  itExcept({ webkit: LACKS.inkWorker }, 'when the worker fails after it has started, takes its canvases back: the next steps are painted on the page', async () => {
    const el = await mount(EVENTS);
    const military = getComputedStyle(new TimelineHarness(el).mark('campaign')?.element ?? el).getPropertyValue('--_c').trim();
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inkWorker(el) === 'painting' || (inkWorker(el) === 'started' && !inking(el)), 5000, 'the ink worker');
    if (inkWorker(el) === 'started') {
      await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
      await until(() => inkWorker(el) === 'painting', 2000, 'the worker painting');
    }
    await until(() => !inking(el), 2000, 'the end of the gesture');
    const held = canvasOf(el);
    el.view.painter?.worker?.dispatchEvent(new ErrorEvent('error', { message: 'lost' }));
    await sendWheel({ ...plotPoint(el, 0.5), deltaY: -200, modifiers: ['Control'] });
    await until(() => inking(el), 2000, 'the canvas');
    expect(inkWorker(el), 'the page paints').to.equal('none');
    const canvas = canvasOf(el);
    expect(canvas, 'a copy in place of the canvas the worker held').not.to.equal(held);
    expect(held.isConnected).to.equal(false);
    expect(el.renderRoot.querySelectorAll('canvas.ink').length).to.equal(1);
    expect(el.renderRoot.querySelectorAll('canvas.range-ink').length).to.equal(1);
    expect(await pixelsOf(el, military), "the campaign's bar, on the page's canvas").to.be.greaterThan(100);
    await until(() => !inking(el), 2000, 'the end of the gesture');
  });
});
