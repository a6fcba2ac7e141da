/**
 * Paints the map's places on its canvas: those with events in the timeline's window in their
 * category's colour, sized by how many, the others faded. A few thousand places are drawn as
 * circles (a ring for a `region`); more, as blocks of pixels written straight into one image,
 * which costs the same whatever the zoom, so that a timeline zoom step stays within a few
 * milliseconds at 100,000 events.
 */
import type { PreparedEvent } from '../layout/prepare.js';
import type { SahelTimeline } from '../timeline-element.js';
import type { MapPlace } from './map-places.js';
import type { MapTransform } from './map-view.js';
import { pointRadius } from './map-marks.js';

/** Above this many places, points are written as pixels rather than drawn as circles. */
export const DENSE = 3000;

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
 * a probe of the category's class on the timeline's plot), else the map's accent.
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

/** Paints the places onto `ctx` (already scaled to CSS pixels) over a box `width` × `height`. */
export function paintPoints(
  ctx: CanvasRenderingContext2D,
  p: PointPaint,
  /** The places of the selected and the lit event (-1: none), ringed. */
  [selected, lit]: readonly [number, number],
  t: MapTransform,
  width: number,
  height: number,
  dpr: number,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  if (p.places.length > DENSE) paintDense(ctx, p, t, width, height, dpr);
  else paintSparse(ctx, p, t, width, height);
  for (const [i, wide] of [[lit, 3], [selected, 5]] as const) {
    const place = p.places[i];
    if (!place || place.precision === 'country') continue;
    const x = t.k * (p.xs[i] ?? 0) + t.x;
    const y = t.k * (p.ys[i] ?? 0) + t.y;
    ctx.beginPath();
    ctx.arc(x, y, pointRadius(p.counts[i] ?? 0) + wide, 0, 2 * Math.PI);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = p.ring;
    ctx.stroke();
  }
}

function paintSparse(ctx: CanvasRenderingContext2D, p: PointPaint, t: MapTransform, width: number, height: number): void {
  // Faded places first, so the window's lie on top of them.
  for (const lit of [false, true]) {
    p.places.forEach((place, i) => {
      const count = p.counts[i] ?? 0;
      if (place.precision === 'country' || count > 0 !== lit) return;
      const x = t.k * (p.xs[i] ?? 0) + t.x;
      const y = t.k * (p.ys[i] ?? 0) + t.y;
      const r = place.precision === 'region' ? Math.max(10, pointRadius(count) + 6) : pointRadius(count);
      if (x < -r || y < -r || x > width + r || y > height + r) return;
      const colour = lit ? (p.colours[i] ?? p.ring) : p.faded;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      if (place.precision === 'region') {
        // Somewhere around here: a ring, its inside tinted.
        ctx.globalAlpha = lit ? 0.18 : 0.08;
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.setLineDash([3, 3]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = colour;
        ctx.stroke();
        ctx.setLineDash([]);
        return;
      }
      ctx.fillStyle = colour;
      ctx.fill();
      // The exact spot: a dot with a ring of the background round it; a town's is plain.
      ctx.lineWidth = place.precision === 'exact' ? 2 : 1;
      ctx.strokeStyle = p.background;
      ctx.stroke();
    });
  }
}

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

function paintDense(ctx: CanvasRenderingContext2D, p: PointPaint, t: MapTransform, width: number, height: number, dpr: number): void {
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  const image = ctx.createImageData(w, h);
  const px = new Uint32Array(image.data.buffer);
  const faded = (word(p.faded) & 0x00ffffff) | (0x66 << 24);
  const size = Math.max(2, Math.round(2 * dpr));
  const kx = t.k * dpr;
  const ox = t.x * dpr;
  const oy = t.y * dpr;
  for (const lit of [false, true]) {
    for (let i = 0; i < p.places.length; i++) {
      const count = p.counts[i] ?? 0;
      if (count > 0 !== lit || p.places[i]?.precision === 'country') continue;
      const x = Math.round(kx * (p.xs[i] ?? 0) + ox);
      const y = Math.round(kx * (p.ys[i] ?? 0) + oy);
      if (x < 0 || y < 0 || x + size > w || y + size > h) continue;
      const c = lit ? word(p.colours[i] ?? p.faded) : faded;
      for (let dy = 0; dy < size; dy++) px.fill(c, (y + dy) * w + x, (y + dy) * w + x + size);
    }
  }
  ctx.putImageData(image, 0, 0);
}
