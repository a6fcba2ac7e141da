/**
 * The view as a picture: what `toSVG()` and `toPNG()` draw, worked out from the view's layout
 * (the window's ticks, the packed marks, rows and lanes, the eras' bands, the legend's
 * categories) as a flat list of shapes and texts. Pure: colours, the font and a way to measure
 * text come in with the view, so the same scene is written as SVG (export-svg.ts) and painted
 * on a canvas for PNG (export-canvas.ts). It follows render/ink.ts, which draws the same
 * layout during gestures: keep the two in step.
 */
import type { TimelineEvent } from '../dataset/types.js';
import type { EraBand } from '../layout/eras.js';
import { densityAlpha, DENSITY_PX, LANE_STRIP, LANE_STRIP_INSET } from '../layout/lanes.js';
import type { ClusterLayout, MarkLayout, PackResult } from '../layout/pack.js';
import { AXIS_HEIGHT, ERA_LINE, ERA_PAD, rowY, type RowGeometry } from '../layout/rows.js';
import { TICK_LABEL_OFFSET, type AxisTick } from '../layout/ticks.js';
import { isColor, type CategoryLook } from './glyphs.js';
import { shorten } from './label-metrics.js';
import { GLYPH_SIZE, LABEL_GAP, placeLabel, titleRoom } from './label-place.js';

/** A rectangle, rounded by `r`; `fade` fills it with its colour fading out to the right (an ongoing event). */
export interface SceneRect {
  readonly t: 'rect';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly r?: number;
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly opacity?: number;
  readonly fade?: boolean;
}

/** An SVG path (a glyph's, or a band's hatching), drawn at `x`, `y`. */
export interface ScenePath {
  readonly t: 'path';
  readonly d: string;
  readonly x: number;
  readonly y: number;
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly opacity?: number;
}

export interface SceneLine {
  readonly t: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly stroke: string;
  readonly opacity?: number;
}

/** Text on its alphabetic baseline `y`; always text, never markup. */
export interface SceneText {
  readonly t: 'text';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
  readonly anchor?: 'start' | 'middle';
  /** What the text stands for, for tests and readers of the file: `title`, `date`, `tick`, `era`, `legend`, `source`, `message`… */
  readonly role: string;
}

/** Items drawn clipped to a rectangle. */
export interface SceneGroup {
  readonly t: 'group';
  readonly clip: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  readonly items: readonly SceneItem[];
}

export type SceneItem = SceneRect | ScenePath | SceneLine | SceneText | SceneGroup;

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** A CSS font family list. */
  readonly font: string;
  /** What the picture shows, in a sentence (the SVG's `<title>`). */
  readonly title: string;
  readonly items: readonly SceneItem[];
}

/** The colours the element's CSS resolves to, read when exporting (so the theme is the reader's). */
export interface ScenePalette {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly surface: string;
  readonly grid: string;
  /** Each category look's colour, by class name. */
  readonly categories: ReadonlyMap<string, string>;
  /** The open palette, which eras without a colour take in turn. */
  readonly palette: readonly string[];
}

/** One strip of marks `y` pixels down the plot (the whole plot's, or a lane's), or a collapsed lane's density. */
export interface ScenePart {
  readonly y: number;
  readonly layout?: PackResult | undefined;
  readonly density?: Uint32Array | undefined;
  /** A lane's name, drawn at `labelY`. */
  readonly label?: string;
  readonly labelY?: number;
}

