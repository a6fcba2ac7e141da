/**
 * d3-zoom (with d3-drag, d3-dispatch and the d3-selection stub) is a chunk of its own,
 * fetched when the page is first idle after a timeline is drawn or when the reader first comes
 * to the plot (controllers/chunks.ts zoomChunk). Each test opens the standalone bundle afresh
 * in a frame whose idle callbacks are held (test/fixtures/zoom-on-demand.html), so that the
 * chunk comes only when the test says; the helpers' `mount` loads it ahead instead.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from './commands.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { drag, sendWheel, until, windowMs } from './helpers.js';
import { engine } from './engines.js';

type HeldWindow = Window & { heldIdle: (IdleRequestCallback | undefined)[] };

/** Where the mouse waits: above the frame, so that no pointer comes over the plot before the test says. */
const OUTSIDE = 10;

/**
 * The fixture page in a frame over the viewport but its top strip, so that real input reaches
 * it; its timeline once drawn.
 */
async function openPage(url = '/test/fixtures/zoom-on-demand.html'): Promise<{ frame: HTMLIFrameElement; win: HeldWindow; el: SahelTimeline; plot: HTMLElement }> {
  await sendMouse({ type: 'move', position: [OUTSIDE, OUTSIDE] });
  const frame = document.createElement('iframe');
  const top = `${String(OUTSIDE * 4)}px`;
  Object.assign(frame.style, { position: 'fixed', top, left: '0', width: '100vw', height: `calc(100vh - ${top})`, border: '0', background: 'white' });
  frame.src = url;
  document.body.append(frame);
  const find = () => frame.contentDocument?.querySelector('sahel-timeline');
  await until(() => (find()?.shadowRoot?.querySelectorAll('[part~="plot"] [data-id]').length ?? 0) > 3, 8000, 'the timeline drawn');
  const el = find() as SahelTimeline;
  return { frame, win: frame.contentWindow as HeldWindow, el, plot: el.renderRoot.querySelector('[part~="plot"]') as HTMLElement };
}

/**
 * Where an element of the frame is in the page (real input is sent in the page's pixels): its
 * height is what the frame shows of it (a plot as tall as its rows may run below the frame).
 */
function inPage(frame: HTMLIFrameElement, element: Element): { left: number; top: number; width: number; height: number } {
  const f = frame.getBoundingClientRect();
  const r = element.getBoundingClientRect();
  return { left: f.left + r.left, top: f.top + r.top, width: r.width, height: Math.min(r.bottom, f.height) - r.top };
}

/** The resources the framed page has fetched whose address matches `pattern`. */
function fetched(win: Window, pattern: RegExp): string[] {
  return win.performance.getEntriesByType('resource').map((e) => e.name).filter((name) => pattern.test(name));
}

/**
 * Whether d3-zoom listens on the plot: d3-selection keeps the listeners it adds on the element
 * (d3-zoom's `-webkit-tap-highlight-color` style, which this read before, is one Firefox drops).
 */
function d3Listens(plot: HTMLElement): boolean {
  const listeners = (plot as HTMLElement & { __on?: { type: string; name: string }[] }).__on ?? [];
  return listeners.some((l) => l.type === 'wheel' && l.name === 'zoom');
}

/** The address of d3-zoom's chunk, as the standalone bundle imports it. */
async function zoomChunkPath(): Promise<string> {
  const bundle = await (await fetch('/dist/sahel-timeline.bundle.js')).text();
  const path = /chunks\/zoom-gestures-[\w-]+\.js/.exec(bundle)?.[0];
  if (!path) throw new Error('the bundle names no zoom-gestures chunk');
  return `/dist/${path}`;
}

