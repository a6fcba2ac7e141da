/**
 * The story view (`mode="story"`, issue #32): the title card first, then one event a slide in
 * time order, the plot under it as the navigator. Driven as readers drive it: the slide's
 * buttons, ← and →, Home and End, a swipe, a mark chosen on the navigator, Play, a deep link
 * with Back and Forward, a filter that hides the slide shown, and a change of language.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelSelectEvent } from '../src/events.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { expectNoViolations } from './axe.js';
import { emulateMedia, sendKeys } from './commands.js';
import { itExcept, LACKS } from './engines.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, press, sendTouch, setTouch, settle, until } from './helpers.js';

const EVENTS: TimelineEvent[] = [
  { id: 'talks', title: 'Talks open', start: '2021-02-01', category: 'diplomacy', summary: 'The two sides meet.' },
  { id: 'camp', title: 'A camp is built', start: '2021-04-12', category: 'military' },
  { id: 'vote', title: 'A vote', start: '2021-08-20', category: 'politics' },
  { id: 'patrol', title: 'A patrol goes out', start: '2021-10-02', category: 'military' },
  { id: 'rally', title: 'A rally', start: '2021-12-05', category: 'protest' },
];

/** Mounts a story of EVENTS (or the Sahel data), with a title card. */
async function story(attrs = '', events: readonly TimelineEvent[] | 'sahel' = EVENTS, motion: 'reduce' | 'no-preference' = 'reduce'): Promise<{ el: SahelTimeline; h: TimelineHarness }> {
  const el = await mount(events === 'sahel' ? undefined : events, `mode="story" ${events === 'sahel' ? '' : 'heading="A year"'} ${attrs}`, motion);
  const h = new TimelineHarness(el);
  await until(() => el.renderRoot.querySelector('[part~="story"] section') !== null, 3000, 'the first slide');
  return { el, h };
}

/** The slide's heading text. */
const heading = (h: TimelineHarness) => h.slideHeading().textContent.trim();

/** Waits for the slide to show `title`. */
async function showing(el: SahelTimeline, h: TimelineHarness, title: string): Promise<void> {
  await until(() => {
    try {
      return heading(h) === title;
    } catch {
      return false;
    }
  }, 3000, `the slide "${title}"`);
  await el.updateComplete;
}

/** Every text the polite live region takes from now on (a MutationObserver on it). */
function liveTexts(el: SahelTimeline): { texts: string[]; stop: () => void } {
  const region = el.renderRoot.querySelector('[role="status"][aria-live="polite"]') as HTMLElement;
  const texts: string[] = [];
  const watch = new MutationObserver(() => {
    const text = region.textContent.replace(/\s+/g, ' ').trim();
    if (text !== '' && text !== texts.at(-1)) texts.push(text);
  });
  watch.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => { watch.disconnect(); } };
}

/** From the title card, the focus on its heading: → twice and ← once, each slide shown in turn. */
async function onTwoAndBack(el: SahelTimeline, h: TimelineHarness): Promise<void> {
  h.slideHeading().focus();
  await press('ArrowRight');
  await showing(el, h, 'Talks open');
  await press('ArrowRight');
  await showing(el, h, 'A camp is built');
  await press('ArrowLeft');
  await showing(el, h, 'Talks open');
}

