/**
 * One scene of the plot for every painter: the view's layout (ticks, packed marks and clusters,
 * rows, lanes, eras' bands, density strips, the selection) with its colours and font resolved
 * and its texts measured once, as a list of shapes and texts in the plot's pixels. The gesture
 * canvas (ink.ts) and the pictures of the view (export.ts) paint it, on a canvas
 * (scene-canvas.ts) or as SVG (scene-svg.ts), and know nothing of layout; the buttons at rest
 * (marks.ts) are laid out from the same layout by CSS that reads the same sizes (geometry.ts).
 * Pure: the colours, the font and a measure of text come in.
 *
 * A gesture builds a scene at every step. Its items are plain objects that a `SceneWriter`
 * reuses from one build to the next, so a step allocates next to nothing: a scene is painted
 * before the next one is built.
 */
import type { TimelineEvent } from '../dataset/types.js';
import type { EraBand } from '../layout/eras.js';
import { densityAlpha, DENSITY_PX, LANE_STRIP, LANE_STRIP_INSET, type LanesLayout } from '../layout/lanes.js';
import type { ClusterLayout, MarkLayout, PackResult } from '../layout/pack.js';
import { AXIS_HEIGHT, ERA_LINE, ERA_PAD, rowY, type RowGeometry } from '../layout/rows.js';
import { TICK_LABEL_OFFSET, type AxisTick } from '../layout/ticks.js';
import {
  BAR_HEIGHT, BAR_RADIUS, BLEED, DATE_SIZE, DATE_WEIGHT, DENSITY_TRACK, ERA_EDGE, ERA_FILL, ERA_TITLE_SIZE, ERA_TITLE_WEIGHT,
  GLYPH_SIZE, GLYPH_STROKE, HATCH_PERIOD, HATCH_STRIPE, LABEL_LINE, LABEL_TOP, MAJOR_GRID, PILL_BORDER, PILL_HEIGHT,
  PILL_TEXT_SIZE, PILL_TEXT_WEIGHT, PILL_TOP, POINT_BOX, RING_GAP, RING_WIDTH,
  STACKED_DATE_LINE, STACKED_DATE_SIZE, TICK_SIZE, TITLE_SIZE, TITLE_WEIGHT, UNDERLINE,
} from './geometry.js';
import { isColor, type CategoryLook, type CategoryTable } from './glyphs.js';
import { shorten } from './label-metrics.js';
import { placeLabel, titleRoom } from './label-place.js';

/** How a rectangle is filled: with its colour, not at all, fading out (an ongoing event) or hatched (a date known to the month or year). */
export type Paint = 'solid' | 'none' | 'fade' | 'hatch';

/** A rectangle, rounded by `r`: filled by `paint` with `fill`, outlined with `stroke` unless it is ''. */
export interface SceneRect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly r: number;
  readonly paint: Paint;
  readonly fill: string;
  /**
   * Where a fade runs and hatching is laid from and to: the whole shape's extent, of which the
   * rectangle is the part near the plot (see `BLEED`).
   */
  readonly from: number;
  readonly to: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly opacity: number;
}

/** An SVG path (a category's glyph, in its 12 × 12 box) at `x`, `y`: filled with `fill`, or outlined with `stroke`, unless ''. */
export interface ScenePath {
  readonly kind: 'path';
  readonly d: string;
  readonly x: number;
  readonly y: number;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
}

/** A line one pixel wide. */
export interface SceneLine {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly stroke: string;
  readonly opacity: number;
}

/** What a text stands for (the SVG's class: tests and readers of the file find texts by it). */
export type TextRole = 'title' | 'date' | 'tick' | 'era' | 'cluster' | 'heading' | 'range' | 'message' | 'lane' | 'legend' | 'source';

/** Text on its alphabetic baseline `y`, from `x` or centred on it; always text, never markup. */
export interface SceneText {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
  readonly anchor: 'start' | 'middle';
  readonly role: TextRole;
}

/** The items up to the matching `end` are drawn `x`, `y` further on, clipped to `w` × `h` from there. */
export interface SceneGroup {
  readonly kind: 'group';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface SceneEnd {
  readonly kind: 'end';
}

export type SceneItem = SceneRect | ScenePath | SceneLine | SceneText | SceneGroup | SceneEnd;

/** Shapes and texts to draw, in order, on a picture `width` × `height` pixels. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  /** The texts' font family list, as the plot's CSS resolves it. */
  readonly font: string;
  readonly items: readonly SceneItem[];
}

