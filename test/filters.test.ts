/**
 * What is shown: the legend's category toggles, the search box (`query`) and the page's
 * `filter`, driven by real pointer and keys; `sahel-filter-change`; axe in each state.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from './commands.js';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { FilterChangeDetail } from '../src/events.js';
import { expectNoViolations } from './axe.js';
import { TimelineHarness } from './harness.js';
import { clickOn, frames, mount, settle, until } from './helpers.js';
import { itExcept, LACKS } from './engines.js';

const ours: TimelineEvent[] = [
  { id: 'a', title: 'Coup d’État à Bamako', start: '2020-08-18', category: 'politics', countries: ['ML'] },
  { id: 'b', title: 'Protest (large) in Ouagadougou', start: '2020-09-01', category: 'protest', countries: ['BF'] },
  { id: 'c', title: 'Talks on security', start: '2020-10-01', category: 'diplomacy', countries: ['ML', 'RU'], summary: 'Ministers met in Moscow.' },
  { id: 'd', title: 'Wagner arrives', start: '2020-11-01', category: 'military', actors: ['Wagner Group'] },
  { id: 'e', title: 'A star * of the show', start: '2020-12-01', category: 'media' },
  { id: 'f', title: 'Back\\slash day', start: '2021-01-01', category: 'politics', place: { name: 'Ségou' } },
];

/** Types into the search box as a reader would: a click, then keys. */
async function typeSearch(el: HTMLElement & { updateComplete: Promise<boolean> }, text: string): Promise<void> {
  await clickOn(new TimelineHarness(el as never).searchBox());
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<sahel-timeline> filters and search', () => {
  it('a legend toggle hides its category from the plot, the count, next and previous and the list, and shows it again', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const total = el.shownEvents.length;
    const military = el.shownEvents.filter((e) => e.category === 'military').map((e) => e.id);
    expect(military.length).to.be.greaterThan(0);
    const changes: FilterChangeDetail[] = [];
    el.addEventListener('sahel-filter-change', (e) => changes.push(e.detail));
    const toggle = h.legendToggle('Military');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await clickOn(toggle);
    await settle(el);
    expect(h.legendToggle('Military').getAttribute('aria-pressed')).to.equal('false');
    expect(el.hiddenCategories).to.deep.equal(['military']);
    expect(el.shownEvents.some((e) => e.category === 'military')).to.equal(false);
    expect(h.marks().some((m) => military.includes(m.id))).to.equal(false);
    expect(h.eventListItems().length).to.be.greaterThan(0);
    expect(h.eventListItems().map((b) => b.textContent).join(' ')).not.to.contain('Wagner deploy');
    expect(h.shownCount()).to.equal(`${String(total - military.length)} of ${String(total)} events`);
    expect(changes.at(-1)).to.deep.include({ shown: total - military.length, total, query: '' });
    expect(changes.at(-1)?.categories).not.to.include('military');
    // Next and previous walk only what is shown.
    el.selected = el.shownEvents[0]?.id ?? null;
    await settle(el);
    for (let i = 0; i < total; i++) {
      await clickOn(h.button('Next event'));
      await el.updateComplete;
      expect(military).not.to.include(el.selected);
    }
    await clickOn(h.legendToggle('Military'));
    await settle(el);
    expect(el.shownEvents.length).to.equal(total);
    expect(h.shownCount()).to.equal('');
  });

  it('the screen-reader list follows a search once typing pauses, and its entries select what is shown', async () => {
    const el = await mount(ours);
    const h = new TimelineHarness(el);
    expect(h.eventListItems().length).to.equal(ours.length);
    await typeSearch(el, 'bamako');
    await until(() => h.eventListItems().length === 1, 3000, 'the list to follow the search');
    expect(h.eventListItems()[0]?.textContent).to.contain('Coup d’État à Bamako');
    h.eventListItems()[0]?.click();
    await settle(el);
    expect(el.selected).to.equal('a');
  });

  it('filter takes a predicate; one that throws hides nothing', async () => {
    const el = await mount(ours);
    el.filter = (e) => e.countries?.includes('ML') === true;
    await el.updateComplete;
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['a', 'c']);
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      el.filter = () => {
        throw new Error('oops');
      };
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(el.shownEvents.length).to.equal(ours.length);
    expect(warned.length).to.equal(1);
  });

  it('the search box finds words in titles, summaries, actors, places and country names, whatever the case and accents', async () => {
    const el = await mount(ours);
    const h = new TimelineHarness(el);
    const changes: FilterChangeDetail[] = [];
    el.addEventListener('sahel-filter-change', (e) => changes.push(e.detail));
    await typeSearch(el, 'ETAT');
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['a']);
    expect(el.getAttribute('query')).to.equal('ETAT');
    expect(h.shownCount()).to.equal('1 of 6 events');
    expect(changes.at(-1)).to.deep.include({ shown: 1, total: 6, query: 'ETAT' });
    const search = async (q: string) => {
      el.query = q;
      await el.updateComplete;
      return el.shownEvents.map((e) => e.id);
    };
    expect(await search('moscow')).to.deep.equal(['c']);
    expect(await search('wagner group')).to.deep.equal(['d']);
    expect(await search('segou')).to.deep.equal(['f']);
    // Countries by code and by name: "Mali" is ML, "Burkina" is BF.
    expect(await search('mali')).to.deep.equal(['a', 'c']);
    // The legend counts what the search leaves, in hidden categories too.
    const legendText = (name: string) => h.legendToggle(name).textContent.replace(/\s+/g, ' ').trim();
    expect([legendText('Politics'), legendText('Diplomacy'), legendText('Protest')]).to.deep.equal(['Politics (1)', 'Diplomacy (1)', 'Protest (0)']);
    el.hiddenCategories = ['diplomacy'];
    await el.updateComplete;
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['a']);
    expect(legendText('Diplomacy')).to.equal('Diplomacy (1)');
    el.hiddenCategories = [];
    expect(await search('burkina')).to.deep.equal(['b']);
    // Every word must appear, in any field.
    expect(await search('talks russia')).to.deep.equal(['c']);
    // Characters with meaning in patterns are only characters.
    expect(await search('(')).to.deep.equal(['b']);
    expect(await search('*')).to.deep.equal(['e']);
    expect(await search('\\')).to.deep.equal(['f']);
    // As a pattern, ".*" would match everything; as text, nothing has it.
    expect(await search('.*')).to.deep.equal([]);
    await until(() => h.announcement() === '0 of 6 events', 3000, 'the count announced');
    expect(h.part('plot')?.textContent).to.contain('No events match.');
  });

  it('Enter in the search box selects the next match and brings it into view; shift+Enter the previous; Esc clears', async () => {
    const el = await mount(ours);
    const h = new TimelineHarness(el);
    await typeSearch(el, 'mali');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('a');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('c');
    await until(() => h.mark('c') !== undefined, 3000, 'the match in view');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(el.selected).to.equal('a');
    expect(h.focused()).to.equal(h.searchBox());
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(h.searchBox().value).to.equal('');
    expect(el.shownEvents.length).to.equal(6);
  });

  it('a selected event that the filters hide is no longer selected', async () => {
    const el = await mount(ours);
    el.selected = 'd';
    await settle(el);
    await clickOn(new TimelineHarness(el).legendToggle('Military'));
    await settle(el);
    expect(el.selected).to.equal(null);
  });

  it('query set as an attribute filters from the first render', async () => {
    const el = await mount(ours, 'query="bamako"');
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['a']);
    expect(new TimelineHarness(el).searchBox().value).to.equal('bamako');
  });

  it('axe finds no violations with a category hidden and with a search active', async () => {
    const el = await mount();
    await clickOn(new TimelineHarness(el).legendToggle('Military'));
    await settle(el);
    await expectNoViolations(el);
    el.query = 'wagner';
    await settle(el);
    await frames(2);
    await expectNoViolations(el);
  });

  itExcept({ webkit: LACKS.coarse }, 'the legend\'s toggles are at least 44 by 44 pixels where the pointer is coarse, as the toolbar\'s buttons are', async () => {
    const el = await mount();
    await executeServerCommand('set-coarse-pointer', { enabled: true });
    try {
      await until(() => matchMedia('(pointer: coarse)').matches, 3000, 'a coarse pointer');
      await frames(2);
      const toggles = [...el.renderRoot.querySelectorAll<HTMLElement>('[part~="legend-item"]')];
      expect(toggles.length).to.be.greaterThan(3);
      for (const t of toggles) {
        const r = t.getBoundingClientRect();
        const name = t.textContent.replace(/\s+/g, ' ').trim();
        expect(r.width, `${name} width`).to.be.at.least(44);
        expect(r.height, `${name} height`).to.be.at.least(44);
      }
      await expectNoViolations(el);
    } finally {
      await executeServerCommand('set-coarse-pointer', { enabled: false });
    }
  });
});
