/**
 * The theming contract as a page uses it: the categories' palette
 * (`--sahel-timeline-category-1` … `-8`, `-other`), which any dataset's categories take, with
 * the Sahel dataset's colours as its defaults; and the parts a page styles with `::part()`.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/dataset/types.js';
import type { SahelTimeline } from '../src/timeline-element.js';
import { TimelineHarness } from './harness.js';
import { mount, settle, until } from './helpers.js';

/** `#b42318` as getComputedStyle writes it: `rgb(180, 35, 24)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** A glyph's colour: its fill, or its stroke for a hollow one. */
function paint(svg: Element | null | undefined): string {
  const path = svg?.querySelector('path');
  if (!svg || !path) return 'missing';
  return svg.classList.contains('hollow') ? getComputedStyle(path).stroke : getComputedStyle(path).fill;
}

/** The colour of each category's glyph in the legend, by its name there. */
function legendColours(el: SahelTimeline): Record<string, string> {
  return Object.fromEntries(
    [...el.renderRoot.querySelectorAll<HTMLElement>('.legend-item')].map((item) => [
      item.textContent.replace(/\s*\(\d+\)\s*$/, '').trim(),
      paint(item.querySelector('svg')),
    ]),
  );
}

/** The colour of an event's glyph on the plot. */
const markColour = (el: SahelTimeline, id: string) => paint(new TimelineHarness(el).mark(id)?.element.querySelector('svg'));

describe('<sahel-timeline> categories palette', () => {
  // The colours the Sahel timeline had before the palette: it must look the same.
  const sahel = {
    light: { Military: '#b42318', Diplomacy: '#175cd3', Politics: '#6941c6', Protest: '#b54708', Media: '#0e7c74', Economy: '#4d7c0f', Violence: '#9e165f', Context: '#667085' },
    dark: { Military: '#ff7b72', Diplomacy: '#6cb6ff', Politics: '#b99bff', Protest: '#f0a04b', Media: '#39c5bb', Economy: '#9fd356', Violence: '#f778ba', Context: '#a5adb8' },
  };
  for (const theme of ['light', 'dark'] as const) {
    it(`the Sahel timeline keeps its categories' colours in the ${theme} theme`, async () => {
      const el = await mount(undefined, '', 'reduce', theme);
      const expected = Object.fromEntries(Object.entries(sahel[theme]).map(([name, hex]) => [name, rgb(hex)]));
      const shown = legendColours(el);
      expect(Object.fromEntries(Object.keys(expected).map((name) => [name, shown[name]]))).to.deep.equal(expected);
    });
  }

  const own: TimelineEvent[] = [
    { id: 'a', title: 'Harvest', start: '2021-01-10', category: 'farming' },
    { id: 'b', title: 'Rains', start: '2021-03-01', category: 'weather' },
    { id: 'c', title: 'Market day', start: '2021-05-01' },
  ];

  it("a dataset's own categories take --sahel-timeline-category-1, -2 … in turn, and -other colours events without one", async () => {
    const el = await mount(own);
    // Unset, the palette's defaults: the first two places are military's and diplomacy's colours.
    expect([markColour(el, 'a'), markColour(el, 'b')]).to.deep.equal([rgb('#b42318'), rgb('#175cd3')]);
    el.style.setProperty('--sahel-timeline-category-1', 'rgb(0, 90, 0)');
    el.style.setProperty('--sahel-timeline-category-2', 'rgb(0, 0, 120)');
    el.style.setProperty('--sahel-timeline-category-other', 'rgb(90, 90, 0)');
    expect([markColour(el, 'a'), markColour(el, 'b'), markColour(el, 'c')]).to.deep.equal(['rgb(0, 90, 0)', 'rgb(0, 0, 120)', 'rgb(90, 90, 0)']);
    expect(legendColours(el)).to.deep.include({ farming: 'rgb(0, 90, 0)', weather: 'rgb(0, 0, 120)' });
  });

  it('a built-in category keeps its place in the palette; the others take the places left, and a colour of its own by name wins', async () => {
    const el = await mount([...own, { id: 'm', title: 'Troops arrive', start: '2021-07-01', category: 'military' }]);
    el.style.setProperty('--sahel-timeline-category-1', 'rgb(120, 0, 0)');
    el.style.setProperty('--sahel-timeline-category-2', 'rgb(0, 0, 120)');
    // Military is place 1; farming, the first of the others, the first place left: 2.
    expect([markColour(el, 'm'), markColour(el, 'a')]).to.deep.equal(['rgb(120, 0, 0)', 'rgb(0, 0, 120)']);
    el.style.setProperty('--sahel-timeline-color-farming', 'rgb(0, 60, 60)');
    expect(markColour(el, 'a')).to.equal('rgb(0, 60, 60)');
  });

  it('the palette is themed: a page may give each theme its own', async () => {
    const el = await mount(own, 'theme="dark"');
    // The dark theme's first colour, unset.
    expect(markColour(el, 'a')).to.equal(rgb('#ff7b72'));
  });
});

describe('<sahel-timeline> parts', () => {
  const sheet = document.createElement('style');
  before(() => {
    // One rule per part, each a colour of its own for its outline, as a page would write them.
    sheet.textContent = ['toolbar', 'control', 'keys-panel', 'export-panel', 'era', 'era-list']
      .map((part, i) => `sahel-timeline::part(${part}) { outline: 1px solid rgb(${String(i + 1)}, 0, 0); }`)
      .join('\n');
    document.head.append(sheet);
  });
  after(() => {
    sheet.remove();
  });

  it('::part() reaches the toolbar row, each control, the keys and export panels, each era and the era list by those names', async () => {
    const el = await mount();
    const h = new TimelineHarness(el);
    const outline = (e: Element | null | undefined) => (e ? getComputedStyle(e).outlineColor : 'missing');
    await until(() => h.part('era-list') !== null, 5000, 'the eras');
    h.button('Download an image of the view').click();
    await settle(el);
    await until(() => h.part('export-panel') !== null, 5000, 'the export panel');
    expect({
      toolbar: outline(h.part('toolbar')),
      controls: h.buttons().map(outline),
      keys: outline(el.renderRoot.querySelector('#keys')),
      exportPanel: outline(h.part('export-panel')),
      era: outline(h.part('era')),
      eraList: outline(h.part('era-list')),
    }).to.deep.equal({
      toolbar: 'rgb(1, 0, 0)',
      controls: Array.from({ length: 8 }, () => 'rgb(2, 0, 0)'),
      keys: 'rgb(3, 0, 0)',
      exportPanel: 'rgb(4, 0, 0)',
      era: 'rgb(5, 0, 0)',
      eraList: 'rgb(6, 0, 0)',
    });
  });
});
