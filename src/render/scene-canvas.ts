/**
 * A scene (scene.ts) painted with a canvas's calls, recorded (ink-ops.ts): the gesture canvas
 * has the recording replayed by the ink worker or the page, toPNG() on a canvas of its own.
 * It knows shapes, colours and fonts, nothing of layout.
 */
import { FADE_FROM, HATCH_FAINT } from './geometry.js';
import { InkRecorder, replay, type InkSurface } from './ink-ops.js';
import { firstStripe, HATCH_FOOT, HATCH_STEP, type Scene, type SceneItem, type SceneLine, type SceneRect, type SceneText } from './scene.js';

/** Fonts as a canvas writes them, by size and weight, for one family. */
let fonts = { family: '', bySize: new Map<number, string>() };

function fontOf(family: string, size: number, weight: number): string {
  if (fonts.family !== family) fonts = { family, bySize: new Map() };
  const key = size * 1000 + weight;
  let font = fonts.bySize.get(key);
  if (font === undefined) {
    font = `${weight} ${size}px ${family}`;
    fonts.bySize.set(key, font);
  }
  return font;
}

/**
 * Paints items on a surface, setting each state (colour, opacity, font…) only when it changes:
 * each is a call in the recording, and a font set is parsed where it is replayed. Lines of one
 * colour in a row are one path.
 */
class Painter {
  private fill = '';
  private stroke = '';
  private alpha = NaN;
  private lineWidth = NaN;
  /** As `paintScene` sets it first. */
  private align = 'left';
  /** The colour and opacity of the path of lines being gathered ('' when there is none). */
  private lines = '';
  private linesAlpha = 1;

  constructor(
    private readonly g: InkSurface,
    private readonly family: string,
  ) {}

  item(item: SceneItem): void {
    if (item.kind === 'line') {
      this.line(item);
      return;
    }
    this.flushLines();
    switch (item.kind) {
      case 'rect':
        if (item.paint === 'hatch') this.hatch(item);
        else this.rect(item);
        break;
      case 'path': {
        const g = this.g;
        g.translate(item.x, item.y);
        if (item.fill !== '') {
          this.setFill(item.fill);
          g.fillPath(item.d);
        }
        if (item.stroke !== '') {
          this.setStroke(item.stroke, item.strokeWidth);
          g.strokePath(item.d);
        }
        g.translate(-item.x, -item.y);
        break;
      }
      case 'text':
        this.text(item);
        break;
      case 'group': {
        const g = this.g;
        g.save();
        if (item.x !== 0 || item.y !== 0) g.translate(item.x, item.y);
        g.beginPath();
        g.rect(0, 0, item.w, item.h);
        g.clip();
        break;
      }
      case 'end':
        this.g.restore();
        this.forget();
        break;
    }
  }

  /** Strokes the lines gathered. */
  flushLines(): void {
    if (this.lines === '') return;
    this.setAlpha(this.linesAlpha);
    this.setStroke(this.lines, 1);
    this.g.stroke();
    this.lines = '';
  }

  private line(l: SceneLine): void {
    if (this.lines !== l.stroke || this.linesAlpha !== l.opacity) {
      this.flushLines();
      this.lines = l.stroke;
      this.linesAlpha = l.opacity;
      this.g.beginPath();
    }
    this.g.moveTo(l.x1, l.y1);
    this.g.lineTo(l.x2, l.y2);
  }

