/**
 * `src` reads what newsrooms bring: a TimelineJS3 JSON file (title slide, eras, media,
 * groups as lanes), TimelineJS3's spreadsheet template as CSV (a title row, HTML text), our
 * own columns with quoted commas and line breaks, and a spreadsheet found by its content.
 */
import { expect } from '@open-wc/testing';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { clickOn, errors, mount, settle, until } from './helpers.js';

const card = (h: TimelineHarness) => h.part('title-card');
const text = (e: Element | null | undefined) => e?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const eraTitles = (el: SahelTimeline) => [...(el.shadowRoot?.querySelectorAll('[part~="era-list"] li') ?? [])].map(text);
const listed = (h: TimelineHarness) => h.eventListItems().map(text);

/** Selects an event by its mark and gives its details. */
async function details(el: SahelTimeline, id: string): Promise<HTMLElement> {
  const h = new TimelineHarness(el);
  const mark = h.mark(id) ?? h.copies(id)[0];
  if (!mark) throw new Error(`${id} is not drawn (${h.marks().map((m) => m.id).join(', ')})`);
  await clickOn(mark.element);
  await settle(el);
  await until(() => h.part('details') !== null, 3000, 'the details');
  return h.part('details') as HTMLElement;
}

describe('<sahel-timeline> src reads spreadsheets and TimelineJS3 files', () => {
  it('a TimelineJS3 file: its title slide is the title card, its eras eras, its groups lanes, its media in the details', async () => {
    const el = await mount(undefined, 'src="/test/fixtures/timelinejs.json" locale="en-GB"');
    const h = new TimelineHarness(el);
    await until(() => el.shownEvents.length === 3, 3000, 'the file');
    await until(() => card(h) !== null, 3000, 'the title card');
    expect(text(card(h)?.querySelector('h2'))).to.equal('Mali after the coup');
    expect(text(card(h))).to.contain('Ten years in the Sahel, from Serval to Wagner.');
    expect(card(h)?.querySelector('img')?.getAttribute('src')?.endsWith('/test/fixtures/photo.png')).to.equal(true);
    await until(() => eraTitles(el).length === 1, 3000, 'the eras');
    expect(eraTitles(el)[0]).to.contain('French operations');
    // Headlines are plain text on the plot and in the screen-reader list.
    expect(listed(h)).to.deep.equal(['Coup in Bamako, 22 March 2012', 'Operation Serval, 11 January 2013 – 15 July 2014', 'A second coup, 24 May 2021']);
    // No group-by on the page: the file's groups are its lanes.
    await until(() => h.lanes().length === 2, 3000, 'the lanes');
    expect(h.lanes().map((l) => l.header.replace(/\s*\d+ events?$/, ''))).to.have.members(['Politics', 'Military']);
    expect(h.lane('Politics').marks.map((m) => m.title)).to.deep.equal(['Coup in Bamako', 'A second coup']);
    const coup = await details(el, 'coup-2012');
    const link = coup.querySelector<HTMLAnchorElement>('[part~="media"] a[href^="https://en.wikipedia.org/"]');
    expect(link === null).to.equal(false);
    expect(text(coup)).to.contain('The coup on Wikipedia');
  });

  it("a page's group-by wins over the file's groups", async () => {
    const el = await mount(undefined, 'src="/test/fixtures/timelinejs.json" group-by=""');
    const h = new TimelineHarness(el);
    await until(() => el.shownEvents.length === 3, 3000, 'the file');
    await settle(el);
    expect(h.lanes()).to.deep.equal([]);
  });

  it("TimelineJS3's spreadsheet template as CSV: the title row, an era, HTML text, and the line of a row it cannot read", async () => {
    const el = await mount(undefined, 'locale="en-GB"');
    const seen = errors(el);
    el.src = '/test/fixtures/template.csv';
    const h = new TimelineHarness(el);
    await until(() => el.shownEvents.length === 2, 3000, 'the spreadsheet');
    await until(() => card(h) !== null, 3000, 'the title card');
    expect(text(card(h)?.querySelector('h2'))).to.equal('Gao & the river');
    expect(text(card(h))).to.contain('A year on the Niger, told by our desk.');
    await until(() => eraTitles(el).length === 1, 3000, 'the eras');
    expect(eraTitles(el)[0]).to.contain('The dry season');
    expect(listed(h)).to.deep.equal(['Market reopens, 3 February 2019', 'Floods, 14 July 2019']);
    // The row it could not read: in the notice for readers, with its line for developers.
    await until(() => seen.length > 0, 3000, 'sahel-error');
    const issue = seen[0]?.issues.find((i) => i.field === 'start');
    expect([issue?.row, issue?.effect]).to.deep.equal([5, 'item']);
    expect(seen[0]?.message).to.contain('1 of 3 events could not be shown');
    const market = await details(el, 'market-reopens');
    // Its HTML text shown as a safe subset: the words, and the link.
    expect(text(market)).to.contain('Stalls return, slowly.');
    expect(market.querySelector('a[href="https://example.org/market"]') === null).to.equal(false);
    expect(market.querySelector('[part~="media"] a[href="https://en.wikipedia.org/wiki/Gao"]') === null).to.equal(false);
  });

  it('our columns, with quoted commas, doubled quotes and line breaks in cells, and | or ; lists', async () => {
    const el = await mount(undefined, 'src="/test/fixtures/quoted.csv" locale="en-GB"');
    const h = new TimelineHarness(el);
    await until(() => el.shownEvents.length === 2, 3000, 'the spreadsheet');
    expect(el.shownEvents.map((e) => [e.id, e.title, e.actors])).to.deep.equal([
      ['talks', 'Talks in Algiers, then Bamako', ['Government', 'CMA']],
      ['the-final-signing', 'The "final" signing', ['CMA', 'Plateforme']],
    ]);
    expect(h.marks().map((m) => m.title)).to.include('Talks in Algiers, then Bamako');
    const talks = await details(el, 'talks');
    expect(text(talks)).to.contain('Signed in two steps: first in Algiers, then in Bamako.');
  });

  it('a spreadsheet without a telling address or type is found by its content; its own columns can group it', async () => {
    const el = await mount(undefined, 'src="/test/fixtures/published-sheet" group-by="Desk"');
    const h = new TimelineHarness(el);
    await until(() => el.shownEvents.length === 2, 3000, 'the spreadsheet');
    await until(() => h.lanes().length === 2, 3000, 'the lanes');
    expect(h.lanes().map((l) => l.header.replace(/\s*\d+ events?$/, ''))).to.have.members(['Politics', 'Sport']);
  });

  it('a file that is neither JSON nor a spreadsheet says so', async () => {
    const el = await mount(undefined, 'src="/test/fixtures/events.json"');
    await until(() => el.shownEvents.length === 2, 3000, 'first load');
    const seen = errors(el);
    el.src = '/test/fixtures/not-json.txt';
    await until(() => seen.length > 0, 3000, 'sahel-error');
    expect(seen[0]?.issues[0]?.message).to.contain('is neither JSON nor a spreadsheet');
    expect(text(el.shadowRoot?.querySelector('[part~="notice"]'))).to.contain('could not be read');
  });
});
