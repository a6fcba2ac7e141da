/**
 * The map as a scene (render/scene.ts): what `toSVG()` and `toPNG()` write and paint with the
 * timeline's own writers (render/scene-svg.ts, render/scene-canvas.ts), which know shapes,
 * colours and fonts, nothing of maps. Built from what the map shows now: its outlines projected
 * through the zoom (so the file needs no transform), the shaded countries, each place's point
 * as the canvas paints it (map-paint.ts's sizes), the clusters' counts, a heading and the
 * boundaries' source. Pure: the colours, the projection and the figures come in.
 */
import { geoPath, type GeoProjection, type GeoPermissibleObjects } from 'd3-geo';
import type { Scene, SceneItem } from '../render/scene.js';
import { paintedRadius, pointRadius } from './map-marks.js';
import type { MapMark } from './map-marks.js';
import type { MapPlace } from './map-places.js';
import type { MapTransform } from './map-view.js';

/** The colours a picture of the map is drawn in, as its CSS resolves them. */
export interface MapColours {
  readonly font: string;
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly surface: string;
  readonly water: string;
  readonly land: string;
  readonly shade: string;
  readonly shadeInWindow: string;
  readonly focus: string;
}

/** What the map shows now. */
export interface MapPicture {
  readonly width: number;
  readonly height: number;
  readonly projection: GeoProjection;
  readonly t: MapTransform;
  readonly countries: readonly GeoPermissibleObjects[];
  /** The countries shaded, each with whether an event of it is in the window. */
  readonly shaded: readonly { readonly shape: GeoPermissibleObjects; readonly inWindow: boolean }[];
  readonly places: readonly MapPlace[];
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly counts: Uint32Array;
  readonly colours: readonly string[];
  readonly marks: readonly MapMark[];
  readonly selected: number;
  readonly heading: string;
  readonly attribution: string;
  readonly number: (n: number) => string;
}

/** Room above the map for its heading, and below for the source. */
const HEAD = 30;
const FOOT = 22;

/** A circle as an SVG path around (0, 0), for a ScenePath placed at its centre. */
const circle = (r: number): string => `M${String(-r)} 0a${String(r)} ${String(r)} 0 1 0 ${String(2 * r)} 0a${String(r)} ${String(r)} 0 1 0 ${String(-2 * r)} 0Z`;

export function buildMapScene(p: MapPicture, c: MapColours): Scene {
  const items: SceneItem[] = [];
  const { width, height, t } = p;
  items.push({ kind: 'rect', x: 0, y: 0, w: width, h: height + HEAD + FOOT, r: 0, paint: 'solid', fill: c.background, from: 0, to: width, stroke: '', strokeWidth: 0, opacity: 1 });
  items.push({ kind: 'text', x: 0, y: 20, text: p.heading, size: 16, weight: 600, fill: c.text, anchor: 'start', role: 'heading' });
  items.push({ kind: 'group', x: 0, y: HEAD, w: width, h: height });
  // The outlines projected through the zoom: the file's coordinates are the picture's.
  const [tx, ty] = p.projection.translate();
  const zoomed = p.projection.scale(p.projection.scale() * t.k).translate([tx * t.k + t.x, ty * t.k + t.y]);
  const path = geoPath(zoomed).digits(1);
  const shape = (d: string | null, fill: string, stroke: string, strokeWidth: number): void => {
    if (d) items.push({ kind: 'path', d, x: 0, y: 0, fill, stroke, strokeWidth });
  };
  try {
    shape(path({ type: 'Sphere' }), c.water, '', 0);
    shape(p.countries.map((f) => path(f) ?? '').join(''), c.land, c.background, 0.6);
    for (const s of p.shaded) shape(path(s.shape), s.inWindow ? c.shadeInWindow : c.shade, c.shadeInWindow, 1);
  } finally {
    p.projection.scale(p.projection.scale() / t.k).translate([tx, ty]);
  }
  // Faded places first, then those with events in the window, as the canvas paints them.
  for (const lit of [false, true]) {
    p.places.forEach((place, i) => {
      const count = p.counts[i] ?? 0;
      if (place.precision === 'country' || count > 0 !== lit) return;
      const x = t.k * (p.xs[i] ?? 0) + t.x;
      const y = t.k * (p.ys[i] ?? 0) + t.y;
      const r = paintedRadius(place, count);
      if (x < -r || y < -r || x > width + r || y > height + r) return;
      const colour = lit ? (p.colours[i] ?? c.focus) : c.muted;
      if (place.precision === 'region') items.push({ kind: 'path', d: circle(r), x, y, fill: '', stroke: colour, strokeWidth: 2 });
      else items.push({ kind: 'path', d: circle(r), x, y, fill: colour, stroke: c.background, strokeWidth: place.precision === 'exact' ? 2 : 1 });
    });
  }
  const chosen = p.places[p.selected];
  if (chosen && chosen.precision !== 'country') {
    const r = pointRadius(p.counts[p.selected] ?? 0) + 5;
    items.push({ kind: 'path', d: circle(r), x: t.k * (p.xs[p.selected] ?? 0) + t.x, y: t.k * (p.ys[p.selected] ?? 0) + t.y, fill: '', stroke: c.focus, strokeWidth: 2.5 });
  }
  // The clusters' counts, as their pills show them.
  for (const m of p.marks) {
    if (m.places.length < 2 || m.x < 0 || m.y < 0 || m.x > width || m.y > height) continue;
    const text = p.number(m.count);
    const w = 14 + 7 * text.length;
    items.push({ kind: 'rect', x: m.x - w / 2, y: m.y - 11, w, h: 22, r: 11, paint: 'solid', fill: c.surface, from: 0, to: 0, stroke: c.muted, strokeWidth: 1, opacity: 1 });
    items.push({ kind: 'text', x: m.x, y: m.y + 4, text, size: 12, weight: 400, fill: c.text, anchor: 'middle', role: 'cluster' });
  }
  items.push({ kind: 'end' });
  items.push({ kind: 'text', x: 0, y: HEAD + height + 16, text: p.attribution, size: 11, weight: 400, fill: c.muted, anchor: 'start', role: 'source' });
  return { width, height: height + HEAD + FOOT, font: c.font, items };
}