/** The view's layout a scene is drawn from (ViewController.sceneView gives it). */
export interface SceneView {
  /** The plot's size. */
  readonly width: number;
  readonly height: number;
  readonly ticks: readonly AxisTick[];
  readonly eras: readonly EraBand[];
  /** The marks and clusters, when the events are not in lanes. */
  readonly layout: PackResult;
  readonly lanes: LanesLayout | undefined;
  /** The rows marks are in (a lane's, with lanes). */
  readonly rows: RowGeometry;
  /** Labels put the date on a line of their own. */
  readonly stacked: boolean;
  readonly selected: string | null;
  readonly looks: Pick<CategoryTable, 'look'>;
  /** Each event's short date, and its title's width as layout measured it. */
  readonly labels: { shortDate(event: TimelineEvent): string; titleWidth(event: TimelineEvent): number };
  readonly words: { number(n: number): string };
}

/** The colours and font the plot's CSS resolves to, read once for a gesture or a picture (plot-colours.ts). */
export interface SceneStyle {
  /** The font family list. */
  readonly font: string;
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly surface: string;
  readonly grid: string;
  /** Each category look's colour, by class name. */
  readonly categories: ReadonlyMap<string, string>;
  /** The open palette, which eras without a colour of their own take in turn. */
  readonly palette: readonly string[];
}

/** Text as drawn in the scene's font (text-measure.ts measures it on a canvas). */
export interface TextMeasure {
  /** The width of `text` at `size` pixels and `weight`. */
  width(text: string, size: number, weight: number): number;
  /** How far under the middle of a line of text at `size` and `weight` its alphabetic baseline lies. */
  drop(size: number, weight: number): number;
}

/** How painters hatch a band (its sizes in geometry.ts), at 45°: a stripe's foot, and from one stripe to the next. */
export const HATCH_FOOT = HATCH_STRIPE * Math.SQRT2;
export const HATCH_STEP = HATCH_PERIOD * Math.SQRT2;

/**
 * The first stripe of the hatching of a band from `from`, `h` tall, that reaches `x` (the left
 * of the part drawn): stripes lean right, their feet `h` left of their tops, every
 * `HATCH_STEP` from the band's start. The last one starts before the part's right end.
 */
