/**
 * Printing (controllers/print-controller.ts, styles/print.ts): the window on screen laid out
 * for the paper at beforeprint, fitted to the paper's width, black on white in any theme and
 * with no controls; and a real PDF of it, printed by the browser and read back.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from './commands.js';
import { PAPER } from '../src/controllers/print-controller.js';
import { instantOf } from '../src/dataset/dates.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import { TITLE_SIZE } from '../src/render/geometry.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { clickOn, contrast, mount, overlaps, until, windowMs } from './helpers.js';
import { itExcept, LACKS } from './engines.js';

/** A run of text on a printed page, in points from its top left (scripts/wtr-print-plugin.mjs). */
interface PrintedText {
  text: string;
  x: number;
  y: number;
  size: number;
}
interface PrintedPage {
  width: number;
  height: number;
  texts: PrintedText[];
}

const YEAR = 365.25 * 864e5;
const CATEGORIES = ['military', 'diplomacy', 'politics', 'protest'] as const;

/**
 * Forty events from March 2006 to late 2017, one every 3.5 months, titled "Ev00" to "Ev39":
 * short titles that no label cuts, so that each one printed can be found in the PDF's text.
 */
const EVENTS: TimelineEvent[] = Array.from({ length: 40 }, (_, i) => ({
  id: `ev${String(i)}`,
  title: `Ev${String(i).padStart(2, '0')}`,
  start: new Date(Date.UTC(2006, 2, 1) + i * 0.29 * YEAR).toISOString().slice(0, 10) as TimelineEvent['start'],
  category: CATEGORIES[i % CATEGORIES.length],
}));
/** The window on screen: six of the data's twelve years. */
const WINDOW = 'start="2008-01-01" end="2014-01-01"';

/** The events whose marks are in the window `w`: a point in it, or a span over part of it. */
function inWindow(w: { start: number; end: number }, events: readonly TimelineEvent[] = EVENTS): TimelineEvent[] {
  return events.filter((e) => instantOf(e.start) <= w.end && instantOf(e.end ?? e.start) >= w.start);
}

/**
 * A timeline as wide as a desktop page (about 1250 px), wider than any paper: where printing
 * cut the window. As wide as the page, not fixed, so that on paper it is as wide as the paper.
 */
async function mountWide(attrs: string, scheme: 'light' | 'dark' = 'light', events: readonly TimelineEvent[] | undefined = EVENTS): Promise<SahelTimeline> {
  await setViewport({ width: 1280, height: 800 });
  const el = await mount(events, attrs, 'reduce', scheme, 1200);
  const page = el.parentElement as HTMLElement;
  page.style.width = '';
  await until(() => el.view.laidOutWidth === page.clientWidth && page.clientWidth > 1200, 3000, 'the page\'s width');
  await el.updateComplete;
  return el;
}

const shown = (e: Element | null): boolean => e !== null && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 0;

/** Whether `inner` lies within `outer`, to a pixel. */
const within = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;

