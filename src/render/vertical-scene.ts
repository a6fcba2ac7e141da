/**
 * The scene (scene.ts) of a vertical plot (`orientation="vertical"`), as render/vertical.ts
 * draws it in the DOM: the eras' bands across and their edges, the ticks' lines and labels,
 * the axis, the spans' bars, the glyphs and leaders, the clusters' pills, and each label's
 * title and date. What the gesture canvas (ink.ts) and the pictures of the view (export.ts)
 * paint, on a canvas or as SVG.
 * Pure: the colours, the font and a measure of text come in.
 */
import type { EraBand } from '../layout/eras.js';
import { pillMiddle, verticalGeometry, type VerticalResult } from '../layout/vertical.js';
import { VERTICAL, verticalSides } from '../layout/vertical-view.js';
import {
  DATE_WEIGHT, ERA_EDGE, ERA_FILL, GLYPH_SIZE, PILL_BORDER, PILL_HEIGHT, PILL_TEXT_SIZE, PILL_TEXT_WEIGHT, TITLE_SIZE, TITLE_WEIGHT,
  V_DATE_SIZE, V_LABEL_PAD, V_LINE, V_PILL, V_TICK_SIZE,
} from './geometry.js';
import { eraPaint } from './build-scene.js';
import { shorten } from './label-metrics.js';
import type { Scene, SceneStyle, SceneView, TextMeasure } from './scene.js';
import { SceneWriter } from './scene-writer.js';

/** The scene of `laid`, on a plot `view.width` wide and `view.height` long. */
export function buildVerticalScene(view: SceneView, laid: VerticalResult, style: SceneStyle, measure: TextMeasure, w: SceneWriter = new SceneWriter()): Scene {
  const { width, height } = view;
  w.begin(width, height, style.font, measure);
  const g = verticalGeometry(width, verticalSides(width));
  eras(w, view.eras, style, width);
  for (const t of view.ticks) {
    const y = Math.round(t.x) + 0.5;
    w.line(0, y, width, y, t.major ? style.muted : style.grid, t.major ? 0.45 : 1);
  }
  w.box(g.axis - 1, 0, 2, height, style.muted, 0.6);
  for (const t of view.ticks) {
    if (t.labelled) w.text(4, t.x + 1 + V_LINE / 2 + measure.drop(V_TICK_SIZE, t.major ? 600 : 400), t.label, V_TICK_SIZE, t.major ? 600 : 400, t.major ? style.text : style.muted, 'tick');
  }
  // Bars, leaders and glyphs, then the pills, then the labels' texts.
  for (const m of laid.marks) {
    const look = view.looks.look(m.item.event.category);
    const colour = style.categories.get(look.className) ?? style.text;
    if (m.track >= 0) {
      const top = Math.max(0, m.y0);
      // Solid: a scene's fade runs across, and a bar down the plot fades down its length in the DOM only.
      w.rect(g.barX(m.track) - 2, top, 4, Math.max(4, Math.min(height, m.y1) - top), 2, 'solid', colour);
    } else {
      w.glyph(look, colour, g.axis - GLYPH_SIZE / 2, m.y0 - GLYPH_SIZE / 2);
    }
    if (Number.isFinite(m.labelY)) {
      const edge = m.side === 1 ? g.labelX(1) : g.labelX(0) + g.labelWidth;
      w.line(g.axis, m.y0, edge, m.labelY + VERTICAL.label / 2, colour, 0.6);
    }
  }
  for (const c of laid.clusters) {
    const mid = pillMiddle(c, height, PILL_HEIGHT);
    const inset = PILL_BORDER / 2;
    w.rect(g.axis - V_PILL / 2 + inset, mid - PILL_HEIGHT / 2 + inset, V_PILL - PILL_BORDER, PILL_HEIGHT - PILL_BORDER, (PILL_HEIGHT - PILL_BORDER) / 2, 'solid', style.surface, style.muted, PILL_BORDER);
    w.text(g.axis, mid + measure.drop(PILL_TEXT_SIZE, PILL_TEXT_WEIGHT), view.words.number(c.count), PILL_TEXT_SIZE, PILL_TEXT_WEIGHT, style.text, 'cluster', 'middle');
  }
  const room = g.labelWidth - 2 * V_LABEL_PAD;
  for (const m of laid.marks) {
    if (!Number.isFinite(m.labelY)) continue;
    const e = m.item.event;
    // Each cut read at once: the writer reuses what it returns.
    const { text: title, width: titleWidth } = w.cut(shorten(e.title), room, TITLE_SIZE, TITLE_WEIGHT, view.labels.titleWidth(e));
    const { text: date, width: dateWidth } = w.cut(view.labels.shortDate(e), room, V_DATE_SIZE, DATE_WEIGHT);
    // Two lines in the label's middle; on the axis's left, each ends against it.
    const first = m.labelY + VERTICAL.label / 2 - V_LINE / 2;
    const end = g.labelX(0) + g.labelWidth - V_LABEL_PAD;
    const x = (textWidth: number) => (m.side === 1 ? g.labelX(1) + V_LABEL_PAD : end - textWidth);
    w.text(x(titleWidth), first + measure.drop(TITLE_SIZE, TITLE_WEIGHT), title, TITLE_SIZE, TITLE_WEIGHT, style.text, 'title');
    w.text(x(dateWidth), first + V_LINE + measure.drop(V_DATE_SIZE, DATE_WEIGHT), date, V_DATE_SIZE, DATE_WEIGHT, style.muted, 'date');
  }
  return w.written;
}

/** Eras' bands across the plot, with their edge at its right (their titles are in the list under a picture's plot). */
function eras(w: SceneWriter, bands: readonly EraBand[], style: SceneStyle, width: number): void {
  for (const b of bands) {
    const colour = eraPaint(b, style);
    w.box(0, b.x0, width, b.x1 - b.x0, colour, ERA_FILL / 100);
    w.box(width - 4, b.x0, 4, b.x1 - b.x0, colour, ERA_EDGE / 100);
  }
}