export function firstStripe(x: number, from: number, h: number): number {
  const start = from - h;
  return start + Math.max(0, Math.ceil((x - HATCH_FOOT - h - start) / HATCH_STEP)) * HATCH_STEP;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Objects of one kind, handed out afresh at each build and reused at the next. */
class Pool<T> {
  private readonly all: T[] = [];
  private used = 0;

  constructor(private readonly make: () => T) {}

  next(): T {
    let item = this.all[this.used];
    if (item === undefined) {
      item = this.make();
      this.all.push(item);
    }
    this.used++;
    return item;
  }

  reset(): void {
    this.used = 0;
  }
}

/** Where a mark's label's texts go, kept until its part's shapes are written. */
interface LabelText {
  title: string;
  titleX: number;
  titleWidth: number;
  date: string;
  dateX: number;
  dateWidth: number;
  dateSize: number;
  /** The middles of the title's and the date's lines, and their baselines. */
  middle: number;
  dateMiddle: number;
  baseline: number;
  dateBaseline: number;
  colour: string;
  selected: boolean;
}

/** A title cut to a room at a size and weight, and its width. */
interface Cut {
  room: number;
  size: number;
  weight: number;
  text: string;
  width: number;
}

/**
 * Writes scenes, reusing their items from one to the next: a painter keeps one for its
 * gesture's steps. What it has measured (titles cut to their room) it keeps too, for as long as
 * it is given the same measure.
 */
export class SceneWriter {
  private readonly scene: { width: number; height: number; font: string; items: SceneItem[] } = { width: 0, height: 0, font: '', items: [] };
  private readonly rects = new Pool<Writable<SceneRect>>(() => ({ kind: 'rect', x: 0, y: 0, w: 0, h: 0, r: 0, paint: 'solid', fill: '', from: 0, to: 0, stroke: '', strokeWidth: 0, opacity: 1 }));
  private readonly paths = new Pool<Writable<ScenePath>>(() => ({ kind: 'path', d: '', x: 0, y: 0, fill: '', stroke: '', strokeWidth: 0 }));
  private readonly lines = new Pool<Writable<SceneLine>>(() => ({ kind: 'line', x1: 0, y1: 0, x2: 0, y2: 0, stroke: '', opacity: 1 }));
  private readonly texts = new Pool<Writable<SceneText>>(() => ({ kind: 'text', x: 0, y: 0, text: '', size: 0, weight: 0, fill: '', anchor: 'start', role: 'title' }));
  private readonly groups = new Pool<Writable<SceneGroup>>(() => ({ kind: 'group', x: 0, y: 0, w: 0, h: 0 }));
  private readonly ends: SceneEnd = { kind: 'end' };
  private readonly labels = new Pool<LabelText>(() => ({ title: '', titleX: 0, titleWidth: 0, date: '', dateX: 0, dateWidth: 0, dateSize: 0, middle: 0, dateMiddle: 0, baseline: 0, dateBaseline: 0, colour: '', selected: false }));
  private readonly labelList: LabelText[] = [];
  private readonly cuts = new Map<string, Cut>();
  private readonly whole: Cut = { room: 0, size: 0, weight: 0, text: '', width: 0 };
  private measure: TextMeasure | undefined;

  /** Starts a scene `width` × `height` in `font`, measured with `measure`. */
  begin(width: number, height: number, font: string, measure: TextMeasure): void {
    if (measure !== this.measure) {
      this.measure = measure;
      this.cuts.clear();
    }
    this.scene.width = width;
    this.scene.height = height;
    this.scene.font = font;
    this.scene.items.length = 0;
    this.rects.reset();
    this.paths.reset();
    this.lines.reset();
    this.texts.reset();
    this.groups.reset();
  }

  /** The scene written (its items are reused by the next `begin`). */
  get written(): Scene {
    return this.scene;
  }

  rect(x: number, y: number, w: number, h: number, r: number, paint: Paint, fill: string, stroke = '', strokeWidth = 0, opacity = 1, from = x, to = x + w): void {
    const item = this.rects.next();
    item.x = x;
    item.y = y;
    item.w = w;
    item.h = h;
    item.r = r;
    item.paint = paint;
    item.fill = fill;
    item.from = from;
    item.to = to;
    item.stroke = stroke;
    item.strokeWidth = strokeWidth;
    item.opacity = opacity;
    this.scene.items.push(item);
  }

  /** A square rectangle filled with `fill`. */
  box(x: number, y: number, w: number, h: number, fill: string, opacity = 1): void {
    this.rect(x, y, w, h, 0, 'solid', fill, '', 0, opacity);
  }

  path(d: string, x: number, y: number, fill: string, stroke = '', strokeWidth = 0): void {
    const item = this.paths.next();
    item.d = d;
    item.x = x;
    item.y = y;
    item.fill = fill;
    item.stroke = stroke;
    item.strokeWidth = strokeWidth;
    this.scene.items.push(item);
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string, opacity = 1): void {
    const item = this.lines.next();
    item.x1 = x1;
    item.y1 = y1;
    item.x2 = x2;
    item.y2 = y2;
    item.stroke = stroke;
    item.opacity = opacity;
    this.scene.items.push(item);
  }

  /** Text at its baseline `y`. */
  text(x: number, y: number, text: string, size: number, weight: number, fill: string, role: TextRole, anchor: 'start' | 'middle' = 'start'): void {
    const item = this.texts.next();
    item.x = x;
    item.y = y;
    item.text = text;
    item.size = size;
    item.weight = weight;
    item.fill = fill;
    item.role = role;
    item.anchor = anchor;
    this.scene.items.push(item);
  }

  /** A category's glyph, its box's corner at `x`, `y`. */
  glyph(look: CategoryLook, colour: string, x: number, y: number): void {
    if (look.shape.hollow) this.path(look.shape.path, x, y, '', colour, GLYPH_STROKE);
    else this.path(look.shape.path, x, y, colour);
  }

  /** Starts a group: what follows, until `end()`, is drawn `x`, `y` further, clipped to `w` × `h`. */
  group(x: number, y: number, w: number, h: number): void {
    const item = this.groups.next();
    item.x = x;
    item.y = y;
    item.w = Math.max(0, w);
    item.h = Math.max(0, h);
    this.scene.items.push(item);
  }

  end(): void {
    this.scene.items.push(this.ends);
  }

  /** @internal Starts the labels of a part (see `marks`): their list, emptied, to fill with `label()`. */
  startLabels(): LabelText[] {
    this.labels.reset();
    this.labelList.length = 0;
    return this.labelList;
  }

  /** @internal A label's texts to fill in. */
  label(): LabelText {
    return this.labels.next();
  }

  /** Items of another scene, as they are (within a group, to place them). */
  append(items: readonly SceneItem[]): void {
    for (const item of items) this.scene.items.push(item);
  }

  /**
   * `title` cut with an ellipsis to fit `room` pixels at `size` and `weight`, as CSS cuts a
   * label, and its width: the longest start of it that fits with the ellipsis, or nothing.
   * `whole`, its width uncut when known (most titles fit, and cost no measurement then).
   */
  cut(title: string, room: number, size: number, weight: number, whole?: number): { readonly text: string; readonly width: number } {
    const measure = this.measure;
    if (!measure) throw new Error('SceneWriter.cut() before begin()');
    const width = whole ?? measure.width(title, size, weight);
    if (width <= room) {
      // Reused: its reader takes what it needs at once.
      this.whole.text = title;
      this.whole.width = width;
      return this.whole;
    }
    const cached = this.cuts.get(title);
    if (cached?.room === room && cached.size === size && cached.weight === weight) return cached;
    let lo = 0;
    let hi = title.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (measure.width(`${title.slice(0, mid)}…`, size, weight) <= room) lo = mid;
      else hi = mid - 1;
    }
    const text = lo > 0 ? `${title.slice(0, lo).trimEnd()}…` : '';
    const cut: Cut = { room, size, weight, text, width: text === '' ? 0 : measure.width(text, size, weight) };
    if (this.cuts.size > 5000) this.cuts.clear();
    this.cuts.set(title, cut);
    return cut;
  }
}

