/**
 * `src` loads Knight Lab's own TimelineJS3 files as TimelineJS3 shows them: every slide an
 * event, markup in texts, captions and credits shown as markup (never as tags in the text),
 * slides without a headline named from their words, months written as words.
 */
import { expect } from '@open-wc/testing';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { mount, notice, settle, until } from './helpers.js';
import { title, summary } from '../src/dataset/about.js';
import { events } from '../src/dataset/events.js';
import { eras } from '../src/dataset/sahel-eras.js';
import { toTimelineJS } from '../src/dataset/timelinejs-write.js';

const KNIGHT_LAB = '/node_modules/@knight-lab/timelinejs/src/';
const text = (e: Element | null | undefined) => e?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** Markup a reader must never see as text. */
const MARKUP_AS_TEXT = /<a\b|<p\b|<\/|<blockquote|<iframe|&lt;|&gt;|&amp;|&#\d/i;

/** Selects each shown event in turn and hands its details to `check`, while they show it; gives how many were checked. */
async function everyDetails(el: SahelTimeline, check: (id: string, panel: HTMLElement) => void): Promise<number> {
  const h = new TimelineHarness(el);
  let checked = 0;
  for (const e of el.shownEvents) {
    el.selected = e.id;
    await el.updateComplete;
    await until(() => text(h.part('details')?.querySelector('h2')) === e.title, 3000, `the details of ${e.id}`);
    check(e.id, h.part('details') as HTMLElement);
    checked++;
  }
  return checked;
}

/** Fails when a panel shows markup as text. */
const noMarkupShown = (id: string, panel: HTMLElement) => {
  expect(MARKUP_AS_TEXT.test(text(panel)), `${id}: ${text(panel)}`).to.equal(false);
};

describe("toTimelineJS writes a file Knight Lab's TimelineJS3 shows", () => {
  it('the Sahel data, its eras still going on too: TimelineJS3 draws a slide for the title and each event, and reports no error', async () => {
    await new Promise<void>((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/node_modules/@knight-lab/timelinejs/dist/js/timeline.js', onload: () => { resolve(); }, onerror: () => { reject(new Error('TimelineJS3 did not load')); } });
      document.head.append(script);
    });
    const TL = (window as unknown as { TL: { Timeline: new (el: HTMLElement, data: unknown, options: object) => unknown } }).TL;
    const box = Object.assign(document.createElement('div'), { id: 'tljs' });
    box.style.cssText = 'width: 800px; height: 600px';
    document.body.append(box);
    try {
      const file = toTimelineJS({ title, summary, eras, events });
      expect(eras.some((e) => e.end === undefined), 'the Sahel data has an era still going on').to.equal(true);
      new TL.Timeline(box, JSON.parse(JSON.stringify(file)) as unknown, { language: 'en' });
      await until(() => box.querySelectorAll('.tl-slide').length > 0 || /error/i.test(box.textContent), 5000, 'TimelineJS3 to draw');
      expect(/ERROR:.*/.exec(box.textContent)?.[0] ?? '').to.equal('');
      expect(box.querySelectorAll('.tl-slide').length).to.equal(events.length + 1);
    } finally {
      box.remove();
    }
  });
});

describe("<sahel-timeline> src reads Knight Lab's own TimelineJS3 files", () => {
  it('women_in_computing.csv: all 10 slides, titles plain, the caption’s link a link, a quote given as media a quote, no notice', async () => {
    const el = await mount(undefined, `src="${KNIGHT_LAB}js/core/__tests__/women_in_computing.csv" locale="en-GB"`);
    const h = new TimelineHarness(el);
    await until(() => el.shownEvents.length === 10, 3000, 'the sheet');
    await settle(el);
    for (const item of h.eventListItems()) expect(MARKUP_AS_TEXT.test(text(item)), text(item)).to.equal(false);
    for (const mark of h.marks()) expect(MARKUP_AS_TEXT.test(mark.title), mark.title).to.equal(false);
    const seen = new Map<string, { caption: string; quote: string }>();
    const count = await everyDetails(el, (id, panel) => {
      noMarkupShown(id, panel);
      const link = panel.querySelector('[part~="media"] figcaption a[href="https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg"]');
      seen.set(id, { caption: text(link), quote: text(panel.querySelector('blockquote')) });
    });
    expect(count).to.equal(10);
    // The caption's HTML is a link, as TimelineJS3 shows it.
    expect(seen.get('ada-lovelace')?.caption).to.equal('Portrait by Alfred Edward Chalon');
    expect(seen.get('edith-clarke-bucking-the-trend')?.quote).to.contain('There is no demand for women engineers');
    expect(notice(el)).to.equal('');
  });

  it('all-media-types.json: all 41 slides, no markup shown as text in any details', async () => {
    const el = await mount(undefined, `src="${KNIGHT_LAB}template/all-media-types.json" locale="en-GB" group-by=""`);
    await until(() => el.shownEvents.length === 41, 3000, 'the file');
    await settle(el);
    expect(await everyDetails(el, noMarkupShown)).to.equal(41);
    expect(notice(el)).to.equal('');
  });

  it('a sheet with slides without a headline and months as words: every slide shown, named from its words, one notice line for them and one for the month it could not read', async () => {
    const sheet = [
      'Year,Month,Day,Headline,Text,Media,Media Caption',
      '1843,Sept,,,"<p>Ada Lovelace publishes her <em>Notes</em> on the Analytical Engine.</p>",,',
      '1946,févr.,15,,,https://example.org/eniac.jpg,"The <a href=""https://example.org"">ENIAC</a> unveiled"',
      '1952,Marhc,,Grace Hopper’s compiler,,,',
      '1985,mars,,The ENIAC women’s story,,,',
    ].join('\r\n');
    const url = URL.createObjectURL(new Blob([sheet], { type: 'text/csv' }));
    try {
      const el = await mount(undefined, `src="${url}" locale="en-GB"`);
      const h = new TimelineHarness(el);
      await until(() => el.shownEvents.length === 4, 3000, 'the sheet');
      await until(() => notice(el) !== '', 3000, 'the notice');
      expect(el.shownEvents.map((e) => [e.title, e.start])).to.deep.equal([
        ['Ada Lovelace publishes her Notes on the Analytical Engine.', '1843-09'],
        ['The ENIAC unveiled', '1946-02-15'],
        ['Grace Hopper’s compiler', '1952'],
        ['The ENIAC women’s story', '1985-03'],
      ]);
      expect(notice(el)).to.contain('2 slides had no headline: they are named from their text and their captions.');
      expect(notice(el)).to.contain('1 month could not be read, so its event is placed at its year: “Marhc” (line 4, Month).');
      expect(notice(el)).to.not.contain('could not be shown');
      await settle(el);
      expect(h.eventListItems().map(text).join(' | ')).to.contain('The ENIAC unveiled');
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