/** Everything a picture of the view is made from. */
export interface ExportView {
  /** The plot's size. */
  readonly width: number;
  readonly plotHeight: number;
  /** The heading: the timeline's title, or its accessible name. */
  readonly title: string;
  /** The window in view, in words ("1 Mar – 1 Apr 2020"); '' when there is none. */
  readonly range: string;
  /** Set while there is nothing to draw: what the plot says instead ("Loading events…"). */
  readonly message?: string | undefined;
  readonly ticks: readonly AxisTick[];
  readonly eras: readonly EraBand[];
  readonly parts: readonly ScenePart[];
  /** With lanes, where their stack ends (the plot above its axis). */
  readonly clip?: number | undefined;
  readonly rows: RowGeometry;
  readonly stacked: boolean;
  readonly selected: string | null;
  readonly look: (category: string | undefined) => CategoryLook;
  /** The legend: the categories shown. */
  readonly legend: readonly CategoryLook[];
  readonly shortDate: (event: TimelineEvent) => string;
  readonly number: (n: number) => string;
  /** The source line ("Source: …"); '' for none. */
  readonly source: string;
  readonly palette: ScenePalette;
  readonly font: string;
}

/** Measures `text` in pixels at `size` and `weight` in the view's font. */
export type Measure = (text: string, size: number, weight: number) => number;

const PAD = 16;
const TITLE_SIZE = 18;
const LEGEND_LINE = 20;
const SOURCE_SIZE = 11;
const SOURCE_LINE = 15;

/** Where the plot starts: under the title and, when there is one, the range. */
function plotTop(view: ExportView): number {
  return PAD + TITLE_SIZE + 8 + (view.range !== '' ? 20 : 0);
}

/**
 * The scene of a view: heading and range, then the plot (eras, axis, marks and clusters, lanes'
 * names, or the message that stands for them), the legend and the source line, in a picture as
 * wide as the plot.
 */
export function buildScene(view: ExportView, measure: Measure): Scene {
  const p = view.palette;
  const width = Math.max(200, Math.round(view.width));
  const items: SceneItem[] = [];
  items.push({ t: 'text', x: PAD, y: PAD + TITLE_SIZE - 4, text: cut(view.title, width - 2 * PAD, TITLE_SIZE, 600, measure), size: TITLE_SIZE, weight: 600, fill: p.text, role: 'heading' });
  if (view.range !== '') items.push({ t: 'text', x: PAD, y: PAD + TITLE_SIZE + 18, text: view.range, size: 13, weight: 400, fill: p.muted, role: 'range' });
  const top = plotTop(view);
  const height = Math.max(120, Math.round(view.plotHeight));
  let y = top + height;
  if (view.message !== undefined) {
    items.push({ t: 'rect', x: 0, y: top, w: width, h: height, fill: p.surface });
    items.push({ t: 'text', x: width / 2, y: top + height / 2 + 5, text: view.message, size: 15, weight: 400, fill: p.muted, anchor: 'middle', role: 'message' });
  } else {
    items.push({ t: 'group', clip: { x: 0, y: top, w: width, h: height }, items: plotItems(view, width, height, top, measure) });
  }
  // The legend, in rows as wide as the picture.
  if (view.message === undefined && view.legend.length > 0) {
    y += 10;
    let x = PAD;
    for (const look of view.legend) {
      const w = GLYPH_SIZE + LABEL_GAP + measure(look.label, 13, 400);
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += LEGEND_LINE;
      }
      const colour = p.categories.get(look.className) ?? p.text;
      items.push(glyph(look, colour, x, y + 3));
      items.push({ t: 'text', x: x + GLYPH_SIZE + LABEL_GAP, y: y + 13, text: look.label, size: 13, weight: 400, fill: p.text, role: 'legend' });
      x += w + 16;
    }
    y += LEGEND_LINE;
  }
  if (view.source !== '') {
    y += 6;
    for (const line of wrap(view.source, width - 2 * PAD, measure).slice(0, 4)) {
      y += SOURCE_LINE;
      items.push({ t: 'text', x: PAD, y: y - 4, text: line, size: SOURCE_SIZE, weight: 400, fill: p.muted, role: 'source' });
    }
  }
  return { width, height: Math.ceil(y + PAD), background: p.background, font: view.font, title: view.range === '' ? view.title : `${view.title}, ${view.range}`, items };
}

