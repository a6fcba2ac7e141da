import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { contrast, errors, mount, notice, until } from './helpers.js';

/** Titles drawn on the plot. */
function drawn(el: SahelTimeline): string[] {
  return new TimelineHarness(el).marks().map((m) => m.title);
}

/** Runs `body` with console.warn recorded. */
async function withWarnings(body: (warnings: string[]) => Promise<void>): Promise<void> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body(warnings);
  } finally {
    console.warn = original;
  }
}

const sahelCount = 35;

describe('<sahel-timeline> their data, never ours', () => {
  for (const [what, url, words] of [
    ['a missing file', '/test/fixtures/missing.json', 'not found (404)'],
    ['a file that is not JSON', '/test/fixtures/not-json.txt', 'reads JSON files of events'],
    ['JSON that holds no events', '/test/fixtures/wrong-shape.json', 'reads JSON files of events'],
  ] as const) {
    it(`src set from script after the built-in data drew, to ${what}, shows the failure and no built-in event`, async () => {
      await withWarnings(async () => {
        const el = await mount();
        expect(el.shownEvents.length).to.equal(sahelCount);
        el.src = url;
        await until(() => notice(el) !== '', 3000, 'the notice');
        await el.updateComplete;
        expect(notice(el)).to.contain(words);
        expect(el.shownEvents).to.deep.equal([]);
        expect(drawn(el)).to.deep.equal([]);
        expect(el.renderRoot.querySelector('.legend')).to.equal(null);
      });
    });
  }

  it('events set to a list of only invalid items takes the built-in data away and says why', async () => {
    await withWarnings(async () => {
      const el = await mount();
      const seen = errors(el);
      el.events = [{ id: 'a', title: 'A', start: 'soon' }, { id: 'b', title: 'B' }] as unknown as TimelineEvent[];
      await el.updateComplete;
      expect(el.shownEvents).to.deep.equal([]);
      expect(drawn(el)).to.deep.equal([]);
      expect(seen[0]?.usable).to.equal(false);
      expect(notice(el)).to.contain('2 of 2 events could not be shown: their dates are missing or could not be read.');
    });
  });

  it('events unset after the page gave some shows no events, not the built-in ones', async () => {
    const el = await mount([{ id: 'mine', title: 'Mine', start: '2020-01-01' }]);
    el.events = undefined;
    await el.updateComplete;
    expect(el.shownEvents).to.deep.equal([]);
  });

  it('pending shows "Loading events…" and no built-in data until events arrive', async () => {
    const el = await mount(undefined, 'pending');
    expect(el.shownEvents).to.deep.equal([]);
    expect(drawn(el)).to.deep.equal([]);
    expect(el.renderRoot.querySelector('.empty')?.textContent).to.equal('Loading events…');
    el.events = [{ id: 'mine', title: 'My own event', start: '2020-01-01' }];
    await el.updateComplete;
    expect(drawn(el)).to.deep.equal(['My own event']);
    expect(el.renderRoot.querySelector('.empty')).to.equal(null);
  });

  it('pending set from script before the first draw keeps the built-in data from ever showing', async () => {
    const host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    try {
      const el = document.createElement('sahel-timeline');
      el.pending = true;
      host.append(el);
      await el.updateComplete;
      expect(el.shownEvents).to.deep.equal([]);
      expect(el.hasAttribute('pending')).to.equal(true);
    } finally {
      host.remove();
    }
  });
});

