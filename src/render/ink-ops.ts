/**
 * A gesture's drawing as a list of canvas calls, so that it can be painted off the main thread
 * (render/ink-worker.ts, on an OffscreenCanvas) or, where no worker may run, replayed at once
 * on the page's canvas (and toPNG()'s). `InkRecorder` takes the calls scene-canvas.ts makes,
 * with the names and arguments of CanvasRenderingContext2D; `replay` makes them on a real
 * context.
 *
 * The list is all numbers, a Float64Array handed to the worker without a copy: a text (a
 * title, a colour, a font) is its number in the recorder's table of texts, which the worker
 * keeps too and is sent only the texts it has not seen. Posting a list of numbers and texts
 * mixed cost the page about a millisecond a step at 1,000 events, most of it copying texts the
 * worker had had a step before.
 */

/** The calls recorded, each followed by its arguments in the list. */
export const Op = {
  FillStyle: 0,
  StrokeStyle: 1,
  GlobalAlpha: 2,
  LineWidth: 3,
  Font: 4,
  TextAlign: 5,
  TextBaseline: 6,
  Direction: 7,
  FillRect: 8,
  Rect: 9,
  RoundRect: 10,
  MoveTo: 11,
  LineTo: 12,
  ClosePath: 13,
  BeginPath: 14,
  Clip: 15,
  Fill: 16,
  Stroke: 17,
  FillPath: 18,
  StrokePath: 19,
  Save: 20,
  Restore: 21,
  Translate: 22,
  SetTransform: 23,
  FillText: 24,
  /** A linear gradient (x0, y0, x1, y1), numbered from 0 in the list. */
  Gradient: 25,
  /** A colour stop of gradient n (n, offset, colour). */
  ColorStop: 26,
  /** Fill with gradient n. */
  FillGradient: 27,
  /** Text condensed to fit a width (text, x, y, maxWidth). */
  FillTextFit: 28,
} as const;
export type Op = (typeof Op)[keyof typeof Op];

/** How many arguments each call takes. */
const ARITY: Readonly<Record<Op, number>> = {
  [Op.FillStyle]: 1,
  [Op.StrokeStyle]: 1,
  [Op.GlobalAlpha]: 1,
  [Op.LineWidth]: 1,
  [Op.Font]: 1,
  [Op.TextAlign]: 1,
  [Op.TextBaseline]: 1,
  [Op.Direction]: 1,
  [Op.FillRect]: 4,
  [Op.Rect]: 4,
  [Op.RoundRect]: 5,
  [Op.MoveTo]: 2,
  [Op.LineTo]: 2,
  [Op.ClosePath]: 0,
  [Op.BeginPath]: 0,
  [Op.Clip]: 0,
  [Op.Fill]: 0,
  [Op.Stroke]: 0,
  [Op.FillPath]: 1,
  [Op.StrokePath]: 1,
  [Op.Save]: 0,
  [Op.Restore]: 0,
  [Op.Translate]: 2,
  [Op.SetTransform]: 6,
  [Op.FillText]: 3,
  [Op.Gradient]: 4,
  [Op.ColorStop]: 3,
  [Op.FillGradient]: 1,
  [Op.FillTextFit]: 4,
};

/** A recorded drawing: its calls, with each text as its number in `texts`. */
export interface InkList {
  readonly ops: Float64Array;
  /** The recorder's table of texts when the list was made (later lists may add to it). */
  readonly texts: readonly string[];
  /** Which table `texts` is: a recorder starts a new one when its table grows too large. */
  readonly table: number;
}

/** How many texts a recorder's table holds before it starts a new one (labels come and go). */
const TABLE_LIMIT = 20_000;

/** A gradient being recorded: its colour stops go into the list. */
class RecordedGradient {
  constructor(
    private readonly recorder: InkRecorder,
    readonly n: number,
  ) {}

  addColorStop(offset: number, colour: string): void {
    this.recorder.colorStop(this.n, offset, colour);
  }
}