/** The plot: eras' bands, the axis, then each part's clusters and marks, at `top`. */
function plotItems(view: ExportView, width: number, height: number, top: number, measure: Measure): SceneItem[] {
  const p = view.palette;
  const items: SceneItem[] = [];
  const bottom = top + Math.max(0, height - AXIS_HEIGHT);
  for (const b of view.eras) {
    const own = b.era.era.color;
    // Only a colour: a url() would make the picture fetch a paint server.
    const colour = (own !== undefined && isColor(own) ? own : undefined) ?? p.palette[b.era.index % Math.max(1, p.palette.length)] ?? p.muted;
    items.push({ t: 'rect', x: b.x0, y: top, w: b.x1 - b.x0, h: bottom - top, fill: colour, opacity: 0.09 });
    items.push({ t: 'rect', x: b.x0, y: top, w: 1, h: bottom - top, fill: colour, opacity: 0.45 });
    if (!b.era.ongoing) items.push({ t: 'rect', x: b.x1 - 1, y: top, w: 1, h: bottom - top, fill: colour, opacity: 0.45 });
  }
  // Where layout/eras.ts placed them, as the plot shows them.
  for (const b of view.eras) {
    if (b.title) items.push({ t: 'text', x: b.title.x, y: bottom - ERA_PAD - 3 - b.title.line * ERA_LINE, text: b.title.text.toUpperCase(), size: 11, weight: 600, fill: p.muted, role: 'era' });
  }
  // The axis: gridlines, the baseline and the tick labels.
  for (const t of view.ticks) {
    const x = Math.round(t.x) + 0.5;
    items.push({ t: 'line', x1: x, y1: top, x2: x, y2: bottom + 6, stroke: t.major ? p.muted : p.grid, ...(t.major && { opacity: 0.6 }) });
  }
  items.push({ t: 'line', x1: 0, y1: Math.round(bottom) + 0.5, x2: width, y2: Math.round(bottom) + 0.5, stroke: p.muted });
  for (const t of view.ticks) {
    if (t.labelled) items.push({ t: 'text', x: t.x + TICK_LABEL_OFFSET, y: bottom + 20, text: t.label, size: 12, weight: t.major ? 600 : 400, fill: t.major ? p.text : p.muted, role: 'tick' });
  }
  const marks: SceneItem[] = [];
  for (const part of view.parts) {
    const y = top + part.y;
    if (part.label !== undefined) marks.push({ t: 'text', x: PAD / 2, y: top + (part.labelY ?? part.y) + 14, text: part.label, size: 12, weight: 600, fill: p.muted, role: 'lane' });
    if (part.layout) {
      for (const c of part.layout.clusters) marks.push(...pill(c, y, p, view.number));
      for (const m of part.layout.marks) marks.push(...mark(m, y, view, measure));
    }
    if (part.density) marks.push(...density(part.density, y, p));
  }
  const clip = view.clip;
  if (clip === undefined) items.push(...marks);
  else items.push({ t: 'group', clip: { x: 0, y: top, w: width, h: clip }, items: marks });
  return items;
}

function pill(c: ClusterLayout, y: number, p: ScenePalette, number: (n: number) => string): SceneItem[] {
  return [
    { t: 'rect', x: c.x0 + 0.75, y: y + 6.75, w: c.x1 - c.x0 - 1.5, h: 22.5, r: 11.25, fill: p.surface, stroke: p.muted, strokeWidth: 1.5 },
    { t: 'text', x: (c.x0 + c.x1) / 2, y: y + 22, text: number(c.count), size: 12, weight: 600, fill: p.text, anchor: 'middle', role: 'cluster' },
  ];
}

function density(bins: Uint32Array, y: number, p: ScenePalette): SceneItem[] {
  const h = LANE_STRIP - 2 * LANE_STRIP_INSET;
  const items: SceneItem[] = [{ t: 'rect', x: 0, y: y + LANE_STRIP_INSET, w: bins.length * DENSITY_PX, h, fill: p.grid, opacity: 0.45 }];
  for (const [i, n] of bins.entries()) {
    if (n > 0) items.push({ t: 'rect', x: i * DENSITY_PX, y: y + LANE_STRIP_INSET, w: DENSITY_PX, h, fill: p.muted, opacity: densityAlpha(n) });
  }
  return items;
}