describe('<sahel-timeline> keeps the event, not just the valid fields', () => {
  const theirs = [
    { id: 7, title: 'Numeric id', start: '2021-01-10', category: 'sports' },
    { id: 'b', title: 'Capitalised category', start: '2021-03-01', category: 'Politics' },
    { id: 'c', title: 'Country by name', start: '2021-05-01', countries: ['France'], category: 'Sports' },
    { id: 'd', title: 'Lower-case code', start: '2021-07-01', countries: ['ml'], category: 'culture' },
  ] as unknown as TimelineEvent[];

  it('shows every event of a spreadsheet with its own categories, names and numeric ids, without a notice', async () => {
    const el = await mount(theirs);
    expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['7', 'b', 'c', 'd']);
    expect(el.shownEvents.map((e) => e.category)).to.deep.equal(['sports', 'politics', 'Sports', 'culture']);
    expect(el.shownEvents.map((e) => e.countries)).to.deep.equal([undefined, undefined, ['FR'], ['ML']]);
    expect(notice(el)).to.equal('');
    expect(drawn(el)).to.have.members(['Numeric id', 'Capitalised category', 'Country by name', 'Lower-case code']);
  });

  it('the legend shows open categories, named by the page, each with its own colour and shape', async () => {
    const el = await mount(theirs);
    el.categories = [{ id: 'SPORTS', label: 'Sport and games' }];
    await el.updateComplete;
    const items = [...el.renderRoot.querySelectorAll<HTMLElement>('.legend-item')];
    expect(items.map((li) => li.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal(['Politics (1)', 'Sport and games (2)', 'culture (1)']);
    const fills = items.map((li) => getComputedStyle(li.querySelector('svg path') as Element).fill);
    const shapes = items.map((li) => li.querySelector('svg path')?.getAttribute('d'));
    expect(new Set(fills).size).to.equal(3);
    expect(new Set(shapes).size).to.equal(3);
    // The event's accessible name says its category by the page's label.
    expect(new TimelineHarness(el).mark('7')?.name).to.contain('Sport and games');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`open categories have at least 4.5:1 contrast with the background in the ${theme} theme`, async () => {
      const many = Array.from({ length: 10 }, (_, i) => ({ id: `o${i}`, title: `Open ${i}`, start: `20${10 + i}-01-01`, category: `open-${i}` })) as TimelineEvent[];
      const el = await mount(many, `theme="${theme}"`, 'reduce', theme === 'dark' ? 'light' : 'dark');
      const bg = getComputedStyle(el).backgroundColor;
      const items = [...el.renderRoot.querySelectorAll<HTMLElement>('.legend-item')];
      expect(items.length).to.equal(10);
      for (const item of items) {
        const path = item.querySelector('svg path') as Element;
        const hollow = item.querySelector('svg')?.classList.contains('hollow') === true;
        const colour = hollow ? getComputedStyle(path).stroke : getComputedStyle(path).fill;
        expect(contrast(colour, bg), `${item.textContent} ${colour} on ${bg}`).to.be.at.least(4.5);
      }
    });
  }

  it('categories lets a page choose a colour, and --sahel-timeline-color-<category> overrides it', async () => {
    const el = await mount(theirs);
    el.categories = [{ id: 'culture', color: 'rgb(0, 80, 0)' }];
    await el.updateComplete;
    const fill = () => getComputedStyle(new TimelineHarness(el).mark('d')?.element.querySelector('svg path') as Element).fill;
    expect(fill()).to.equal('rgb(0, 80, 0)');
    el.style.setProperty('--sahel-timeline-color-culture', 'rgb(90, 0, 0)');
    expect(fill()).to.equal('rgb(90, 0, 0)');
  });
});

describe('<sahel-timeline> speaks to readers, and to developers in the console', () => {
  it('the notice says what readers miss in their words; the index and field go to sahel-error and one console warning', async () => {
    await withWarnings(async (warnings) => {
      const el = await mount([{ id: 'ok', title: 'Fine', start: '2020-01-01' }]);
      const seen = errors(el);
      el.events = [
        { id: 'ok', title: 'Fine', start: '2020-01-01' },
        { id: 'x', title: 'Bad date', start: '2020-02-30' },
        { id: 'y', title: 'Bad date too', start: 'spring' },
        { title: 'No id', start: '2020' },
        { id: 'z', title: 'Bad place', start: '2020-05-01', place: { name: 'Moura', lat: 200, lon: 0 } },
      ] as unknown as TimelineEvent[];
      await el.updateComplete;
      const text = notice(el);
      expect(text).to.contain('3 of 5 events could not be shown: 2 have no date that could be read and 1 has no identifier.');
      expect(text).to.contain('1 other event is shown without details that could not be used: a place.');
      expect(text).not.to.match(/Item \d|start:|place\.lat|is missing/);
      expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['ok', 'z']);
      expect(seen[0]?.issues.map((i) => `${i.index}:${i.field}`)).to.deep.equal(['1:start', '2:start', '3:id', '4:place.lat']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('Item 1 ("x"), start:');
      expect(warnings[0]).to.contain('place.lat');
    });
  });

  it('counts in the notice are written with the thousands separator', async () => {
    await withWarnings(async () => {
      const input: unknown[] = Array.from({ length: 1500 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: '2020-01-01' }));
      input[3] = { id: 'bad', title: 'Bad', start: 'never' };
      const el = await mount(input as TimelineEvent[], 'locale="en"');
      expect(notice(el)).to.contain('1 of 1,500 events could not be shown: its date is missing or could not be read.');
    });
  });

  it('names a repeated identifier as such, from the issue rather than its English wording', async () => {
    await withWarnings(async () => {
      const el = await mount([
        { id: 'same', title: 'First', start: '2020-01-01' },
        { id: 'same', title: 'Second', start: '2020-02-01' },
      ]);
      expect(notice(el)).to.contain("1 of 2 events could not be shown: it repeats another event's identifier.");
      expect(el.shownEvents.map((e) => e.title)).to.deep.equal(['First']);
    });
  });

  it('a page clearing pending after its data arrived keeps the reader’s zoom and reports nothing again', async () => {
    await withWarnings(async () => {
      const el = await mount(undefined, 'pending');
      const seen = errors(el);
      el.events = [...Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: `20${String(10 + i)}-01-01` })), { id: 'bad' }] as unknown as TimelineEvent[];
      await el.updateComplete;
      expect(seen).to.have.length(1);
      el.zoomBy(4);
      await el.updateComplete;
      const zoomed = +el.visibleRange.end - +el.visibleRange.start;
      el.pending = false;
      await el.updateComplete;
      expect(+el.visibleRange.end - +el.visibleRange.start).to.be.closeTo(zoomed, zoomed * 0.01);
      expect(seen).to.have.length(1);
    });
  });
});