describe('<sahel-timeline> printed', () => {
  afterEach(async () => {
    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('at beforeprint lays out the window on screen for the paper at once, and for the screen again at afterprint', async () => {
    const el = await mountWide(WINDOW);
    const h = new TimelineHarness(el);
    const screen = el.view.laidOutWidth;
    const before = windowMs(el);
    dispatchEvent(new Event('beforeprint'));
    // Laid out and drawn before the handler returns: the browser lays out for print next, running no script.
    expect(el.view.laidOutWidth).to.equal(PAPER.width);
    expect(h.plot().style.getPropertyValue('--_laid-width')).to.equal(`${String(PAPER.width)}px`);
    expect(windowMs(el).start).to.be.closeTo(before.start, 1);
    expect(windowMs(el).end).to.be.closeTo(before.end, 1);
    dispatchEvent(new Event('afterprint'));
    expect(el.view.laidOutWidth).to.equal(screen);
    expect(windowMs(el).start).to.be.closeTo(before.start, 1);
    expect(windowMs(el).end).to.be.closeTo(before.end, 1);
  });

  itExcept({ webkit: LACKS.media }, 'draws every event of the window on screen inside the printed plot, the plot fitted to the page', async () => {
    // Forty events over twelve years, six of them on screen; the Sahel story at its opening.
    for (const [attrs, events] of [[WINDOW, EVENTS], ['', undefined]] as const) {
      const el = await mountWide(attrs, 'light', events);
      const h = new TimelineHarness(el);
      const w = windowMs(el);
      const inView = inWindow(w, el.shownEvents);
      expect(inView.length).to.be.greaterThan(15);
      dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await until(() => getComputedStyle(h.plot()).transform !== 'none', 3000, 'the print styles');
      const plot = h.plot().getBoundingClientRect();
      const frame = h.part('base')?.getBoundingClientRect();
      // Scaled to take the frame's whole width, or less where it would be taller than a page
      // (here the viewport's height, less room for the toolbar).
      const fits = Math.abs(plot.width - (frame?.width ?? 0)) < 2 || Math.abs(plot.height - (innerHeight - 48)) < 2;
      expect(fits, `the plot ${String(plot.width)} × ${String(plot.height)} in ${String(frame?.width)} × ${String(innerHeight)}`).to.equal(true);
      expect(plot.right).to.be.at.most((frame?.right ?? 0) + 1);
      // Each a mark on the plot (its label, if any, inside it), or one of a cluster's events.
      const missing = inView.filter((e) => {
        const m = h.mark(e.id);
        return !m || !overlaps(m.markBox, plot) || (m.labelled && !within(m.labelBox, plot));
      });
      const clustered = h.clusters().reduce((n, c) => n + c.count, 0);
      expect(missing.length, `not drawn on the plot: ${missing.map((e) => e.title).join(', ')}`).to.be.at.most(clustered);
      for (const c of h.clusters()) expect(overlaps(c.box, plot)).to.equal(true);
      dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
  });

  itExcept({ webkit: LACKS.media }, 'prints black on white in the dark theme and under a dark preference, with the categories\' colours legible', async () => {
    for (const [attrs, scheme] of [['theme="dark"', 'light'], ['', 'dark']] as const) {
      const el = await mountWide(`${WINDOW} ${attrs}`, scheme);
      const h = new TimelineHarness(el);
      expect(getComputedStyle(h.plot()).color).not.to.equal('rgb(0, 0, 0)');
      dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print', colorScheme: scheme });
      await until(() => getComputedStyle(h.plot()).color === 'rgb(0, 0, 0)', 3000, `black text (${attrs || scheme})`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      const label = h.marks()[0]?.element.querySelector('.label');
      expect(getComputedStyle(label ?? h.plot()).color).to.equal('rgb(0, 0, 0)');
      // Each category's glyph stands out on white (3:1, WCAG's for graphics).
      for (const category of CATEGORIES) {
        const glyph = h.plot().querySelector(`.c-${category} .glyph`);
        if (!glyph) throw new Error(`no ${category} glyph`);
        expect(contrast(getComputedStyle(glyph).fill, 'rgb(255, 255, 255)'), category).to.be.at.least(3);
      }
      dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
  });

  itExcept({ webkit: LACKS.media }, 'prints the legend, the range and the open details, and no control: toolbar buttons, search box, keys panel, Close, Copy link', async () => {
    const el = await mountWide(`${WINDOW} hash theme="dark"`);
    const h = new TimelineHarness(el);
    el.selected = 'ev10';
    await until(() => h.part('details') !== null, 3000, 'the details');
    await clickOn(h.button('Keyboard shortcuts'));
    await until(() => shown(h.part('keys-panel')), 3000, 'the keys panel');
    const root = el.shadowRoot as ShadowRoot;
    const controls = () => [...root.querySelectorAll('.control, .details .link, [part~="search"], [part~="keys-panel"]')];
    expect(controls().filter(shown).length).to.be.greaterThan(10);
    dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await until(() => !shown(h.part('search')), 3000, 'the print styles');
    expect(controls().filter(shown).map((c) => c.getAttribute('title') ?? c.className)).to.deep.equal([]);
    expect([shown(h.part('plot')), shown(h.part('details')), shown(h.part('legend')), shown(h.part('axis'))]).to.deep.equal([true, true, true, true]);
    expect(h.part('details')?.textContent).to.contain('Ev10');
    expect(getComputedStyle(h.part('details') as HTMLElement).color).to.equal('rgb(0, 0, 0)');
    expect(shown(h.part('toolbar')?.querySelector('.range') ?? null)).to.equal(true);
    history.replaceState(null, '', location.pathname + location.search);
  });

  itExcept({ webkit: LACKS.media }, 'prints a search that filters the view as its words, not as a box', async () => {
    const el = await mountWide(`${WINDOW} query="Ev1"`);
    const h = new TimelineHarness(el);
    await emulateMedia({ media: 'print' });
    await until(() => getComputedStyle(h.searchBox()).borderTopStyle === 'none', 3000, 'the print styles');
    expect(shown(h.searchBox())).to.equal(true);
    await until(() => h.shownCount() === '10 of 40 events', 3000, 'the search\'s count');
  });
});

describe('<sahel-timeline> in a printed PDF', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  itExcept({ webkit: LACKS.print }, 'a printed PDF of a window holds every mark of that window, at the type size of the screen or larger, on A4, Letter and A4 landscape', async () => {
    const el = await mountWide(WINDOW, 'dark');
    const w = windowMs(el);
    const events = inWindow(w);
    const range = new TimelineHarness(el).part('toolbar')?.querySelector('.range')?.textContent.trim() ?? '?';
    const outside = EVENTS.filter((e) => Math.abs(Date.parse(e.start) - (w.start + w.end) / 2) > (w.end - w.start) / 2 + YEAR);
    for (const paper of [{ format: 'A4' }, { format: 'Letter' }, { format: 'A4', landscape: true }]) {
      const format = `${paper.format}${paper.landscape ? ' landscape' : ''}`;
      // The browser's own print: beforeprint, the layout for print media at the paper's width, afterprint.
      const pages = await executeServerCommand<PrintedPage[], typeof paper>('print-pdf', paper);
      const page = pages[0];
      if (!page) throw new Error('no page printed');
      const texts = pages.flatMap((p) => p.texts);
      const printed = (title: string) => texts.find((t) => t.text.includes(title));
      // The window on screen, as the toolbar states it.
      expect(texts.map((t) => t.text).join(' '), format).to.contain(range);
      for (const e of events) {
        const t = printed(e.title);
        expect(t, `${e.title} (${e.start}) on ${format}`).not.to.equal(undefined);
        // Inside the page's margins (1 cm, 28 pt), and as large as on screen (13 px is 9.75 pt).
        expect(t && t.x > 27 && t.x < page.width - 28, `${e.title} within the page (${format})`).to.equal(true);
        expect(t?.size ?? 0, `${e.title}'s size`).to.be.at.least(TITLE_SIZE * 0.75 * 0.9);
      }
      // And not the whole data fitted in: the same window.
      expect(outside.filter((e) => printed(e.title)).map((e) => e.title)).to.deep.equal([]);
    }
    // Back on screen after printing (afterprint), with the same window.
    expect(el.view.laidOutWidth).to.equal((el.parentElement as HTMLElement).clientWidth);
    expect(windowMs(el).start).to.be.closeTo(w.start, 1);
    expect(windowMs(el).end).to.be.closeTo(w.end, 1);
  });
});
