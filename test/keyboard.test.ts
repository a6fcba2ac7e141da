/**
 * Keyboard navigation and the roving focus over the events (NavigationController): where Tab
 * lands on the plot, the arrow keys, and the focus kept in the timeline, never taken back
 * from the page, when the data or the view change under it. Driven with real keys.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { frames, mount, press, syntheticEvents, until, windowMs } from './helpers.js';

function focusedEventId(el: SahelTimeline): string | undefined {
  return new TimelineHarness(el).focusedId() ?? undefined;
}

/** Tabs into the plot from the search box (the stop before it), as a keyboard reader would. */
async function tabIntoPlot(el: SahelTimeline): Promise<void> {
  new TimelineHarness(el).searchBox().focus();
  await press('Tab');
}

const day = (id: string, start: string): TimelineEvent => ({ id, title: `Event ${id}`, start: start as TimelineEvent['start'] });

describe('<sahel-timeline> keyboard focus', () => {
  it('replacing `events` under the focused event moves the focus to the nearest event in time, and → goes on from there', async () => {
    const el = await mount([day('a', '2020-01-01'), day('b', '2020-03-01'), day('c', '2020-05-01'), day('d', '2020-07-01')]);
    await tabIntoPlot(el);
    expect(focusedEventId(el)).to.equal('a');
    await press('ArrowRight');
    await until(() => focusedEventId(el) === 'b', 3000, 'focus on b');

    // b (1 March) is gone; q (25 February) is the nearest in time.
    el.events = [day('p', '2020-01-10'), day('q', '2020-02-25'), day('r', '2020-04-20'), day('s', '2020-06-01')];
    await until(() => focusedEventId(el) === 'q', 3000, 'focus on q, the nearest to b');
    await press('ArrowRight');
    await until(() => focusedEventId(el) === 'r', 3000, '→ goes to r');
    await press('ArrowLeft');
    await press('ArrowLeft');
    await until(() => focusedEventId(el) === 'p', 3000, '← ← back to the first event');
    await expectNoViolations(el);
  });

  it('replacing `events` with a list that keeps the focused event leaves the focus on it', async () => {
    const el = await mount([day('a', '2020-01-01'), day('b', '2020-03-01'), day('c', '2020-05-01')]);
    await tabIntoPlot(el);
    await press('ArrowRight');
    await until(() => focusedEventId(el) === 'b', 3000, 'focus on b');
    el.events = [day('z', '2019-12-01'), day('a', '2020-01-01'), day('b', '2020-03-01'), day('c', '2020-05-01')];
    await el.updateComplete;
    await frames(2);
    expect(focusedEventId(el)).to.equal('b');
    await press('ArrowLeft');
    await until(() => focusedEventId(el) === 'a', 3000, '← goes to a');
  });

  it('on a 400 px timeline of 500 events, Tab then → reaches the first event in view, and → moves on', async () => {
    const el = await mount(syntheticEvents(500));
    (el.parentElement as HTMLElement).style.width = '400px';
    await until(() => new TimelineHarness(el).plot().clientWidth === 400, 3000, 'resize to 400 px');
    await frames(2);
    await el.updateComplete;
    const { start, end } = el.visibleRange;
    const inView = el.shownEvents.filter((e) => Date.parse(e.start) >= +start && Date.parse(e.start) < +end);
    const [first, second] = inView;
    if (!first || !second) throw new Error('events in view');

    await tabIntoPlot(el);
    // On the plot (the first event is in a cluster) or on that first event: never another.
    const landed = focusedEventId(el);
    expect(landed === undefined || landed === first.id, `Tab landed on ${String(landed)}, not ${first.id}`).to.equal(true);
    if (landed === undefined) {
      await press('ArrowRight');
      await until(() => focusedEventId(el) === first.id, 3000, `→ reaches ${first.id}`);
    }
    await press('ArrowRight');
    await until(() => focusedEventId(el) === second.id, 3000, `→ goes on to ${second.id}`);
    await expectNoViolations(el);
  });

  it('tabbing into an overview whose first event is in a cluster leaves the view alone; an arrow key then starts at it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
      <button id="before">before</button>
      <sahel-timeline></sahel-timeline>
    </div>`);
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    el.events = syntheticEvents(5000, 2015, 8);
    const h = new TimelineHarness(el);
    await until(() => h.clusters().length > 0, 3000, 'clusters');
    await frames(2);
    // As many events as there are rows are labelled in each crowded column; the first is not.
    expect(h.mark(el.shownEvents[0]?.id ?? ''), 'the first event in a cluster').to.equal(undefined);
    const before = `${el.visibleRange.start.toISOString()} ${el.visibleRange.end.toISOString()}`;
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    // Into the toolbar, past the search box, then on to the plot.
    await press('Tab');
    await press('Tab');
    await press('Tab');
    await frames(4);
    expect(h.plotFocused(), 'focus on the plot').to.equal(true);
    expect(`${el.visibleRange.start.toISOString()} ${el.visibleRange.end.toISOString()}`).to.equal(before);
    await press('ArrowRight');
    await until(() => h.focusedId() === el.shownEvents[0]?.id, 3000, 'the first event focused');
  });

  it('never takes the focus back from the page when an event it meant to focus is drawn later', async () => {
    const el = await mount(syntheticEvents(1500, 2015, 4), 'start="2016-03-01" end="2016-03-15"');
    const after = document.createElement('button');
    el.after(after);
    const h = new TimelineHarness(el);
    const id = h.marks()[0]?.id ?? '';
    const drawn = () => h.mark(id) !== undefined;
    h.mark(id)?.element.focus();
    // Move the focused event out of view (the focus stays on the plot), then zoom in.
    for (let i = 0; i < 12 && drawn(); i++) {
      await sendKeys({ down: 'Shift' });
      await press('ArrowRight');
      await sendKeys({ up: 'Shift' });
    }
    expect(drawn()).to.equal(false);
    expect(h.plotFocused()).to.equal(true);
    await press('=');
    // The reader moves on; when the event comes back into view it must not pull the focus.
    after.focus();
    el.fit();
    await until(drawn, 3000, 'the event drawn again');
    await frames(2);
    expect(document.activeElement === after, 'the focus stays on the page').to.equal(true);
  });
});

describe('<sahel-timeline> keyboard zoom and pan', () => {
  // Off the middle of the view, where zooming around the middle would move them.
  const five = [day('a', '2020-01-01'), day('b', '2020-02-01'), day('c', '2020-03-01'), day('d', '2020-11-01'), day('e', '2020-12-31')];

  /** A key pressed with Shift held. */
  const shifted = async (key: string) => {
    await sendKeys({ down: 'Shift' });
    await press(key);
    await sendKeys({ up: 'Shift' });
  };

  /** Where the focused event's mark stands on the screen. */
  const markX = (el: SahelTimeline, id: string) => {
    const box = new TimelineHarness(el).marks().find((m) => m.id === id)?.markBox;
    return box ? box.left + box.width / 2 : NaN;
  };

  it('+ and = zoom in around the focused event, - and _ zoom out, keeping it in place and focused; 0 shows everything again', async () => {
    const el = await mount(five);
    const h = new TimelineHarness(el);
    const fitted = windowMs(el);
    await tabIntoPlot(el);
    await press('ArrowRight');
    await press('ArrowRight');
    const id = focusedEventId(el) ?? '';
    const plotBox = h.plot().getBoundingClientRect();
    expect(Math.abs(markX(el, id) - (plotBox.left + plotBox.width / 2)), `${id} stands off the middle`).to.be.above(150);
    for (const [key, factor] of [['+', 0.5], ['=', 0.5], ['-', 2], ['_', 2]] as const) {
      const before = windowMs(el);
      const x = markX(el, id);
      await press(key);
      await until(() => Math.abs(windowMs(el).span / before.span - factor) < 0.01, 3000, `${key} to zoom by ${String(1 / factor)}`);
      await until(() => focusedEventId(el) === id, 3000, `the focus to stay on ${id} after ${key}`);
      // Zoomed around the event's first instant, its mark (at the middle of its day) stays within a few pixels.
      expect(Math.abs(markX(el, id) - x), `${key}: the event keeps its place`).to.be.below(4);
    }
    await press('+');
    await until(() => windowMs(el).span < fitted.span * 0.6, 3000, 'zoomed in');
    await press('0');
    await until(() => Math.abs(windowMs(el).span - fitted.span) < fitted.span * 0.01, 3000, '0 to show everything');
    expect(h.marks().map((m) => m.id).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('Shift+→ and Shift+← pan by a fifth of the view, and the focus stays in the timeline', async () => {
    const el = await mount(five);
    await tabIntoPlot(el);
    await press('ArrowRight');
    const fitted = windowMs(el).span;
    await press('+');
    await until(() => windowMs(el).span < fitted * 0.6 && focusedEventId(el) !== undefined, 3000, 'zoomed in');
    const id = focusedEventId(el);
    const before = windowMs(el);
    await shifted('ArrowRight');
    await until(() => Math.abs(windowMs(el).start - before.start - before.span / 5) < before.span * 0.01, 3000, 'a fifth later');
    expect(windowMs(el).span).to.be.closeTo(before.span, before.span * 0.001);
    await shifted('ArrowLeft');
    await until(() => Math.abs(windowMs(el).start - before.start) < before.span * 0.01, 3000, 'back where it was');
    expect(id).to.not.equal(undefined);
    expect(el.matches(':focus-within'), 'the focus is still in the timeline').to.equal(true);
  });

  it('Escape closes the details of the selected event and keeps the focus on it; a second Escape does nothing', async () => {
    const el = await mount(five);
    await tabIntoPlot(el);
    await press('ArrowRight');
    const id = focusedEventId(el);
    await press('Enter');
    await until(() => el.selected === id, 3000, 'Enter to select');
    const seen: (string | null)[] = [];
    el.addEventListener('sahel-select', (e) => seen.push(e.detail.event?.id ?? null));
    await press('Escape');
    await until(() => el.selected === null, 3000, 'Escape to close');
    expect(focusedEventId(el)).to.equal(id);
    await press('Escape');
    expect(seen).to.deep.equal([null]);
  });
});
