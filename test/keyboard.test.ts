import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { frames, mount, syntheticEvents, until } from './helpers.js';

/** The element inside the timeline that has the focus. */
function focused(el: SahelTimeline): HTMLElement | null {
  return (el.shadowRoot?.activeElement as HTMLElement | null) ?? null;
}

function focusedEventId(el: SahelTimeline): string | undefined {
  const f = focused(el);
  return f?.classList.contains('event') ? f.dataset.id : undefined;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await frames(2);
}

/** Tabs into the plot from the last toolbar button, as a keyboard reader would. */
async function tabIntoPlot(el: SahelTimeline): Promise<void> {
  el.renderRoot.querySelector<HTMLButtonElement>('.toolbar button[aria-controls="keys"]')?.focus();
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
    await until(() => (el.renderRoot.querySelector('.plot') as HTMLElement).clientWidth === 400, 3000, 'resize to 400 px');
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
});