/** The part of a 2D context that a scene is painted with (scene-canvas.ts) and render/ink.ts writes the range with. */
export interface InkSurface {
  fillStyle: string | RecordedGradient;
  strokeStyle: string;
  globalAlpha: number;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  direction: CanvasDirection;
  fillRect(x: number, y: number, w: number, h: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  roundRect(x: number, y: number, w: number, h: number, r: number): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  beginPath(): void;
  clip(): void;
  fill(): void;
  stroke(): void;
  /** Fills an SVG path's `d`, at the origin. */
  fillPath(d: string): void;
  strokePath(d: string): void;
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  createLinearGradient(x0: number, y0: number, x1: number, y1: number): RecordedGradient;
}

/**
 * Records calls in a flat list of numbers (cheap to post to a worker), texts by their number
 * in a table.
 */
export class InkRecorder implements InkSurface {
  private ops: number[] = [];
  private texts: string[] = [];
  private textIds = new Map<string, number>();
  private table = 0;
  private gradients = 0;
  private current = {
    fill: '',
    stroke: '',
    alpha: 1,
    width: 1,
    font: '',
    align: 'start' as CanvasTextAlign,
    baseline: 'alphabetic' as CanvasTextBaseline,
    direction: 'inherit' as CanvasDirection,
  };

  /** The list recorded since the last, and starts a new one. */
  reset(): InkList {
    const list: InkList = { ops: Float64Array.from(this.ops), texts: this.texts, table: this.table };
    this.ops = [];
    // A new table once this one is large; lists already made keep theirs.
    if (this.texts.length > TABLE_LIMIT) {
      this.texts = [];
      this.textIds = new Map();
      this.table++;
    }
    this.gradients = 0;
    this.current = { fill: '', stroke: '', alpha: 1, width: 1, font: '', align: 'start', baseline: 'alphabetic', direction: 'inherit' };
    return list;
  }

  /** A text's number in the table. */
  private text(v: string): number {
    let id = this.textIds.get(v);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(v);
      this.textIds.set(v, id);
    }
    return id;
  }

  /** @internal A colour stop of gradient `n` (RecordedGradient's). */
  colorStop(n: number, offset: number, colour: string): void {
    this.ops.push(Op.ColorStop, n, offset, this.text(colour));
  }

  set fillStyle(v: string | RecordedGradient) {
    if (typeof v === 'string') {
      this.current.fill = v;
      this.ops.push(Op.FillStyle, this.text(v));
    } else {
      this.current.fill = '';
      this.ops.push(Op.FillGradient, v.n);
    }
  }
  get fillStyle(): string {
    return this.current.fill;
  }
  set strokeStyle(v: string) {
    this.current.stroke = v;
    this.ops.push(Op.StrokeStyle, this.text(v));
  }
  get strokeStyle(): string {
    return this.current.stroke;
  }
  set globalAlpha(v: number) {
    this.current.alpha = v;
    this.ops.push(Op.GlobalAlpha, v);
  }
  get globalAlpha(): number {
    return this.current.alpha;
  }
  set lineWidth(v: number) {
    this.current.width = v;
    this.ops.push(Op.LineWidth, v);
  }
  get lineWidth(): number {
    return this.current.width;
  }
  set font(v: string) {
    if (v === this.current.font) return;
    this.current.font = v;
    this.ops.push(Op.Font, this.text(v));
  }
  get font(): string {
    return this.current.font;
  }
  set textAlign(v: CanvasTextAlign) {
    this.current.align = v;
    this.ops.push(Op.TextAlign, this.text(v));
  }
  get textAlign(): CanvasTextAlign {
    return this.current.align;
  }
  set textBaseline(v: CanvasTextBaseline) {
    this.current.baseline = v;
    this.ops.push(Op.TextBaseline, this.text(v));
  }
  get textBaseline(): CanvasTextBaseline {
    return this.current.baseline;
  }
  set direction(v: CanvasDirection) {
    this.current.direction = v;
    this.ops.push(Op.Direction, this.text(v));
  }
  get direction(): CanvasDirection {
    return this.current.direction;
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.ops.push(Op.FillRect, x, y, w, h);
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.ops.push(Op.Rect, x, y, w, h);
  }
  roundRect(x: number, y: number, w: number, h: number, r: number): void {
    this.ops.push(Op.RoundRect, x, y, w, h, r);
  }
  moveTo(x: number, y: number): void {
    this.ops.push(Op.MoveTo, x, y);
  }
  lineTo(x: number, y: number): void {
    this.ops.push(Op.LineTo, x, y);
  }
  closePath(): void {
    this.ops.push(Op.ClosePath);
  }
  beginPath(): void {
    this.ops.push(Op.BeginPath);
  }
  clip(): void {
    this.ops.push(Op.Clip);
  }
  fill(): void {
    this.ops.push(Op.Fill);
  }
  stroke(): void {
    this.ops.push(Op.Stroke);
  }
  fillPath(d: string): void {
    this.ops.push(Op.FillPath, this.text(d));
  }
  strokePath(d: string): void {
    this.ops.push(Op.StrokePath, this.text(d));
  }
  save(): void {
    this.ops.push(Op.Save);
  }
  restore(): void {
    // The font is restored too: the next `font` set must be recorded again.
    this.current.font = '';
    this.ops.push(Op.Restore);
  }
  translate(x: number, y: number): void {
    this.ops.push(Op.Translate, x, y);
  }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.ops.push(Op.SetTransform, a, b, c, d, e, f);
  }
  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    if (maxWidth === undefined) this.ops.push(Op.FillText, this.text(text), x, y);
    else this.ops.push(Op.FillTextFit, this.text(text), x, y, maxWidth);
  }
  createLinearGradient(x0: number, y0: number, x1: number, y1: number): RecordedGradient {
    this.ops.push(Op.Gradient, x0, y0, x1, y1);
    return new RecordedGradient(this, this.gradients++);
  }
}

