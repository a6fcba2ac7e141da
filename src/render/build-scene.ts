/**
 * The scene of the plot (scene.ts) built from the view's layout: what every painter draws.
 * Pure: the colours, the font and a measure of text come in.
 */
import type { EraBand } from '../layout/eras.js';
import { densityAlpha, DENSITY_PX, LANE_STRIP, LANE_STRIP_INSET } from '../layout/lanes.js';
import type { ClusterLayout, MarkLayout, PackResult } from '../layout/pack.js';
import { AXIS_HEIGHT, ERA_LINE, ERA_PAD, rowY } from '../layout/rows.js';
import { TICK_LABEL_OFFSET, type AxisTick } from '../layout/ticks.js';
import {
  BAR_HEIGHT, BAR_RADIUS, BLEED, DATE_SIZE, DATE_WEIGHT, DENSITY_TRACK, ERA_EDGE, ERA_FILL, ERA_TITLE_SIZE, ERA_TITLE_WEIGHT,
  GLYPH_SIZE, LABEL_LINE, LABEL_TOP, MAJOR_GRID, PILL_BORDER, PILL_HEIGHT, PILL_TEXT_SIZE, PILL_TEXT_WEIGHT, PILL_TOP,
  POINT_BOX, RING_GAP, RING_WIDTH, STACKED_DATE_LINE, STACKED_DATE_SIZE, STRIP_BAR_TOP, TICK_SIZE, TITLE_SIZE, TITLE_WEIGHT,
  UNDERLINE,
} from './geometry.js';
import { isColor } from './glyphs.js';
import { shorten } from './label-metrics.js';
import { placeLabel, titleRoom } from './label-place.js';
import type { Paint, Scene, SceneStyle, SceneView, TextMeasure } from './scene.js';
import { SceneWriter, type LabelText } from './scene-writer.js';

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
    const colour = eraPaint(b, style);
    w.box(b.x0, 0, b.x1 - b.x0, bottom, colour, ERA_FILL / 100);
    w.box(b.x0, 0, 1, bottom, colour, ERA_EDGE / 100);
    if (!b.era.ongoing) w.box(b.x1 - 1, 0, 1, bottom, colour, ERA_EDGE / 100);
  }
  for (const b of bands) {
    // As `.era-label` sits: ERA_PAD above the axis, a line up per line, its baseline about 3px above its box's bottom.
    if (b.title) w.text(b.title.x, bottom - ERA_PAD - 3 - b.title.line * ERA_LINE, b.title.text.toUpperCase(), ERA_TITLE_SIZE, ERA_TITLE_WEIGHT, style.muted, 'era');
  }
}

/**
 * An era's colour in a scene: its own, else the palette's in turn. Only a colour: a url()
 * would make a picture fetch a paint server, and a canvas ignores what it cannot read.
 */
export function eraPaint(b: EraBand, style: SceneStyle): string {
  const own = b.era.era.color;
  return own !== undefined && isColor(own) ? own : (style.palette[b.era.index % Math.max(1, style.palette.length)] ?? style.muted);
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
  for (const m of layout.marks) {
    const label = mark(plot, m, y);
    if (label) labels.push(label);
  }
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
 * A mark's bar and glyph, written now; where its label's texts go,
 * returned, if it has a label. A band reaching past the plot is drawn to `BLEED` beyond its edges.
 */
function mark(plot: Plot, m: MarkLayout, partY: number): LabelText | undefined {
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
    // In the cluster strip (no row had room for it), on the pills' line.
    const barY = m.row < 0 ? y + STRIP_BAR_TOP : y;
    const paint: Paint = kind === 'ongoing' ? 'fade' : kind === 'point' && (m.item.precision === 'year' || m.item.precision === 'month') ? 'hatch' : 'solid';
    w.rect(x0, barY, bw, BAR_HEIGHT, BAR_RADIUS, paint, colour, '', 0, 1, m.x0, m.x1);
    if (selected) {
      // The ring's stroke runs along the middle of the outline CSS draws RING_GAP off the bar.
      const out = RING_GAP + RING_WIDTH / 2;
      w.rect(x0 - out, barY - out, bw + 2 * out, BAR_HEIGHT + 2 * out, BAR_RADIUS + out, 'none', '', style.text, RING_WIDTH);
    }
  }
  // The glyph at the event's date: a point's instant, a band's start.
  w.glyph(look, colour, m.glyphX + (POINT_BOX - GLYPH_SIZE) / 2, y + LABEL_TOP + (LABEL_LINE - GLYPH_SIZE) / 2);
  if (m.labelWidth === 0) return undefined;
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
  const { titleX, dateX } = placeLabel(m, title.width, dateWidth, stacked);
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