  private rect(r: SceneRect): void {
    const g = this.g;
    this.setAlpha(r.opacity);
    if (r.paint === 'solid' && r.r === 0 && r.stroke === '') {
      this.setFill(r.fill);
      g.fillRect(r.x, r.y, r.w, r.h);
      return;
    }
    g.beginPath();
    if (r.r > 0) g.roundRect(r.x, r.y, r.w, r.h, r.r);
    else g.rect(r.x, r.y, r.w, r.h);
    if (r.paint === 'solid') {
      this.setFill(r.fill);
      g.fill();
    } else if (r.paint === 'fade') {
      const fade = g.createLinearGradient(r.from, 0, r.to, 0);
      fade.addColorStop(0, r.fill);
      fade.addColorStop(FADE_FROM / 100, r.fill);
      fade.addColorStop(1, 'transparent');
      g.fillStyle = fade;
      this.fill = '';
      g.fill();
    }
    if (r.stroke !== '') {
      this.setStroke(r.stroke, r.strokeWidth);
      g.stroke();
    }
  }

  /** Hatching: the colour, faint, under stripes of it, clipped to the rounded bar. */
  private hatch(r: SceneRect): void {
    const g = this.g;
    g.save();
    g.beginPath();
    g.roundRect(r.x, r.y, r.w, r.h, r.r);
    g.clip();
    g.globalAlpha = (r.opacity * HATCH_FAINT) / 100;
    g.fillStyle = r.fill;
    g.fillRect(r.x, r.y, r.w, r.h);
    g.globalAlpha = r.opacity;
    g.beginPath();
    const bottom = r.y + r.h;
    for (let x = firstStripe(r.x, r.from, r.h); x < r.x + r.w; x += HATCH_STEP) {
      g.moveTo(x, bottom);
      g.lineTo(x + HATCH_FOOT, bottom);
      g.lineTo(x + HATCH_FOOT + r.h, r.y);
      g.lineTo(x + r.h, r.y);
      g.closePath();
    }
    g.fill();
    g.restore();
    this.forget();
  }

  private text(t: SceneText): void {
    const g = this.g;
    this.setAlpha(1);
    g.font = fontOf(this.family, t.size, t.weight);
    this.setFill(t.fill);
    const align = t.anchor === 'middle' ? 'center' : 'left';
    if (align !== this.align) {
      g.textAlign = align;
      this.align = align;
    }
    g.fillText(t.text, t.x, t.y);
  }

  private setFill(colour: string): void {
    if (colour === this.fill) return;
    this.g.fillStyle = colour;
    this.fill = colour;
  }

  private setStroke(colour: string, width: number): void {
    if (colour !== this.stroke) {
      this.g.strokeStyle = colour;
      this.stroke = colour;
    }
    if (width !== this.lineWidth) {
      this.g.lineWidth = width;
      this.lineWidth = width;
    }
  }

  private setAlpha(alpha: number): void {
    if (alpha === this.alpha) return;
    this.g.globalAlpha = alpha;
    this.alpha = alpha;
  }

  /** After a restore, the states set since the save are unknown: each is set again when next needed. */
  private forget(): void {
    this.fill = '';
    this.stroke = '';
    this.alpha = NaN;
    this.lineWidth = NaN;
    this.align = '';
  }
}

/**
 * Paints `scene` with `g` (a recorder), from the transform `g` has: texts from their alphabetic
 * baseline, left to right (time runs so on every page; a text keeps its own direction within).
 */
export function paintScene(g: InkSurface, scene: Scene): void {
  g.textBaseline = 'alphabetic';
  g.direction = 'ltr';
  g.textAlign = 'left';
  const painter = new Painter(g, scene.font);
  for (const item of scene.items) painter.item(item);
  painter.flushLines();
}

/** The scene as a PNG, `scale` canvas pixels to a scene pixel. */
export function sceneToPng(scene: Scene, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(scene.width * scale));
  canvas.height = Math.max(1, Math.round(scene.height * scale));
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('<sahel-timeline> toPNG(): this browser gives no 2D canvas.'));
  const recorder = new InkRecorder();
  recorder.setTransform(scale, 0, 0, scale, 0, 0);
  paintScene(recorder, scene);
  const list = recorder.reset();
  replay(list.ops, list.texts, g, new Map());
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('<sahel-timeline> toPNG(): the canvas could not be written as a PNG (too large?).'));
    }, 'image/png');
  });
}
