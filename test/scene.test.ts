/**
 * One scene of the plot (render/scene.ts, built by render/build-scene.ts with a SceneWriter,
 * render/scene-writer.ts), painted on a canvas (render/scene-canvas.ts, the
 * gesture canvas's and toPNG()'s painter) and written as SVG (render/scene-svg.ts): what the
 * export checked before the scene was shared (an era's colour, bands cut to the plot) holds for
 * every painter, and the painters agree on what they draw.
 */
import { expect } from '@open-wc/testing';
import type { EraBand, PreparedEra } from '../src/layout/eras.js';
import type { LanesLayout } from '../src/layout/lane-stack.js';
import type { MarkLayout, PackResult } from '../src/layout/pack.js';
import type { PreparedEvent } from '../src/layout/prepare.js';
import { rowGeometry } from '../src/layout/rows.js';
import { buildScene } from '../src/render/build-scene.js';
import { BLEED, ERA_FILL, RING_GAP, RING_WIDTH } from '../src/render/geometry.js';
import { InkRecorder, replay } from '../src/render/ink-ops.js';
import type { Scene, SceneRect, SceneStyle, SceneView } from '../src/render/scene.js';
import { paintScene } from '../src/render/scene-canvas.js';
import { sceneToSvg } from '../src/render/scene-svg.js';
import { SceneWriter } from '../src/render/scene-writer.js';
import { measure, plotView } from './plot-view.js';

const style: SceneStyle = {
  font: 'system-ui, sans-serif',
  text: '#111111',
  muted: '#555555',
  background: '#ffffff',
  surface: '#eeeeee',
  grid: '#cccccc',
  categories: new Map([['c-military', '#b42318'], ['c-diplomacy', '#0b6bcb']]),
  palette: ['#00708a', '#7a4cc2', '#a15c00'],
};

/** A prepared event of `kind` known to `precision`. */
function item(id: string, kind: 'point' | 'span' | 'ongoing', precision: 'day' | 'month' | 'year' = 'day', category = 'military'): PreparedEvent {
  return { event: { id, title: `Event ${id}`, start: '2021-01-01', category }, order: 0, kind, start: 0, end: 1, precision } as unknown as PreparedEvent;
}

/** A band from x0 to x1 on `row`, labelled from `labelX`. */
function band(e: PreparedEvent, x0: number, x1: number, row: number, labelX = 20): MarkLayout {
  return { item: e, row, x0, x1, glyphX: Math.max(0, x0 - 7), band: true, labelX, labelWidth: 300 };
}

function era(index: number, color: string | undefined, x0: number, x1: number, title?: string): EraBand {
  const prepared = { era: { title: `Era ${String(index)}`, start: '2020', ...(color !== undefined && { color }) }, start: 0, end: 1, ongoing: false, index, level: 0 } as unknown as PreparedEra;
  return { era: prepared, x0, x1, title: title === undefined ? undefined : { text: title, x: x0 + 6, width: 40, line: 0, whole: true } };
}

/** Everything a plot shows: eras, ticks, clusters, points and bands of each paint, lanes with a density strip. */
function everything(): SceneView {
  const plain: PackResult = {
    clusters: [{ x0: 500, x1: 540, count: 12, start: 0, end: 1, first: 0 }],
    marks: [
      { item: item('p', 'point', 'day', 'diplomacy'), row: 0, x0: 100, x1: 112, glyphX: 100, band: false, labelX: 116, labelWidth: 200 },
      { item: item('q', 'point'), row: 1, x0: 700, x1: 712, glyphX: 700, band: false, labelX: 520, labelWidth: 176 },
      band(item('s', 'span'), 200, 320, 2),
      band(item('o', 'ongoing'), 300, 900, 3),
      band(item('h', 'point', 'year'), 150, 260, 4),
    ],
  };
  const lanes: LanesLayout = {
    rows: rowGeometry(200, 34, false),
    laneRows: [3, -1, 4],
    boxes: [{ top: 0, bodyTop: 24, bottom: 180 }, { top: 180, bodyTop: 204, bottom: 218 }, { top: 218, bodyTop: 242, bottom: 400 }],
    height: 400,
    viewport: 240,
    scrollTop: 0,
    packed: new Map([[0, plain]]),
    density: new Map([[1, new Uint32Array([0, 3, 40, 0, 1])]]),
  };
  return plotView({ eras: [era(0, undefined, 50, 400, 'FIRST'), era(1, '#226622', 400, 780, 'SECOND')], lanes, selected: 'h', stacked: false });
}