/**
 * The scene of the plot: eras' bands and titles, the axis (gridlines, baseline, tick labels),
 * then the marks: each part's cluster pills, bars and glyphs, labels, or a collapsed lane's
 * density strip, the lanes' clipped to their stack's view. Written by `into` (a painter keeps
 * one for a gesture's steps), whose scene it returns.
 */
export function buildScene(view: SceneView, style: SceneStyle, measure: TextMeasure, into: SceneWriter = new SceneWriter()): Scene {
  const w = into;
  w.begin(view.width, view.height, style.font, measure);
  const bottom = Math.max(0, view.height - AXIS_HEIGHT);
  eras(w, view.eras, style, bottom);
  axis(w, view.ticks, style, bottom, view.width);
  const plot: Plot = { w, view, style, measure };
  const lanes = view.lanes;
  if (lanes) {
    // Lanes in view (those packed or counted) at their body's top, clipped to the stack's view.
    w.group(0, 0, view.width, lanes.viewport);
    for (let i = 0; i < lanes.boxes.length; i++) {
      const box = lanes.boxes[i];
      if (!box || box.bottom - lanes.scrollTop < 0 || box.top - lanes.scrollTop > lanes.viewport) continue;
      const y = box.bodyTop - lanes.scrollTop;
      const packed = lanes.packed.get(i);
      if (packed) marks(plot, packed, y);
      const bins = lanes.density.get(i);
      if (bins) density(w, bins, style, y);
    }
    w.end();
  } else {
    marks(plot, view.layout, 0);
  }
  return w.written;
}

/**
 * Where the DOM draws a selected label's underline (`text-underline-offset` under the
 * baseline, compared in screenshots): this far under the middle of its line, on whole pixels.
 */
const UNDERLINE_BELOW = 7;

/** What the marks' writers share. */
interface Plot {
  readonly w: SceneWriter;
  readonly view: SceneView;
  readonly style: SceneStyle;
  readonly measure: TextMeasure;
}

