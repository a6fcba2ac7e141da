/**
 * Links to any event (`hash`): selecting pushes the fragment, a URL with one opens on its
 * event, Back and Forward move between selected events, two timelines keep fragments of their
 * own, an unknown fragment is ignored, and without `hash` the URL is never touched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { clickOn, mount, settle, until } from './helpers.js';

const ours: TimelineEvent[] = [
  { id: 'coup', title: 'Coup', start: '2020-08-18' },
  { id: 'protest', title: 'Protest', start: '2021-01-10' },
  { id: 'talks', title: 'Talks', start: '2021-06-01' },
];

const fragment = () => new URLSearchParams(location.hash.slice(1));

/** Selects an event as a reader does: a click on its mark. */
async function pick(el: SahelTimeline, id: string): Promise<void> {
  const mark = new TimelineHarness(el).mark(id);
  if (!mark) throw new Error(`${id} is not drawn`);
  await clickOn(mark.element);
  await settle(el);
}

async function popped(move: () => void): Promise<void> {
  const done = new Promise((resolve) => {
    window.addEventListener('popstate', resolve, { once: true });
  });
  move();
  await done;
}

describe('<sahel-timeline hash>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('selecting pushes a fragment naming the event; Back and Forward move between selected events', async () => {
    const el = await mount(ours, 'id="story" hash');
    const fired: string[] = [];
    el.addEventListener('sahel-select', (e) => fired.push(`${e.detail.event?.id ?? 'null'} (${e.detail.cause})`));
    const depth = history.length;
    await pick(el, 'coup');
    expect(fragment().get('story')).to.equal('coup');
    await pick(el, 'talks');
    expect(fragment().get('story')).to.equal('talks');
    expect(history.length).to.equal(depth + 2);
    await popped(() => { history.back(); });
    await until(() => el.selected === 'coup', 2000, 'Back to select the coup');
    await popped(() => { history.forward(); });
    await until(() => el.selected === 'talks', 2000, 'Forward to select the talks');
    expect(fired).to.deep.equal(['coup (pointer)', 'talks (pointer)', 'coup (hash)', 'talks (hash)']);
  });

  it('a URL with the fragment opens on its event and brings it into view; an unknown one is ignored', async () => {
    history.replaceState(null, '', '#story=talks');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    wrapper.innerHTML = '<sahel-timeline id="story" hash start="2020-01" end="2020-12"></sahel-timeline>';
    const el = wrapper.querySelector('sahel-timeline') as SahelTimeline;
    el.events = ours;
    await until(() => el.selected === 'talks', 3000, 'the event the URL names');
    // It opened on 2020, which does not hold June 2021: the event was brought into view.
    await until(() => new TimelineHarness(el).mark('talks') !== undefined, 3000, 'the event in view');

    history.replaceState(null, '', '#story=nothing-like-it');
    const other = await mount(ours, 'id="story" hash');
    expect(other.selected).to.equal(null);
  });

  it('two timelines on one page keep fragments of their own', async () => {
    const a = await mount(ours, 'id="first" hash');
    const b = await mount(ours, 'id="second" hash');
    await pick(a, 'coup');
    await pick(b, 'protest');
    expect([fragment().get('first'), fragment().get('second')]).to.deep.equal(['coup', 'protest']);
    await popped(() => { history.back(); });
    await until(() => b.selected === null, 2000, 'Back to deselect the second');
    expect(a.selected).to.equal('coup');
  });

  it('without hash the URL is never touched, and the details have no link', async () => {
    const el = await mount(ours, 'id="story"');
    const before = location.href;
    const depth = history.length;
    await pick(el, 'coup');
    expect(location.href).to.equal(before);
    expect(history.length).to.equal(depth);
    expect(new TimelineHarness(el).part('details')?.textContent).not.to.contain('Copy link');
  });

  it('the details offer the link to the event', async () => {
    const el = await mount(ours, 'id="story" hash');
    await pick(el, 'protest');
    const button = [...(new TimelineHarness(el).part('details')?.querySelectorAll('button') ?? [])].find((x) => x.textContent.trim() === 'Copy link');
    expect(button, 'a Copy link button').not.to.equal(undefined);
    await clickOn(button as HTMLButtonElement);
    // Copied, or where the browser refuses the clipboard, shown to copy by hand.
    await until(() => {
      const details = new TimelineHarness(el).part('details');
      return details?.textContent.includes('Link copied') === true || details?.querySelector('input')?.value.endsWith('#story=protest') === true;
    }, 2000, 'the link copied or shown');
  });
});