/** The calls a recording makes on a context, as `name(args)` or `name=value`. */
function calls(scene: Scene): string[] {
  const made: string[] = [];
  const g = new Proxy({} as CanvasRenderingContext2D, {
    get: (_, name: string) => (...args: unknown[]) => {
      made.push(`${name}(${args.map((a) => JSON.stringify(a)).join(',')})`);
      if (name === 'createLinearGradient') return { addColorStop: (o: number, c: string) => made.push(`addColorStop(${String(o)},${c})`), toJSON: () => 'gradient' };
      return undefined;
    },
    set: (_, name: string, value: unknown) => {
      made.push(`${name}=${JSON.stringify(value)}`);
      return true;
    },
  });
  const r = new InkRecorder();
  paintScene(r, scene);
  const list = r.reset();
  replay(list.ops, list.texts, g, new Map());
  return made;
}

/** The numbers of the calls named `names`, each call's list. */
function argsOf(made: readonly string[], ...names: string[]): number[][] {
  return made.filter((c) => names.some((n) => c.startsWith(`${n}(`))).map((c) => JSON.parse(`[${c.slice(c.indexOf('(') + 1, -1)}]`) as number[]);
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('buildScene(view, style, measure)', () => {
  it("draws an era in its own colour only when that is a colour, else the palette's in turn: on the canvas and in the SVG alike", () => {
    const eras = [era(0, 'url(https://example.org/p.svg#x)', 0, 200), era(1, 'not a colour', 200, 400), era(2, '#c00', 400, 600), era(4, undefined, 600, 800)];
    const scene = buildScene(plotView({ eras }), style, measure);
    const fills = scene.items.filter((i): i is SceneRect => i.kind === 'rect' && i.opacity === ERA_FILL / 100).map((r) => r.fill);
    expect(fills).to.deep.equal(['#00708a', '#7a4cc2', '#c00', '#7a4cc2']);
    const made = calls(scene);
    expect(made).to.include('fillStyle="#c00"');
    expect(made.filter((c) => c.includes('example.org') || c.includes('not a colour'))).to.deep.equal([]);
    const svg = sceneToSvg(scene, 'x');
    expect(svg).to.contain('fill="#c00"');
    expect(svg).to.not.contain('example.org');
    expect(svg).to.not.contain('not a colour');
  });

  it('draws a band reaching far past the plot only to BLEED beyond its edges, its fade from its own start, its hatching only there: on the canvas and in the SVG alike', () => {
    const far = 1e12;
    const layout: PackResult = {
      clusters: [],
      marks: [band(item('o', 'ongoing'), -far, far, 0), band(item('h', 'point', 'year'), -far, far, 1), band(item('s', 'span'), -far, 40, 2), band(item('t', 'span'), 790, far, 3)],
    };
    const scene = buildScene(plotView({ layout, selected: 'h' }), style, measure);
    const ring = RING_GAP + RING_WIDTH / 2;
    const lo = -BLEED - ring;
    const hi = 800 + BLEED + ring;
    const rects = scene.items.filter((i): i is SceneRect => i.kind === 'rect');
    for (const r of rects) {
      expect(r.x, 'a rectangle starts near the plot').to.be.at.least(lo);
      expect(r.x + r.w, 'and ends near it').to.be.at.most(hi);
    }
    const fade = rects.find((r) => r.paint === 'fade');
    expect([fade?.from, fade?.to], 'a fade runs along the whole band').to.deep.equal([-far, far]);
    // The canvas: every coordinate near the plot (a gradient's ends aside), and a few hundred calls, not billions.
    const made = calls(scene);
    expect(made.length).to.be.below(1000);
    for (const [x, , w] of argsOf(made, 'fillRect', 'rect', 'roundRect')) {
      expect(x).to.be.at.least(lo);
      expect((x ?? 0) + (w ?? 0)).to.be.at.most(hi);
    }
    for (const [x] of argsOf(made, 'moveTo', 'lineTo')) expect(x).to.be.within(lo - 20, hi + 20);
    expect(argsOf(made, 'createLinearGradient')).to.deep.equal([[-far, 0, far, 0]]);
    // The SVG: the same rectangles, a hatching of a few dozen stripes.
    const doc = parse(sceneToSvg(scene, 'x'));
    for (const r of doc.querySelectorAll('rect')) {
      expect(Number(r.getAttribute('x'))).to.be.at.least(lo);
      expect(Number(r.getAttribute('x')) + Number(r.getAttribute('width'))).to.be.at.most(hi);
    }
    const stripes = doc.querySelector('g[clip-path] > path')?.getAttribute('d')?.split('M').length ?? 0;
    expect(stripes).to.be.within(60, 120);
    expect(doc.querySelector('linearGradient')?.getAttribute('x1')).to.equal(String(-far));
  });

  it('is painted alike on the canvas and in the SVG: the same texts in the same order, the same colours, a text per label part', () => {
    const scene = buildScene(everything(), style, measure);
    const made = calls(scene);
    const drawn = made.filter((c) => c.startsWith('fillText(')).map((c) => (JSON.parse(`[${c.slice(9, -1)}]`) as [string])[0]);
    const doc = parse(sceneToSvg(scene, 'x'));
    const written = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(drawn).to.deep.equal(written);
    expect(written).to.include.members(['FIRST', 'SECOND', '2020', 'Jul', '12', 'Event p', 'Event h', '2021']);
    const canvasColours = new Set(made.filter((c) => c.startsWith('fillStyle="#') || c.startsWith('strokeStyle="#')).map((c) => JSON.parse(c.slice(c.indexOf('=') + 1)) as string));
    const svgColours = new Set([...doc.querySelectorAll('[fill],[stroke]')].flatMap((e) => [e.getAttribute('fill'), e.getAttribute('stroke')]).filter((c): c is string => c !== null && c !== 'none' && !c.startsWith('url(')));
    expect([...canvasColours].sort()).to.deep.equal([...svgColours].sort());
    // Lanes' marks clipped to the stack's view; a collapsed lane's strip in it.
    expect(made.filter((c) => c === 'clip()').length).to.be.at.least(1);
    expect(doc.querySelectorAll('clipPath').length).to.be.at.least(1);
  });

  it('a SceneWriter kept from one step to the next writes the scene a new one writes, into the same item objects', () => {
    const writer = new SceneWriter();
    const first = buildScene(everything(), style, measure, writer);
    const items = [...first.items];
    buildScene(plotView({ layout: { marks: [band(item('x', 'span'), 10, 600, 0)], clusters: [] } }), style, measure, writer);
    const again = buildScene(everything(), style, measure, writer);
    expect(again).to.deep.equal(buildScene(everything(), style, measure));
    expect(again.items.every((it, i) => it === items[i]), 'no item made anew').to.equal(true);
  });

  it('sets a colour, an opacity or a font on the canvas only when it changes', () => {
    const marks: MarkLayout[] = Array.from({ length: 40 }, (_, i) => ({ item: item(String(i), 'point'), row: i % 6, x0: i * 20, x1: i * 20 + 12, glyphX: i * 20, band: false, labelX: i * 20 + 16, labelWidth: 100 }));
    const made = calls(buildScene(plotView({ layout: { marks, clusters: [] } }), style, measure));
    expect(made.filter((c) => c.startsWith('font=')).length, 'fonts').to.be.at.most(4);
    expect(made.filter((c) => c.startsWith('fillStyle=')).length, 'colours').to.be.at.most(8);
    expect(made.filter((c) => c.startsWith('fillText(')).length).to.equal(2 + 80);
  });
});