/**
 * Clears the canvas and makes the recorded calls on it, reading texts from `texts` (the
 * recorder's table, or the worker's copy); `paths` keeps each SVG path parsed once.
 */
export function replay(
  ops: Float64Array,
  texts: readonly string[],
  g: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  paths: Map<string, Path2D>,
): void {
  // reset() clears the canvas and its state; where it is missing (older Safari), what the
  // lists set is set back by hand.
  if (typeof g.reset === 'function') {
    g.reset();
  } else {
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.globalAlpha = 1;
    g.clearRect(0, 0, g.canvas.width, g.canvas.height);
  }
  const gradients: CanvasGradient[] = [];
  const path = (d: string): Path2D => {
    let p = paths.get(d);
    if (!p) {
      p = new Path2D(d);
      if (paths.size > 200) paths.clear();
      paths.set(d, p);
    }
    return p;
  };
  const n = (i: number) => ops[i] ?? 0;
  const s = (i: number) => texts[ops[i] ?? -1] ?? '';
  let i = 0;
  while (i < ops.length) {
    const op = ops[i] as Op;
    const a = i + 1;
    switch (op) {
      case Op.FillStyle: g.fillStyle = s(a); break;
      case Op.StrokeStyle: g.strokeStyle = s(a); break;
      case Op.GlobalAlpha: g.globalAlpha = n(a); break;
      case Op.LineWidth: g.lineWidth = n(a); break;
      case Op.Font: g.font = s(a); break;
      case Op.TextAlign: g.textAlign = s(a) as CanvasTextAlign; break;
      case Op.TextBaseline: g.textBaseline = s(a) as CanvasTextBaseline; break;
      case Op.Direction: g.direction = s(a) as CanvasDirection; break;
      case Op.FillRect: g.fillRect(n(a), n(a + 1), n(a + 2), n(a + 3)); break;
      case Op.Rect: g.rect(n(a), n(a + 1), n(a + 2), n(a + 3)); break;
      case Op.RoundRect: g.roundRect(n(a), n(a + 1), n(a + 2), n(a + 3), n(a + 4)); break;
      case Op.MoveTo: g.moveTo(n(a), n(a + 1)); break;
      case Op.LineTo: g.lineTo(n(a), n(a + 1)); break;
      case Op.ClosePath: g.closePath(); break;
      case Op.BeginPath: g.beginPath(); break;
      case Op.Clip: g.clip(); break;
      case Op.Fill: g.fill(); break;
      case Op.Stroke: g.stroke(); break;
      case Op.FillPath: g.fill(path(s(a))); break;
      case Op.StrokePath: g.stroke(path(s(a))); break;
      case Op.Save: g.save(); break;
      case Op.Restore: g.restore(); break;
      case Op.Translate: g.translate(n(a), n(a + 1)); break;
      case Op.SetTransform: g.setTransform(n(a), n(a + 1), n(a + 2), n(a + 3), n(a + 4), n(a + 5)); break;
      case Op.FillText: g.fillText(s(a), n(a + 1), n(a + 2)); break;
      case Op.Gradient: gradients.push(g.createLinearGradient(n(a), n(a + 1), n(a + 2), n(a + 3))); break;
      case Op.ColorStop: gradients[n(a)]?.addColorStop(n(a + 1), s(a + 2)); break;
      case Op.FillGradient: g.fillStyle = gradients[n(a)] ?? 'transparent'; break;
      case Op.FillTextFit: g.fillText(s(a), n(a + 1), n(a + 2), n(a + 3)); break;
      default: return;
    }
    i = a + ARITY[op];
  }
}
