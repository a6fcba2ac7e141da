/**
 * Writing a scene (scene.ts) item by item. A gesture builds a scene at every step
 * (build-scene.ts); its items are plain objects that a `SceneWriter` reuses from one build to
 * the next, so a step allocates next to nothing: a scene is painted before the next one is
 * built.
 */
import { GLYPH_STROKE } from './geometry.js';
import type { CategoryLook } from './glyphs.js';
import type { Paint, Scene, SceneEnd, SceneGroup, SceneItem, SceneLine, ScenePath, SceneRect, SceneText, TextMeasure, TextRole } from './scene.js';

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

/** @internal Where a mark's label's texts go (build-scene.ts), kept until its part's shapes are written. */
export interface LabelText {
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
