/**
 * Paints the map's places on its canvas: those with events in the timeline's window in their
 * category's colour, sized by how many, the others faded. A few hundred places are drawn as
 * circles (a ring for a `region`); more, as blocks of pixels written straight into one image,
 * which costs the same whatever the zoom, so that a timeline zoom step stays within a few
 * milliseconds at 100,000 events.
 */
import type { PreparedEvent } from '../layout/prepare.js';
import type { SahelTimeline } from '../timeline-element.js';
import type { MapPlace } from './map-places.js';
import type { MapTransform } from './map-view.js';
import { paintedRadius, pointRadius } from './map-marks.js';

/**
 * Above this many places, points are written as pixels rather than drawn as circles: past a
 * few hundred places a map this size shows a density more than places apart, and a circle's
 * copy costs a call a place each step (2 to 3 ms at a thousand), the pixels one image.
 */
export const DENSE = 400;

/** What the painter needs besides the places. */
export interface PointPaint {
  readonly places: readonly MapPlace[];
  /** Projected positions, one per place. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Each place's count of events in the window (countInWindow). */
  readonly counts: Uint32Array;
  /** Each place's colour (a CSS colour), by its first event's category. */
  readonly colours: readonly string[];
  readonly faded: string;
  /** The ring round the selected and the lit event's place. */
  readonly ring: string;
  readonly background: string;
}

/** The painter's colours, as the element's theme resolves them. */
export function pointStyle(el: Element): Pick<PointPaint, 'faded' | 'ring' | 'background'> {
  const css = getComputedStyle(el);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { faded: read('--_muted', '#57606a'), ring: read('--_focus', '#0a58ca'), background: read('--_bg', '#ffffff') };
}

/**
 * Each place's colour: its first event's category as the followed timeline draws it (read from
 * a probe of the category's class on the timeline's plot), else the map's accent. The same
 * probe as render/plot-colours.ts readPlotColours, written here again on purpose: importing it
 * moves it out of the gesture painter's chunk into one of its own, a file more for every
 * timeline page (the size check's total).
 */
export function placeColours(timeline: SahelTimeline | undefined, places: readonly MapPlace[], shown: readonly PreparedEvent[], el: Element): string[] {
  const plot = timeline?.shadowRoot?.querySelector<HTMLElement>('.plot');
  const accent = getComputedStyle(el).getPropertyValue('--_accent').trim() || '#0a58ca';
  if (!timeline || !plot) return places.map(() => accent);
  const looks = timeline.data.looks;
  const byClass = new Map<string, string>();
  return places.map((place) => {
    const cls = looks.look(shown[place.events[0] ?? -1]?.event.category).className;
    let colour = byClass.get(cls);
    if (colour === undefined) {
      const probe = document.createElement('span');
      probe.className = cls;
      probe.hidden = true;
      plot.append(probe);
      colour = getComputedStyle(probe).getPropertyValue('--_c').trim() || accent;
      probe.remove();
      byClass.set(cls, colour);
    }
    return colour;
  });
}

/**
 * Paints the places, keeping between calls what a zoom step of the timeline does not change:
 * each place's position on screen (until the map moves), a sprite per look of a dot (drawn
 * once, then copied: a copy rasterises far faster than a circle does, which is most of a
 * step's cost), and for many places the faded layer's pixels.
 */
export class PointPainter {
  private readonly sprites = new Map<string, HTMLCanvasElement>();
  /** The window's sprites by look and radius (look × 64 + radius), for the current layer. */
  private lit: (HTMLCanvasElement | undefined)[] = [];
  private layer: { key: readonly unknown[]; canvas: HTMLCanvasElement; look: Uint16Array; looks: string[] } | undefined;
  private positions: { key: readonly unknown[]; sx: Float32Array; sy: Float32Array } | undefined;
  private faded: { key: readonly unknown[]; pixels: Uint32Array; offsets: Int32Array; words: Uint32Array } | undefined;

  /** Paints onto `canvas`, sized first to `width` × `height` CSS px at the screen's density (2 at most). */
  draw(canvas: HTMLCanvasElement, p: PointPaint, rings: readonly [number, number], t: MapTransform, width: number, height: number): void {
    const dpr = Math.min(2, devicePixelRatio || 1);
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    if (ctx) this.paint(ctx, p, rings, t, width, height, dpr);
  }