/** Eras' bands (faint, with edges; an ongoing era has no end) and their titles where layout placed them. */
function eras(w: SceneWriter, bands: readonly EraBand[], style: SceneStyle, bottom: number): void {
  for (const b of bands) {
    const own = b.era.era.color;
    // Only a colour: a url() would make a picture fetch a paint server, and a canvas ignores what it cannot read.
    const colour = own !== undefined && isColor(own) ? own : (style.palette[b.era.index % Math.max(1, style.palette.length)] ?? style.muted);
    w.box(b.x0, 0, b.x1 - b.x0, bottom, colour, ERA_FILL / 100);
    w.box(b.x0, 0, 1, bottom, colour, ERA_EDGE / 100);
    if (!b.era.ongoing) w.box(b.x1 - 1, 0, 1, bottom, colour, ERA_EDGE / 100);
  }
  for (const b of bands) {
    // As `.era-label` sits: ERA_PAD above the axis, a line up per line, its baseline about 3px above its box's bottom.
    if (b.title) w.text(b.title.x, bottom - ERA_PAD - 3 - b.title.line * ERA_LINE, b.title.text.toUpperCase(), ERA_TITLE_SIZE, ERA_TITLE_WEIGHT, style.muted, 'era');
  }
}

/** The axis as render/axis.ts draws it: gridlines (the minor ones first), the baseline, then the labels. */
function axis(w: SceneWriter, ticks: readonly AxisTick[], style: SceneStyle, bottom: number, width: number): void {
  gridlines(w, ticks, false, style.grid, 1, bottom);
  gridlines(w, ticks, true, style.muted, MAJOR_GRID / 100, bottom);
  const y = Math.round(bottom) + 0.5;
  w.line(0, y, width, y, style.muted);
  for (const t of ticks) {
    if (t.labelled) w.text(t.x + TICK_LABEL_OFFSET, bottom + 20, t.label, TICK_SIZE, t.major ? 600 : 400, t.major ? style.text : style.muted, 'tick');
  }
}

function gridlines(w: SceneWriter, ticks: readonly AxisTick[], major: boolean, colour: string, opacity: number, bottom: number): void {
  for (const t of ticks) {
    if (t.major !== major) continue;
    const x = Math.round(t.x) + 0.5;
    w.line(x, 0, x, bottom + 6, colour, opacity);
  }
}

/** A collapsed lane's strip, `y` down: its track, darker where more events start (render/lanes.ts draws it so too). */
function density(w: SceneWriter, bins: Uint32Array, style: SceneStyle, y: number): void {
  const top = y + LANE_STRIP_INSET;
  const h = LANE_STRIP - 2 * LANE_STRIP_INSET;
  w.box(0, top, bins.length * DENSITY_PX, h, style.grid, DENSITY_TRACK / 100);
  for (let i = 0; i < bins.length; i++) {
    const n = bins[i] ?? 0;
    if (n > 0) w.box(i * DENSITY_PX, top, DENSITY_PX, h, style.muted, densityAlpha(n));
  }
}

/** A part's clusters and marks, `y` down: pills and their counts, bars and glyphs, then the labels' titles, dates and underlines. */
function marks(plot: Plot, layout: PackResult, y: number): void {
  const { w, view, style, measure } = plot;
  for (const c of layout.clusters) pill(w, c, style, y);
  const countY = y + PILL_TOP + PILL_HEIGHT / 2 + measure.drop(PILL_TEXT_SIZE, PILL_TEXT_WEIGHT);
  for (const c of layout.clusters) w.text((c.x0 + c.x1) / 2, countY, view.words.number(c.count), PILL_TEXT_SIZE, PILL_TEXT_WEIGHT, style.text, 'cluster', 'middle');
  // Texts after shapes, in passes: each font is set once on a canvas (setting one is parsing it).
  const labels = w.startLabels();
  for (const m of layout.marks) labels.push(mark(plot, m, y));
  // A title cut to nothing is left out: the date is the label then.
  for (const l of labels) if (l.title !== '') w.text(l.titleX, l.baseline, l.title, TITLE_SIZE, TITLE_WEIGHT, style.text, 'title');
  for (const l of labels) w.text(l.dateX, l.dateBaseline, l.date, l.dateSize, DATE_WEIGHT, style.muted, 'date');
  for (const l of labels) {
    if (!l.selected) continue;
    if (l.title !== '') w.box(l.titleX, l.middle + UNDERLINE_BELOW, l.titleWidth, UNDERLINE, l.colour);
    w.box(l.dateX, l.dateMiddle + UNDERLINE_BELOW, l.dateWidth, UNDERLINE, l.colour);
  }
}