describe('<sahel-timeline> d3-zoom, loaded on demand', () => {
  let frame: HTMLIFrameElement | undefined;
  // A chunk an earlier page fetched (the embedding tests') would come from Chromium's and
  // Firefox's memory cache at once, whatever the server holds back: turning the cache off
  // empties it. WebKit asks the server again (and its driver cannot turn the cache off).
  before(async () => {
    if (engine !== 'webkit') await executeServerCommand('set-cache', { enabled: false });
  });
  after(async () => {
    if (engine !== 'webkit') await executeServerCommand('set-cache', { enabled: true });
  });
  afterEach(async () => {
    frame?.remove();
    frame = undefined;
    document.cookie = 'slow-module=; path=/; max-age=0';
    await resetMouse();
  });

  // First: once a frame of this file has fetched the chunk, the memory cache (filled again,
  // cache off or not) hands it to the next frames at once.
  it('a ctrl+wheel before d3-zoom has come zooms the view around the pointer at once and leaves the page alone; once it has come, a drag pans', async () => {
    // The server holds the chunk back (web-test-runner.config.mjs, `slow-module`): the notch
    // arrives well before it.
    document.cookie = `slow-module=${await zoomChunkPath()}:3000; path=/`;
    const page = await openPage();
    frame = page.frame;
    const { win, el, plot } = page;
    const prevented: boolean[] = [];
    win.addEventListener('wheel', (event) => prevented.push(event.defaultPrevented));
    const r = inPage(page.frame, plot);
    const p = { x: Math.round(r.left + r.width * 0.3), y: Math.round(r.top + r.height * 0.5) };
    const timeAt = (x: number) => windowMs(el).start + ((x - r.left) / r.width) * windowMs(el).span;
    const before = windowMs(el);
    const anchor = timeAt(p.x);
    await sendWheel({ ...p, deltaY: -100, modifiers: ['Control'] });
    await until(() => windowMs(el).span < before.span * 0.9, 2000, 'the notch zooming the view');
    expect(d3Listens(plot), 'd3-zoom came before the notch: nothing was checked').to.equal(false);
    expect(prevented, 'the page zoomed or scrolled').to.deep.equal([true]);
    // The time under the pointer stays there, to a pixel and a half (Firefox gives a frame's
    // mouse events whole-pixel coordinates, where the frame itself sits at a fraction).
    expect(Math.abs(timeAt(p.x) - anchor)).to.be.lessThan((before.span / r.width) * 1.5);
    // The pointer over the plot asked for the chunk (the page's idle callbacks are held).
    await until(() => d3Listens(plot), 8000, 'd3-zoom listening');
    document.cookie = 'slow-module=; path=/; max-age=0';
    const from = windowMs(el);
    // The plot is as tall as its rows need: measured again, after the zoom.
    const q = inPage(page.frame, plot);
    const start = { x: Math.round(q.left + q.width * 0.6), y: Math.round(q.top + q.height * 0.9) };
    await drag(start, { x: start.x - 200, y: start.y });
    await until(() => windowMs(el).start > from.start, 2000, 'the drag panning the view');
    const after = windowMs(el);
    expect(Math.abs(after.span - from.span)).to.be.lessThan(from.span / 1000);
    expect((after.start - from.start) / from.span).to.be.closeTo(200 / q.width, 0.02);
  });

  it('the first load has no d3-zoom: the page\'s first idle after the timeline is drawn fetches it, and it listens on the plot', async () => {
    const page = await openPage();
    frame = page.frame;
    const { win, plot } = page;
    expect(fetched(win, /sahel-timeline\.bundle\.js$/)).to.have.length(1);
    expect(fetched(win, /zoom-gestures/), 'd3-zoom before the page was idle').to.deep.equal([]);
    expect(d3Listens(plot)).to.equal(false);
    const held = win.heldIdle.filter((callback) => callback !== undefined);
    expect(held.length, 'idle callbacks asked for').to.be.greaterThan(0);
    for (const callback of held) callback({ didTimeout: false, timeRemaining: () => 50 });
    await until(() => d3Listens(plot), 8000, 'd3-zoom listening');
    expect(fetched(win, /zoom-gestures/)).to.have.length(1);
  });

  it('where the page has no idle callbacks (Safari), a timer fetches d3-zoom soon after the timeline is drawn, with no input', async () => {
    const page = await openPage('/test/fixtures/zoom-on-demand.html?no-idle');
    frame = page.frame;
    expect(typeof page.win.requestIdleCallback, 'the page has idle callbacks: nothing was checked').to.equal('undefined');
    await until(() => d3Listens(page.plot), 8000, 'd3-zoom listening');
    expect(fetched(page.win, /zoom-gestures/)).to.have.length(1);
  });
});