  /** Paints onto `ctx`, a canvas `width` × `height` CSS px at `dpr`; `rings` the selected and the lit event's places (-1: none). */
  paint(
    ctx: CanvasRenderingContext2D,
    p: PointPaint,
    [selected, lit]: readonly [number, number],
    t: MapTransform,
    width: number,
    height: number,
    dpr: number,
  ): void {
    const key = [p.places, p.xs, t.k, t.x, t.y, width, height, dpr];
    if (!this.positions || !same(this.positions.key, key)) {
      const sx = new Float32Array(p.places.length);
      const sy = new Float32Array(p.places.length);
      for (let i = 0; i < p.places.length; i++) {
        sx[i] = t.k * (p.xs[i] ?? 0) + t.x;
        sy[i] = t.k * (p.ys[i] ?? 0) + t.y;
      }
      this.positions = { key, sx, sy };
    }
    const { sx, sy } = this.positions;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (p.places.length > DENSE) this.dense(ctx, p, key, width, height, dpr);
    else this.sparse(ctx, p, key, width, height, dpr);
    for (const [i, wide] of [[lit, 3], [selected, 5]] as const) {
      const place = p.places[i];
      if (!place || place.precision === 'country') continue;
      ctx.beginPath();
      ctx.arc(sx[i] ?? 0, sy[i] ?? 0, pointRadius(p.counts[i] ?? 0) + wide, 0, 2 * Math.PI);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = p.ring;
      ctx.stroke();
    }
  }