/** A mark's bar or glyph and its label, as `.label` lays it out (and render/ink.ts draws it). */
function mark(m: MarkLayout, partY: number, view: ExportView, measure: Measure): SceneItem[] {
  const p = view.palette;
  const e = m.item.event;
  const look = view.look(e.category);
  const colour = p.categories.get(look.className) ?? p.text;
  const y = partY + rowY(view.rows, m.row);
  const selected = view.selected === e.id;
  const items: SceneItem[] = [];
  if (m.band) {
    const w = Math.max(1, m.x1 - m.x0);
    if (m.item.kind === 'ongoing') {
      items.push({ t: 'rect', x: m.x0, y, w, h: 6, r: 3, fill: colour, fade: true });
    } else if (m.item.kind === 'point' && (m.item.precision === 'year' || m.item.precision === 'month')) {
      // Hatched: a date known only to the month or year.
      let d = '';
      for (let x = -6; x < w + 6; x += 9.9) d += `M${fixed(x)} 6H${fixed(x + 5.66)}L${fixed(x + 11.66)} 0H${fixed(x + 6)}Z`;
      items.push({ t: 'group', clip: { x: m.x0, y, w, h: 6 }, items: [{ t: 'rect', x: m.x0, y, w, h: 6, fill: colour, opacity: 0.45 }, { t: 'path', d, x: m.x0, y, fill: colour }] });
    } else {
      items.push({ t: 'rect', x: m.x0, y, w, h: 6, r: 3, fill: colour });
    }
    if (selected) items.push({ t: 'rect', x: m.x0 - 2, y: y - 2, w: w + 4, h: 10, r: 5, stroke: p.text, strokeWidth: 2 });
  } else {
    items.push(glyph(look, colour, m.x0 + 1, y + 12));
  }
  const middle = y + 18;
  const date = view.shortDate(e);
  const dateSize = view.stacked ? 12 : 13;
  const dateWidth = measure(date, dateSize, 400);
  const title = cut(shorten(e.title), titleRoom(m, dateWidth, view.stacked), 13, 500, measure);
  const titleWidth = measure(title, 13, 500);
  const { glyphX, titleX: x, dateX } = placeLabel(m, titleWidth, dateWidth, view.stacked);
  if (glyphX !== undefined) items.push(glyph(look, colour, glyphX, middle - GLYPH_SIZE / 2));
  const dateY = view.stacked ? y + 8 + 29 + 4 : middle + 5;
  if (title !== '') items.push({ t: 'text', x, y: middle + 5, text: title, size: 13, weight: 500, fill: p.text, role: 'title' });
  items.push({ t: 'text', x: dateX, y: dateY, text: date, size: dateSize, weight: 400, fill: p.muted, role: 'date' });
  if (selected) {
    items.push({ t: 'rect', x, y: middle + 7, w: titleWidth, h: 2, fill: colour });
    items.push({ t: 'rect', x: dateX, y: dateY + 2, w: dateWidth, h: 2, fill: colour });
  }
  return items;
}

function glyph(look: CategoryLook, colour: string, x: number, y: number): ScenePath {
  return look.shape.hollow ? { t: 'path', d: look.shape.path, x, y, stroke: colour, strokeWidth: 2 } : { t: 'path', d: look.shape.path, x, y, fill: colour };
}

function fixed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** `text` cut with an ellipsis to fit `width` pixels, as CSS cuts a label. */
export function cut(text: string, width: number, size: number, weight: number, measure: Measure): string {
  if (measure(text, size, weight) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${text.slice(0, mid)}…`, size, weight) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${text.slice(0, lo).trimEnd()}…` : '';
}

/** `text` in lines of at most `width` pixels, broken between words. */
function wrap(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, SOURCE_SIZE, 400) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => cut(l, width, SOURCE_SIZE, 400, measure));
}
