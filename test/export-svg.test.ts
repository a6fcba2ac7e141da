/**
 * The picture of a view as pure functions: buildScene (render/export-scene.ts) lays out a view
 * into shapes and texts, sceneToSvg (render/export-svg.ts) writes them as an SVG file. The
 * files are read back with the browser's XML parser, as any program opening them would.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PreparedEvent } from '../src/layout/prepare.js';
import { rowGeometry } from '../src/layout/rows.js';
import { buildScene, type ExportView, type Measure, type Scene } from '../src/render/export-scene.js';
import { esc, sceneToSvg } from '../src/render/export-svg.js';
import { categoryTable } from '../src/render/glyphs.js';

/** Seven pixels a character: any fixed measure serves a pure test. */
const measure: Measure = (text, size) => text.length * size * 0.55;

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

function wellFormed(doc: Document): boolean {
  return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.localName === 'svg';
}

/** The texts of a role (`title`, `tick`, `legend`…) in a parsed file. */
function texts(doc: Document, role: string): string[] {
  return [...doc.querySelectorAll(`text.${role}`)].map((t) => t.textContent);
}

const palette = { text: '#111', muted: '#555', background: '#fff', surface: '#eee', grid: '#ccc', categories: new Map<string, string>(), palette: ['#00708a'] };

function view(overrides: Partial<ExportView> = {}): ExportView {
  const looks = categoryTable(['military', 'Ünïcode & <b>bold</b>']);
  return {
    width: 800,
    plotHeight: 300,
    title: 'A timeline',
    range: '2020 – 2022',
    ticks: [
      { time: 0, x: 100, label: '2020', labelled: true, major: true },
      { time: 1, x: 400, label: '2021', labelled: true, major: false },
      { time: 2, x: 700, label: '2022', labelled: false, major: false },
    ],
    eras: [],
    parts: [],
    rows: rowGeometry(300, 34, false),
    stacked: false,
    selected: null,
    look: (c) => looks.look(c),
    legend: looks.looks.filter((l) => l.id !== undefined),
    shortDate: () => '2021',
    number: (n) => String(n),
    source: 'Source: somewhere',
    palette,
    font: 'system-ui, "Segoe UI", sans-serif',
    ...overrides,
  };
}

/** One labelled point event at x, with this title. */
function withEvent(title: string, id = 'e'): Partial<ExportView> {
  const item = { event: { id, title, start: '2021-01-01' }, order: 0, kind: 'point', precision: 'day' } as unknown as PreparedEvent;
  return { parts: [{ y: 0, layout: { marks: [{ item, x0: 300, x1: 300, row: 0, labelX: 316, labelWidth: 480, band: false }], clusters: [] } }] };
}

describe('esc(text)', () => {
  it('text written with esc() reads back from an XML parser as itself, less what XML cannot hold', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const doc = parse(`<svg xmlns="http://www.w3.org/2000/svg"><text a="${esc(text)}">${esc(text)}</text></svg>`);
        // eslint-disable-next-line no-control-regex -- what XML 1.0 cannot hold, written out apart from esc().
        const expected = text.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu, '');
        const t = doc.querySelector('text');
        return wellFormed(doc) && t?.textContent === expected && doc.querySelectorAll('svg *').length === 1;
      }),
      { numRuns: 300 },
    );
  });
});

describe('sceneToSvg(buildScene(view, measure))', () => {
  it('is a well-formed standalone SVG with the heading, range, tick labels that fit, legend and source as text', () => {
    const doc = parse(sceneToSvg(buildScene(view(withEvent('Coup in Bamako')), measure)));
    expect(wellFormed(doc)).to.equal(true);
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(texts(doc, 'heading')).to.deep.equal(['A timeline']);
    expect(texts(doc, 'range')).to.deep.equal(['2020 – 2022']);
    expect(texts(doc, 'tick')).to.deep.equal(['2020', '2021']);
    expect(texts(doc, 'title')).to.deep.equal(['Coup in Bamako']);
    expect(texts(doc, 'legend')).to.deep.equal(['Military', 'Ünïcode & <b>bold</b>']);
    expect(texts(doc, 'source')).to.deep.equal(['Source: somewhere']);
    // Standalone: no reference to anything outside the file, no script, no stylesheet.
    expect(doc.querySelectorAll('script, style, image, use, foreignObject, a').length).to.equal(0);
    expect(doc.documentElement.getAttribute('font-family')).to.equal('system-ui, "Segoe UI", sans-serif');
  });

  it('writes any title, heading, source and font from the data as text, never as markup', () => {
    const hostile = fc.oneof(fc.string(), fc.constantFrom('<script>alert(1)</script><svg onload=x>', '"/><image href="x', "']]><!--", '&amp;&#0;&lt;', '\r\n\t'));
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (title, heading, source, font) => {
        const scene: Scene = buildScene(view({ ...withEvent(title), title: heading, source, font }), () => 1);
        const doc = parse(sceneToSvg(scene));
        const clean = (s: string) => s.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu, ''); // eslint-disable-line no-control-regex
        const drawnTitle = texts(doc, 'title')[0];
        return (
          wellFormed(doc) &&
          doc.querySelectorAll('script, image, foreignObject').length === 0 &&
          doc.querySelectorAll('svg').length === 1 &&
          [...doc.querySelectorAll('*')].every((e) => [...e.attributes].every((a) => !a.name.startsWith('on'))) &&
          (title.trim() === '' || drawnTitle === undefined || drawnTitle === clean(title.length > 90 ? `${title.slice(0, 89)}…` : title)) &&
          texts(doc, 'heading')[0] === clean(heading) &&
          doc.documentElement.getAttribute('font-family') === clean(font)
        );
      }),
      { numRuns: 200 },
    );
  });

  it('says what the plot would show when there is nothing to draw, and draws no axis or legend', () => {
    const doc = parse(sceneToSvg(buildScene(view({ message: 'Loading events…', range: '' }), measure)));
    expect(wellFormed(doc)).to.equal(true);
    expect(texts(doc, 'message')).to.deep.equal(['Loading events…']);
    expect(texts(doc, 'tick')).to.deep.equal([]);
    expect(texts(doc, 'legend')).to.deep.equal([]);
  });

  it('cuts a title too long for its label with an ellipsis, as the plot does', () => {
    const long = 'A very long title that cannot possibly fit in the room its label has';
    const v = withEvent(long);
    const layout = v.parts?.[0]?.layout;
    const mark = layout?.marks[0];
    if (!layout || !mark) throw new Error('no mark');
    const doc = parse(sceneToSvg(buildScene(view({ parts: [{ y: 0, layout: { clusters: [], marks: [{ ...mark, labelWidth: 200 }] } }] }), measure)));
    const [title] = texts(doc, 'title');
    expect(title?.endsWith('…')).to.equal(true);
    expect(long.startsWith(title?.slice(0, -1) ?? 'x')).to.equal(true);
  });

  it('is as wide as the plot, and taller as the legend wraps', () => {
    const one = buildScene(view(), measure);
    const narrow = buildScene(view({ width: 240 }), measure);
    expect(one.width).to.equal(800);
    expect(narrow.width).to.equal(240);
    expect(narrow.height).to.be.greaterThan(one.height);
  });
});
