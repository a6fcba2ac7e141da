/**
 * The picture of a view as pure functions: buildScene (render/build-scene.ts) lays out the plot into
 * shapes and texts, buildPicture (render/picture.ts) frames it with the heading, legend and
 * source, sceneToSvg (render/scene-svg.ts) writes them as an SVG file. The files are read back
 * with the browser's XML parser, as any program opening them would.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PreparedEvent } from '../src/layout/prepare.js';
import { buildScene } from '../src/render/build-scene.js';
import { categoryTable } from '../src/render/glyphs.js';
import { buildPicture, type PictureFrame } from '../src/render/picture.js';
import type { SceneStyle, SceneView, TextMeasure } from '../src/render/scene.js';
import { esc, sceneToSvg, withGenericFamily } from '../src/render/scene-svg.js';
import { measure, plotView } from './plot-view.js';

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

const style: SceneStyle = { font: 'system-ui, "Segoe UI", sans-serif', text: '#111', muted: '#555', background: '#fff', surface: '#eee', grid: '#ccc', categories: new Map<string, string>(), palette: ['#00708a'] };
/** The plot's categories, and so the legend's: one whose name is markup. */
const looks = categoryTable(['military', 'Ünïcode & <b>bold</b>']);

/** What the picture shows around the plot. */
function frame(overrides: Partial<PictureFrame> = {}): PictureFrame {
  return {
    width: 800,
    plotHeight: 300,
    title: 'A timeline',
    range: '2020 – 2022',
    legend: looks.looks.filter((l) => l.id !== undefined),
    source: 'Source: somewhere',
    ...overrides,
  };
}

/** The SVG file of a picture of `view` framed by `around`, drawn in `font`. */
function svg(view: Partial<SceneView> = {}, around: Partial<PictureFrame> = {}, m: TextMeasure = measure, font = style.font): string {
  const s = { ...style, font };
  const f = frame(around);
  const picture = buildPicture(f, f.message === undefined ? buildScene(plotView({ looks, ...view }, m), s, m) : undefined, s, m);
  return sceneToSvg(picture.scene, picture.title);
}

/** One labelled point event at x, with this title. */
function withEvent(title: string, id = 'e'): Partial<SceneView> {
  const item = { event: { id, title, start: '2021-01-01' }, order: 0, kind: 'point', precision: 'day' } as unknown as PreparedEvent;
  return { layout: { marks: [{ item, x0: 300, x1: 300, glyphX: 300, row: 0, labelX: 316, labelWidth: 480, band: false }], clusters: [] } };
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

describe('sceneToSvg(buildPicture(frame, buildScene(view, style, measure)))', () => {
  it('is a well-formed standalone SVG with the heading, range, tick labels that fit, legend and source as text', () => {
    const doc = parse(svg(withEvent('Coup in Bamako')));
    expect(wellFormed(doc)).to.equal(true);
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(texts(doc, 'heading')).to.deep.equal(['A timeline']);
    expect(texts(doc, 'range')).to.deep.equal(['2020 – 2022']);
    expect(texts(doc, 'tick')).to.deep.equal(['2020', 'Jul']);
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
        const one: TextMeasure = { width: () => 1, drop: () => 3 };
        const doc = parse(svg(withEvent(title), { title: heading, source }, one, font));
        const clean = (s: string) => s.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu, ''); // eslint-disable-line no-control-regex
        const drawnTitle = texts(doc, 'title')[0];
        return (
          wellFormed(doc) &&
          doc.querySelectorAll('script, image, foreignObject').length === 0 &&
          doc.querySelectorAll('svg').length === 1 &&
          [...doc.querySelectorAll('*')].every((e) => [...e.attributes].every((a) => !a.name.startsWith('on'))) &&
          (title.trim() === '' || drawnTitle === undefined || drawnTitle === clean(title.length > 90 ? `${title.slice(0, 89)}…` : title)) &&
          texts(doc, 'heading')[0] === clean(heading) &&
          doc.documentElement.getAttribute('font-family') === clean(withGenericFamily(font))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('says what the plot would show when there is nothing to draw, and draws no axis or legend', () => {
    const doc = parse(svg({}, { message: 'Loading events…', range: '' }));
    expect(wellFormed(doc)).to.equal(true);
    expect(texts(doc, 'message')).to.deep.equal(['Loading events…']);
    expect(texts(doc, 'tick')).to.deep.equal([]);
    expect(texts(doc, 'legend')).to.deep.equal([]);
  });

  it('cuts a title too long for its label with an ellipsis, as the plot does', () => {
    const long = 'A very long title that cannot possibly fit in the room its label has';
    const v = withEvent(long);
    const mark = v.layout?.marks[0];
    if (!mark) throw new Error('no mark');
    const doc = parse(svg({ layout: { clusters: [], marks: [{ ...mark, labelWidth: 200 }] } }));
    const [title] = texts(doc, 'title');
    expect(title?.endsWith('…')).to.equal(true);
    expect(long.startsWith(title?.slice(0, -1) ?? 'x')).to.equal(true);
  });

  it('is as wide as the plot, and taller as the legend wraps', () => {
    const picture = (width: number) => buildPicture(frame({ width }), buildScene(plotView({ looks, width }), style, measure), style, measure).scene;
    const one = picture(800);
    const narrow = picture(240);
    expect(one.width).to.equal(800);
    expect(narrow.width).to.equal(240);
    expect(narrow.height).to.be.greaterThan(one.height);
  });
});