describe('<sahel-timeline mode="story">', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens on the title card, a slide above the plot, and takes no focus', async () => {
    const { el, h } = await story();
    expect(heading(h)).to.equal('A year');
    expect(h.slide().getAttribute('aria-roledescription')).to.equal('slide');
    expect(h.slide().getBoundingClientRect().bottom).to.be.at.most(h.plot().getBoundingClientRect().top + 0.5);
    expect(h.slideButton('previous').disabled).to.equal(true);
    expect(h.slideButton('next').textContent).to.include('Talks open');
    expect(el.shadowRoot?.activeElement ?? null).to.equal(null);
    // The details are the slide: none under the plot.
    expect(el.renderRoot.querySelectorAll('[part~="details"], [part~="title-card"]')).to.have.length(1);
  });

  it('the buttons move between slides, the heading taking the focus, in time order', async () => {
    const { el, h } = await story();
    const selects: SahelSelectEvent['detail'][] = [];
    el.addEventListener('sahel-select', (e) => { selects.push(e.detail); });
    // Within the timeline: a click may scroll the page.
    const topIn = () => h.slideButton('next').getBoundingClientRect().top - el.getBoundingClientRect().top;
    const top = topIn();
    const tall = h.slide().getBoundingClientRect().height;
    await clickOn(h.slideButton('next'));
    await showing(el, h, 'Talks open');
    // A slide of another height, and the buttons where they were: a reader clicks on without chasing them.
    expect(h.slide().getBoundingClientRect().height).to.not.be.closeTo(tall, 1);
    expect(topIn()).to.be.closeTo(top, 0.5);
    expect(h.focused()).to.equal(h.slideHeading());
    expect(h.slideCount()).to.equal('1 of 5');
    expect(selects.map((d) => [d.event?.id, d.cause])).to.deep.equal([['talks', 'pointer']]);
    await clickOn(h.slideButton('next'));
    await showing(el, h, 'A camp is built');
    await clickOn(h.slideButton('previous'));
    await showing(el, h, 'Talks open');
    await clickOn(h.slideButton('previous'));
    await showing(el, h, 'A year');
    expect(el.selected).to.equal(null);
  });

  it('← and → on the slide step through it, Home and End go to the ends, and the navigator keeps the slide in view', async () => {
    const { el, h } = await story();
    await onTwoAndBack(el, h);
    await press('End');
    await showing(el, h, 'A rally');
    expect(h.slideButton('next').disabled).to.equal(true);
    expect(h.focused()).to.equal(h.slideHeading());
    // The current event is marked on the navigator, and drawn in its window.
    await until(() => h.mark('rally')?.element.getAttribute('aria-pressed') === 'true' || h.mark('rally')?.element.classList.contains('selected') === true, 3000, 'the mark of the slide');
    const { start, end } = el.visibleRange;
    expect(+new Date('2021-12-05')).to.be.within(+start, +end);
    await press('Home');
    await showing(el, h, 'A year');
  });

  it('no event of the Sahel dataset is out of reach by keyboard alone', async () => {
    const { el, h } = await story('', 'sahel');
    // Tab from before the timeline to the slide's Next button, then Enter and → to the end.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement?.before(before);
    before.focus();
    for (let i = 0; i < 40 && !h.focused()?.matches('.slide-step.next'); i++) await sendKeys({ press: 'Tab' });
    expect(h.focused()?.matches('.slide-step.next'), 'Tab reaches the Next button').to.equal(true);
    await press('Enter');
    const seen = new Set<string>();
    const all = el.shownEvents.map((e) => e.id);
    for (let i = 0; i < all.length + 2; i++) {
      await el.updateComplete;
      if (el.selected) seen.add(el.selected);
      await press('ArrowRight');
    }
    before.remove();
    expect(all.filter((id) => !seen.has(id))).to.deep.equal([]);
    expect(all.length).to.be.greaterThan(30);
  });

  itExcept({ webkit: LACKS.touch }, 'a swipe across the slide turns it; one down the page does not', async () => {
    await setTouch(true);
    try {
      const { el, h } = await story();
      const r = h.slide().getBoundingClientRect();
      const y = Math.round(r.top + Math.min(r.height / 2, 60));
      // Within the viewport, which may be narrower than the timeline.
      const [left, right] = [r.left + 40, Math.min(r.right, innerWidth) - 40];
      const across = (from: number, to: number) => Array.from({ length: 7 }, (_, i) => [{ x: Math.round(from + ((to - from) * i) / 6), y }]);
      await sendTouch(across(right, left));
      await showing(el, h, 'Talks open');
      await sendTouch(across(right, left));
      await showing(el, h, 'A camp is built');
      await sendTouch(across(left, right));
      await showing(el, h, 'Talks open');
      // Far enough across to turn it, were it not twice as far down.
      const x = Math.round((left + right) / 2);
      await sendTouch(Array.from({ length: 7 }, (_, i) => [{ x: x - i * 12, y: y + i * 25 }]));
      await settle(el);
      expect(heading(h)).to.equal('Talks open');
    } finally {
      await setTouch(false);
    }
  });

  it('choosing a mark on the navigator shows its slide and says so once, leaving the focus out of the slide', async () => {
    const { el, h } = await story();
    const mark = h.mark('vote');
    if (!mark) throw new Error('vote is not drawn');
    const live = liveTexts(el);
    await clickOn(mark.element);
    await showing(el, h, 'A vote');
    expect(h.slideCount()).to.equal('3 of 5');
    await until(() => h.announcement() === '3 of 5: A vote', 3000, 'the announcement');
    // Past the moment the view's move would have been said.
    await new Promise((r) => setTimeout(r, 1200));
    live.stop();
    expect(live.texts).to.deep.equal(['3 of 5: A vote']);
    // The reader stays on the navigator: the focus is not moved into the slide.
    expect(h.slide().contains(h.focused())).to.equal(false);
  });

  it("the toolbar's Previous and Next, and next() and previous(), step through the slides and the title card", async () => {
    const { el, h } = await story();
    await clickOn(h.button('Next event'));
    await showing(el, h, 'Talks open');
    await clickOn(h.button('Next event'));
    await showing(el, h, 'A camp is built');
    el.previous();
    await showing(el, h, 'Talks open');
    el.previous();
    await showing(el, h, 'A year');
    expect(h.button('Previous event').getAttribute('aria-disabled')).to.equal('true');
    el.next();
    await showing(el, h, 'Talks open');
  });

  it('Play walks the slides in order, saying each once', async () => {
    const { el, h } = await story('play-interval="0.3"');
    const live = liveTexts(el);
    try {
      await clickOn(h.button('Play through the events'));
      await showing(el, h, 'Talks open');
      await showing(el, h, 'A camp is built');
    } finally {
      el.pause();
      live.stop();
    }
    expect(live.texts.filter((t) => t.includes('Talks open'))).to.have.length(1);
  });

  it('a deep link opens its slide, saying nothing; Back and Forward move between slides, the heading taking the focus', async () => {
    history.replaceState(null, '', `${location.pathname}#event=vote`);
    const { el, h } = await story('hash');
    await showing(el, h, 'A vote');
    expect(h.focused(), 'no focus on the first slide').to.equal(null);
    expect(h.announcement()).to.not.include('A vote');
    await clickOn(h.slideButton('next'));
    await showing(el, h, 'A patrol goes out');
    expect(new URLSearchParams(location.hash.slice(1)).get('event')).to.equal('patrol');
    (document.activeElement as HTMLElement | null)?.blur();
    history.back();
    await showing(el, h, 'A vote');
    await until(() => h.focused() === h.slideHeading(), 3000, 'the focus on the heading');
    (document.activeElement as HTMLElement | null)?.blur();
    history.forward();
    await showing(el, h, 'A patrol goes out');
    await until(() => h.focused() === h.slideHeading(), 3000, 'the focus on the heading again');
  });

  it('a filter that hides the slide shown moves on to the next slide left, the count, the URL and the words following', async () => {
    const { el, h } = await story('hash');
    await clickOn(h.slideButton('next'));
    await clickOn(h.slideButton('next'));
    await showing(el, h, 'A camp is built');
    await clickOn(h.legendToggle('Military'));
    await showing(el, h, 'A vote');
    expect(h.slideCount()).to.equal('2 of 3');
    expect(new URLSearchParams(location.hash.slice(1)).get('event')).to.equal('vote');
    await until(() => h.announcement().includes('2 of 3: A vote') && h.announcement().includes('3 of 5 events'), 3000, 'the count and the slide said');
    h.searchBox().focus();
    await sendKeys({ type: 'rally' });
    await showing(el, h, 'A rally');
    expect(h.slideCount()).to.equal('1 of 1');
  });

  it('a change of language keeps the slide and says it in French', async () => {
    const { el, h } = await story('', 'sahel');
    el.selected = 'wagner-arrives-mali';
    await el.updateComplete;
    const english = heading(h);
    el.locale = 'fr';
    await until(() => h.slide().getAttribute('aria-roledescription') === 'diapositive', 3000, 'the French slide');
    await el.updateComplete;
    expect(el.selected).to.equal('wagner-arrives-mali');
    expect(heading(h)).to.not.equal(english);
    expect(h.slideCount()).to.match(/^\d+ sur \d+$/);
    // A slide the toolbar turns to is said in French.
    await clickOn(h.button('Événement suivant'));
    await until(() => /^\d+ sur \d+ : /.test(h.announcement()), 3000, 'the French announcement');
  });

  it('slides move in, unless the reader asks for reduced motion', async () => {
    const moving = await story('', EVENTS, 'no-preference');
    await clickOn(moving.h.slideButton('next'));
    await showing(moving.el, moving.h, 'Talks open');
    expect(getComputedStyle(moving.h.slide()).animationName).to.equal('sahel-slide-forward');
    const still = await story();
    await clickOn(still.h.slideButton('next'));
    await showing(still.el, still.h, 'Talks open');
    expect(getComputedStyle(still.h.slide()).animationName).to.equal('none');
  });

  it('with no event shown (a search matching none) there is no slide, and the plot says why', async () => {
    const { el, h } = await story();
    el.query = 'nothing like this';
    await until(() => el.renderRoot.querySelector('[part~="story"]') === null, 3000, 'the story gone');
    expect(h.plot().textContent).to.include('No events match.');
    el.query = '';
    await showing(el, h, 'A year');
  });

  it('a slide taller than its room scrolls, and the next one is read from its top', async () => {
    const { el, h } = await story('', 'sahel');
    el.style.setProperty('--sahel-timeline-slide-height', '160px');
    el.selected = 'mali-coup-august-2020';
    await settle(el);
    const frame = h.slide().parentElement as HTMLElement;
    frame.scrollTop = 200;
    expect(frame.scrollTop).to.be.greaterThan(100);
    h.slideHeading().focus({ preventScroll: true });
    await press('ArrowRight');
    await until(() => el.selected !== 'mali-coup-august-2020', 3000, 'the next slide');
    await settle(el);
    expect(frame.scrollTop).to.equal(0);
    // The navigator right under the slide's room and its buttons.
    expect(h.plot().getBoundingClientRect().top - frame.getBoundingClientRect().top).to.be.at.most(160 + 120);
  });

  it("the keys panel lists the slide's keys first, in the reader's language, and a page's own words replace them", async () => {
    const { el, h } = await story();
    await clickOn(h.button('Keyboard shortcuts'));
    const panel = () => h.part('keys-panel')?.textContent.replace(/\s+/g, ' ') ?? '';
    await until(() => panel().includes('On the slide: the previous or next one'), 3000, 'the slide keys');
    expect(panel().indexOf('On the slide')).to.be.below(panel().indexOf('Show everything'));
    el.locale = 'fr';
    await until(() => panel().includes('Sur la diapositive'), 3000, 'the French rows');
    el.strings = { story: { slideOf: '{n}/{count}', keys: [[['←', '→'], 'Folie zurück oder vor']] } };
    await until(() => panel().includes('Folie zurück oder vor'), 3000, "the page's rows");
    await clickOn(h.slideButton('next'));
    await until(() => h.slideCount() === '1/5', 3000, "the page's counter");
  });

  it('on a right-to-left page, ← is still the earlier slide and the buttons run left to right, as the plot does', async () => {
    const { el, h } = await story('dir="rtl" lang="ar"');
    await onTwoAndBack(el, h);
    expect(h.slideButton('previous').getBoundingClientRect().left).to.be.below(h.slideButton('next').getBoundingClientRect().left);
  });

  itExcept({ webkit: LACKS.media }, 'prints the slide whole, without its buttons', async () => {
    const { el, h } = await story('', 'sahel');
    el.style.setProperty('--sahel-timeline-slide-height', '120px');
    el.selected = 'mali-coup-august-2020';
    await settle(el);
    const frame = () => h.slide().parentElement as HTMLElement;
    expect(frame().scrollHeight, 'the slide scrolls on screen').to.be.greaterThan(frame().clientHeight + 20);
    try {
      await emulateMedia({ media: 'print' });
      await until(() => frame().scrollHeight <= frame().clientHeight + 1, 3000, 'the slide whole');
      expect(getComputedStyle(h.slideButton('next').parentElement as HTMLElement).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const locale of ['en', 'fr']) {
      it(`axe finds nothing in the story view, ${scheme}, ${locale}`, async () => {
        const el = await mount(undefined, `mode="story" locale="${locale}"`, 'reduce', scheme);
        const h = new TimelineHarness(el);
        await until(() => el.renderRoot.querySelector('[part~="story"] section') !== null, 3000, 'the first slide');
        await expectNoViolations(el);
        el.selected = 'wagner-arrives-mali';
        await settle(el);
        expect(h.slide().getAttribute('aria-labelledby')).to.equal('details-title');
        await expectNoViolations(el);
      });
    }
  }
});