  private sparse(ctx: CanvasRenderingContext2D, p: PointPaint, key: readonly unknown[], width: number, height: number, dpr: number): void {
    const { sx, sy } = this.positions ?? { sx: new Float32Array(0), sy: new Float32Array(0) };
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    // Every place faded, drawn once per view; the window's places go over it, each in device
    // pixels at whole positions (a copy, not a resampling), its sprite found by index.
    const layerKey = [...key, p.colours, p.faded, p.background];
    if (!this.layer || !same(this.layer.key, layerKey)) {
      this.sprites.clear();
      this.lit = [];
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext('2d');
      const looks = new Map<string, number>();
      const look = new Uint16Array(p.places.length);
      for (let i = 0; i < p.places.length; i++) {
        const place = p.places[i];
        if (!place || place.precision === 'country') continue;
        const id = `${place.precision}|${p.colours[i] ?? p.ring}`;
        let at = looks.get(id);
        if (at === undefined) looks.set(id, (at = looks.size));
        look[i] = at;
        const r = Math.round(paintedRadius(place, 0));
        const sprite = this.sprite(place.precision, r, p.faded, false, p.background, dpr);
        g?.drawImage(sprite, Math.round((sx[i] ?? 0) * dpr - sprite.width / 2), Math.round((sy[i] ?? 0) * dpr - sprite.height / 2));
      }
      this.layer = { key: layerKey, canvas, look, looks: [...looks.keys()] };
    }
    const { canvas, look, looks } = this.layer;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(canvas, 0, 0);
    for (let i = 0; i < p.places.length; i++) {
      const count = p.counts[i] ?? 0;
      const place = p.places[i];
      if (count === 0 || !place || place.precision === 'country') continue;
      const r = Math.round(paintedRadius(place, count));
      const x = (sx[i] ?? 0) * dpr;
      const y = (sy[i] ?? 0) * dpr;
      const reach = (r + 2) * dpr;
      if (x < -reach || y < -reach || x > w + reach || y > h + reach) continue;
      const index = (look[i] ?? 0) * 64 + r;
      let sprite = this.lit[index];
      if (!sprite) {
        const [precision = 'town', colour = p.ring] = (looks[look[i] ?? 0] ?? '').split('|');
        sprite = this.sprite(precision, r, colour, true, p.background, dpr);
        this.lit[index] = sprite;
      }
      ctx.drawImage(sprite, Math.round(x - sprite.width / 2), Math.round(y - sprite.height / 2));
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  /** A dot (or a region's ring) of radius `r` in `colour`, drawn once at `dpr`: a canvas of whole device pixels. */
  private sprite(precision: string, r: number, colour: string, lit: boolean, background: string, dpr: number): HTMLCanvasElement {
    const id = `${precision}|${String(r)}|${colour}|${String(lit)}`;
    let sprite = this.sprites.get(id);
    if (sprite) return sprite;
    sprite = document.createElement('canvas');
    const side = 2 * (r + 2);
    sprite.width = sprite.height = Math.ceil(side * dpr);
    const g = sprite.getContext('2d');
    if (g) {
      g.scale(dpr, dpr);
      g.beginPath();
      g.arc(side / 2, side / 2, r, 0, 2 * Math.PI);
      if (precision === 'region') {
        // Somewhere around here: a dashed ring, its inside tinted.
        g.globalAlpha = lit ? 0.18 : 0.08;
        g.fillStyle = colour;
        g.fill();
        g.globalAlpha = 1;
        g.setLineDash([3, 3]);
        g.lineWidth = 2;
        g.strokeStyle = colour;
        g.stroke();
      } else {
        g.fillStyle = colour;
        g.fill();
        // The exact spot: a dot with a ring of the background round it; a town's is plain.
        g.lineWidth = precision === 'exact' ? 2 : 1;
        g.strokeStyle = background;
        g.stroke();
      }
    }
    this.sprites.set(id, sprite);
    return sprite;
  }

  private dense(ctx: CanvasRenderingContext2D, p: PointPaint, key: readonly unknown[], width: number, height: number, dpr: number): void {
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    const size = Math.max(2, Math.round(2 * dpr));
    const fadedKey = [...key, p.colours, p.faded];
    if (!this.faded || !same(this.faded.key, fadedKey)) {
      // Once per view: where each place's block starts in the image, its colour, and the faded layer.
      const { sx, sy } = this.positions ?? { sx: new Float32Array(0), sy: new Float32Array(0) };
      const offsets = new Int32Array(p.places.length).fill(-1);
      const words = new Uint32Array(p.places.length);
      const pixels = new Uint32Array(w * h);
      const faded = (word(p.faded) & 0x00ffffff) | (0x66 << 24);
      for (let i = 0; i < p.places.length; i++) {
        if (p.places[i]?.precision === 'country') continue;
        const x = Math.round((sx[i] ?? 0) * dpr);
        const y = Math.round((sy[i] ?? 0) * dpr);
        if (x < 0 || y < 0 || x + size > w || y + size > h) continue;
        offsets[i] = y * w + x;
        words[i] = word(p.colours[i] ?? p.ring);
        for (let dy = 0; dy < size; dy++) pixels.fill(faded, (y + dy) * w + x, (y + dy) * w + x + size);
      }
      this.faded = { key: fadedKey, pixels, offsets, words };
    }
    const { pixels, offsets, words } = this.faded;
    const image = ctx.createImageData(w, h);
    const px = new Uint32Array(image.data.buffer);
    px.set(pixels);
    for (let i = 0; i < offsets.length; i++) {
      const at = offsets[i] ?? -1;
      if (at < 0 || (p.counts[i] ?? 0) === 0) continue;
      const c = words[i] ?? 0;
      for (let dy = 0; dy < size; dy++) px.fill(c, at + dy * w, at + dy * w + size);
    }
    ctx.putImageData(image, 0, 0);
  }
}

/** Whether two keys hold the same values, each compared as `===` does. */
const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/** Parsed colours, as 0xAABBGGRR words for a little-endian image. */
const words = new Map<string, number>();
let probe: CanvasRenderingContext2D | null | undefined;

function word(colour: string): number {
  let w = words.get(colour);
  if (w !== undefined) return w;
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  w = 0xff808080;
  if (probe) {
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = colour;
    probe.fillRect(0, 0, 1, 1);
    const [r = 128, g = 128, b = 128] = probe.getImageData(0, 0, 1, 1).data;
    w = (0xff << 24) | (b << 16) | (g << 8) | r;
  }
  words.set(colour, w >>> 0);
  return w >>> 0;
}