/** A cluster's pill, its border inside its box as CSS draws it. */
function pill(w: SceneWriter, c: ClusterLayout, style: SceneStyle, y: number): void {
  const inset = PILL_BORDER / 2;
  w.rect(c.x0 + inset, y + PILL_TOP + inset, c.x1 - c.x0 - PILL_BORDER, PILL_HEIGHT - PILL_BORDER, (PILL_HEIGHT - PILL_BORDER) / 2, 'solid', style.surface, style.muted, PILL_BORDER);
}

/**
 * A mark's bar or glyph (and a band's label's glyph), written now; where its label's texts go,
 * returned. A band reaching past the plot is drawn to `BLEED` beyond its edges.
 */
function mark(plot: Plot, m: MarkLayout, partY: number): LabelText {
  const { w, view, style, measure } = plot;
  const e = m.item.event;
  const look = view.looks.look(e.category);
  const colour = style.categories.get(look.className) ?? style.text;
  const y = partY + rowY(view.rows, m.row);
  const selected = view.selected === e.id;
  if (m.band) {
    const x0 = Math.max(m.x0, -BLEED);
    const bw = Math.max(1, Math.min(m.x1, view.width + BLEED) - x0);
    const kind = m.item.kind;
    const paint: Paint = kind === 'ongoing' ? 'fade' : kind === 'point' && (m.item.precision === 'year' || m.item.precision === 'month') ? 'hatch' : 'solid';
    w.rect(x0, y, bw, BAR_HEIGHT, BAR_RADIUS, paint, colour, '', 0, 1, m.x0, m.x1);
    if (selected) {
      // The ring's stroke runs along the middle of the outline CSS draws RING_GAP off the bar.
      const out = RING_GAP + RING_WIDTH / 2;
      w.rect(x0 - out, y - out, bw + 2 * out, BAR_HEIGHT + 2 * out, BAR_RADIUS + out, 'none', '', style.text, RING_WIDTH);
    }
  } else {
    w.glyph(look, colour, m.x0 + (POINT_BOX - GLYPH_SIZE) / 2, y + LABEL_TOP + (LABEL_LINE - GLYPH_SIZE) / 2);
  }
  // The label: label-place.ts says where its parts go, the title cut to its room.
  const stacked = view.stacked;
  const top = y + LABEL_TOP;
  const middle = top + LABEL_LINE / 2;
  // Where the DOM's line boxes put the text (compared in screenshots): a pixel below the middle
  // of a one-line label, half a pixel above it on a stacked label's first line.
  const textMiddle = stacked ? middle - 0.5 : middle + 1;
  const date = view.labels.shortDate(e);
  const dateSize = stacked ? STACKED_DATE_SIZE : DATE_SIZE;
  const dateWidth = measure.width(date, dateSize, DATE_WEIGHT);
  const title = w.cut(shorten(e.title), titleRoom(m, dateWidth, stacked), TITLE_SIZE, TITLE_WEIGHT, view.labels.titleWidth(e));
  const { glyphX, titleX, dateX } = placeLabel(m, title.width, dateWidth, stacked);
  if (glyphX !== undefined) w.glyph(look, colour, glyphX, middle - GLYPH_SIZE / 2);
  const dateMiddle = stacked ? top + LABEL_LINE + STACKED_DATE_LINE / 2 + 1 : textMiddle;
  const l = w.label();
  l.title = title.text;
  l.titleX = titleX;
  l.titleWidth = title.width;
  l.date = date;
  l.dateX = dateX;
  l.dateWidth = dateWidth;
  l.dateSize = dateSize;
  l.middle = textMiddle;
  l.dateMiddle = dateMiddle;
  l.baseline = textMiddle + measure.drop(TITLE_SIZE, TITLE_WEIGHT);
  l.dateBaseline = dateMiddle + measure.drop(dateSize, DATE_WEIGHT);
  l.colour = colour;
  l.selected = selected;
  return l;
}
