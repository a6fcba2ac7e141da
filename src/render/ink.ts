/**
 * The axis and marks drawn on a canvas while the reader zooms or pans with the wheel, a drag or a
 * pinch. Every notch labels other events (packing picks anew as the scale changes), and
 * building their buttons, then styling, laying out and painting them, was most of a step's
 * work. During such a gesture the buttons stay as they were, hidden, and this painter draws
 * what they would show; when the gesture ends the buttons are brought up to date and shown
 * again, so the DOM stays what keyboards, screen readers, hit-testing, `::part` styles and
 * forced colours use. It mirrors styles/plot.ts: keep the two in step.
 */
import type { EraBand } from '../layout/eras.js';
import type { ClusterLayout, MarkLayout, PackResult } from '../layout/pack.js';
import { densityAlpha, DENSITY_PX, LANE_STRIP, LANE_STRIP_INSET } from '../layout/lanes.js';
import { AXIS_HEIGHT, ERA_LINE, ERA_PAD, rowY, type RowGeometry } from '../layout/rows.js';
import { TICK_LABEL_OFFSET, type AxisTick } from '../layout/ticks.js';
import type { Words } from '../strings.js';
import type { CategoryLook, CategoryTable, Shape } from './glyphs.js';
import { shorten, type LabelMetrics } from './label-metrics.js';
import { GLYPH_SIZE, placeLabel, titleRoom } from './label-place.js';
import { readPlotColours } from './plot-colours.js';

/** What the marks are drawn with, besides their layout. */
export interface InkContext {
  /** Where the lanes end (the plot above its axis): nothing is drawn below it but the axis. */
  readonly clip: number | undefined;
  readonly looks: CategoryTable;
  readonly labels: LabelMetrics;
  readonly rows: RowGeometry;
  readonly stacked: boolean;
  readonly selected: string | null;
  readonly words: Words;
}

/** What to draw `y` pixels down: marks and clusters, or a collapsed lane's density strip. */
export interface InkPart {
  readonly y: number;
  readonly layout?: PackResult | undefined;
  readonly density?: Uint32Array | undefined;
}

/** The colours and font the plot's CSS resolves to, read once per gesture. */
interface InkStyle {
  readonly font: string;
  readonly text: string;
  readonly muted: string;
  readonly surface: string;
  readonly grid: string;
  /** Each category class's colour (`--_c`). */
  readonly colours: Map<string, string>;
  /** The open palette (`--_p0`…), which eras without a colour take in turn. */
  readonly palette: readonly string[];
}

/** Where a label's text is drawn. */
interface LabelText {
  readonly title: string;
  readonly titleX: number;
  readonly titleWidth: number;
  readonly middle: number;
  readonly date: string;
  readonly dateX: number;
  readonly dateWidth: number;
  readonly dateMiddle: number;
  readonly selected: boolean;
  readonly colour: string;
}


export class InkPainter {
  private context: CanvasRenderingContext2D | null = null;
  private style: InkStyle | undefined;
  private readonly paths = new Map<Shape, Path2D>();
  /** Titles cut to a width, by event id and width, as the label's ellipsis cuts them. */
  private readonly cuts = new Map<string, { text: string; width: number }>();
  /** Widths of dates, by size and text. */
  private readonly widths = new Map<string, number>();

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /**
   * Sizes the canvas to the plot (in device pixels) and reads the plot's colours and font:
   * called as a gesture starts, so that a page's theme is whatever it is at that moment.
   */
  begin(plot: HTMLElement, looks: CategoryTable): void {
    const width = plot.clientWidth;
    const height = plot.clientHeight;
    const ratio = Math.max(1, window.devicePixelRatio || 1);
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.setProperty('width', `${width}px`);
    this.canvas.style.setProperty('height', `${height}px`);
    this.context = this.canvas.getContext('2d');
    this.context?.setTransform(ratio, 0, 0, ratio, 0, 0);
    const { css, read, categories: colours, palette } = readPlotColours(plot, looks);
    if (this.style?.font !== css.fontFamily) {
      this.cuts.clear();
      this.widths.clear();
    }
    this.style = { font: css.fontFamily, text: css.color, muted: read('--_muted', css.color), surface: read('--_surface', 'transparent'), grid: read('--_grid', css.color), colours, palette };
  }

  /**
   * Draws the axis, then each part's clusters and marks (a lane's, `y` pixels down, or the
   * whole plot's at 0) or a collapsed lane's density strip, on a plot `height` pixels tall.
   */
  draw(parts: readonly InkPart[], ticks: readonly AxisTick[], height: number, eras: readonly EraBand[], ctx: InkContext): void {
    const g = this.context;
    const style = this.style;
    if (!g || !style) return;
    g.clearRect(0, 0, this.canvas.width, this.canvas.height);
    g.textBaseline = 'middle';
    g.textAlign = 'left';
    g.direction = 'ltr';
    if (eras.length > 0) this.eras(g, style, eras, height);
    this.axis(g, style, ticks, height);
    if (ctx.clip !== undefined) {
      g.save();
      g.beginPath();
      g.rect(0, 0, this.canvas.width, ctx.clip);
      g.clip();
    }
    for (const part of parts) {
      if (part.y > height || part.y < -height) continue;
      g.save();
      g.translate(0, part.y);
      if (part.layout) this.marks(g, style, part.layout, ctx);
      if (part.density) this.density(g, style, part.density);
      g.restore();
    }
    if (ctx.clip !== undefined) g.restore();
  }

  /** Eras' bands and titles, as render/eras.ts draws them (styles/eras.ts). */
  private eras(g: CanvasRenderingContext2D, s: InkStyle, eras: readonly EraBand[], height: number): void {
    const bottom = Math.max(0, height - AXIS_HEIGHT);
    for (const b of eras) {
      const colour = b.era.era.color ?? s.palette[b.era.index % s.palette.length] ?? s.muted;
      g.fillStyle = colour;
      g.globalAlpha = 0.09;
      g.fillRect(b.x0, 0, b.x1 - b.x0, bottom);
      g.globalAlpha = 0.45;
      g.fillRect(b.x0, 0, 1, bottom);
      if (!b.era.ongoing) g.fillRect(b.x1 - 1, 0, 1, bottom);
    }
    g.globalAlpha = 1;
    g.font = `600 11px ${s.font}`;
    g.fillStyle = s.muted;
    g.textBaseline = 'alphabetic';
    for (const b of eras) {
      const room = b.x1 - b.x0 - 12;
      if (room <= 0) continue;
      const title = this.cut(g, `era\u0000${b.era.era.title}`, b.era.era.title.toUpperCase(), room, `600 11px ${s.font}`);
      g.font = `600 11px ${s.font}`;
      // As `.era-label` sits: ERA_PAD above the axis, a line up per level; its baseline
      // about 3px above its box's bottom.
      g.fillText(title.text, b.x0 + 6, bottom - ERA_PAD - 3 - b.era.level * ERA_LINE);
    }
    g.textBaseline = 'middle';
  }

  /** A collapsed lane's strip: darker where more events start (render/lanes.ts draws it so too). */
  private density(g: CanvasRenderingContext2D, s: InkStyle, bins: Uint32Array): void {
    // The track, as `.density`'s background colour draws it.
    g.globalAlpha = 0.45;
    g.fillStyle = s.grid;
    g.fillRect(0, LANE_STRIP_INSET, bins.length * DENSITY_PX, LANE_STRIP - 2 * LANE_STRIP_INSET);
    g.fillStyle = s.muted;
    for (const [i, n] of bins.entries()) {
      if (n === 0) continue;
      g.globalAlpha = densityAlpha(n);
      g.fillRect(i * DENSITY_PX, LANE_STRIP_INSET, DENSITY_PX, LANE_STRIP - 2 * LANE_STRIP_INSET);
    }
    g.globalAlpha = 1;
  }

  private marks(g: CanvasRenderingContext2D, style: InkStyle, layout: PackResult, ctx: InkContext): void {
    // In passes, so that each font is set once: setting one is parsing it.
    if (layout.clusters.length > 0) {
      for (const c of layout.clusters) this.pill(g, style, c);
      g.font = `600 12px ${style.font}`;
      g.fillStyle = style.text;
      g.textAlign = 'center';
      for (const c of layout.clusters) g.fillText(ctx.words.number(c.count), (c.x0 + c.x1) / 2, 18);
      g.textAlign = 'left';
    }
    const labels = layout.marks.map((m) => this.mark(g, style, m, ctx));
    g.font = `500 13px ${style.font}`;
    g.fillStyle = style.text;
    for (const l of labels) g.fillText(l.title, l.titleX, l.middle);
    g.font = `400 ${ctx.stacked ? 12 : 13}px ${style.font}`;
    g.fillStyle = style.muted;
    for (const l of labels) g.fillText(l.date, l.dateX, l.dateMiddle);
    for (const l of labels) {
      if (!l.selected) continue;
      this.underline(g, l.colour, l.titleX, l.titleWidth, l.middle);
      this.underline(g, l.colour, l.dateX, l.dateWidth, l.dateMiddle);
    }
  }

  /** The axis as render/axis.ts draws it: gridlines, their labels and the baseline. */
  private axis(g: CanvasRenderingContext2D, s: InkStyle, ticks: readonly AxisTick[], height: number): void {
    const y = Math.max(0, height - AXIS_HEIGHT);
    const width = this.canvas.width;
    g.lineWidth = 1;
    for (const major of [false, true]) {
      g.beginPath();
      for (const t of ticks) {
        if (t.major !== major) continue;
        const x = Math.round(t.x) + 0.5;
        g.moveTo(x, 0);
        g.lineTo(x, y + 6);
      }
      g.strokeStyle = major ? s.muted : s.grid;
      g.globalAlpha = major ? 0.6 : 1;
      g.stroke();
    }
    g.globalAlpha = 1;
    g.beginPath();
    g.moveTo(0, Math.round(y) + 0.5);
    g.lineTo(width, Math.round(y) + 0.5);
    g.strokeStyle = s.muted;
    g.stroke();
    g.textBaseline = 'alphabetic';
    for (const major of [false, true]) {
      g.font = `${major ? 600 : 400} 12px ${s.font}`;
      g.fillStyle = major ? s.text : s.muted;
      for (const t of ticks) if (t.labelled && t.major === major) g.fillText(t.label, t.x + TICK_LABEL_OFFSET, y + 20);
    }
    g.textBaseline = 'middle';
  }

  private pill(g: CanvasRenderingContext2D, s: InkStyle, c: ClusterLayout): void {
    g.beginPath();
    g.roundRect(c.x0 + 0.75, 6.75, c.x1 - c.x0 - 1.5, 22.5, 11.25);
    g.fillStyle = s.surface;
    g.fill();
    g.lineWidth = 1.5;
    g.strokeStyle = s.muted;
    g.stroke();
  }

  /** Draws a mark's bar or glyph (and a band's label glyph); returns where its label's text goes. */
  private mark(g: CanvasRenderingContext2D, s: InkStyle, m: MarkLayout, ctx: InkContext): LabelText {
    const e = m.item.event;
    const look = ctx.looks.look(e.category);
    const colour = s.colours.get(look.className) ?? s.text;
    const y = rowY(ctx.rows, m.row);
    const selected = ctx.selected === e.id;
    if (m.band) {
      const width = m.x1 - m.x0;
      g.beginPath();
      g.roundRect(m.x0, y, width, 6, 3);
      if (m.item.kind === 'ongoing') {
        const fade = g.createLinearGradient(m.x0, 0, m.x1, 0);
        fade.addColorStop(0, colour);
        fade.addColorStop(0.7, colour);
        fade.addColorStop(1, 'transparent');
        g.fillStyle = fade;
        g.fill();
      } else if (m.item.kind === 'point' && (m.item.precision === 'year' || m.item.precision === 'month')) {
        // Hatched: a date known only to the month or year.
        g.save();
        g.clip();
        g.globalAlpha = 0.45;
        g.fillStyle = colour;
        g.fillRect(m.x0, y, width, 6);
        g.globalAlpha = 1;
        g.beginPath();
        for (let x = m.x0 - 6; x < m.x1 + 6; x += 9.9) {
          g.moveTo(x, y + 6);
          g.lineTo(x + 5.66, y + 6);
          g.lineTo(x + 11.66, y);
          g.lineTo(x + 6, y);
          g.closePath();
        }
        g.fill();
        g.restore();
      } else {
        g.fillStyle = colour;
        g.fill();
      }
      if (selected) {
        g.beginPath();
        g.roundRect(m.x0 - 2, y - 2, width + 4, 10, 5);
        g.lineWidth = 2;
        g.strokeStyle = s.text;
        g.stroke();
      }
    } else {
      this.glyph(g, look, colour, m.x0 + 1, y + 12);
    }
    // The label (label-place.ts says where its parts go).
    const top = y + 8;
    const middle = top + 10;
    // Where the DOM's line boxes put the text (compared in screenshots): a pixel below the
    // middle of a one-line label, half a pixel above it on a stacked label's first line.
    const textMiddle = ctx.stacked ? middle - 0.5 : middle + 1;
    const date = ctx.labels.shortDate(e);
    const dateWidth = this.width(g, `${ctx.stacked ? 12 : 13}|${date}`, `400 ${ctx.stacked ? 12 : 13}px ${s.font}`, date);
    const title = this.cut(g, e.id, shorten(e.title), titleRoom(m, dateWidth, ctx.stacked), `500 13px ${s.font}`);
    const { glyphX, titleX, dateX } = placeLabel(m, title.width, dateWidth, ctx.stacked);
    if (glyphX !== undefined) this.glyph(g, look, colour, glyphX, middle - GLYPH_SIZE / 2);
    return {
      title: title.text,
      titleX,
      titleWidth: title.width,
      middle: textMiddle,
      date,
      dateX,
      dateWidth,
      dateMiddle: ctx.stacked ? top + 29 : textMiddle,
      selected,
      colour,
    };
  }

  /** The underline of a selected label (2px, 3px under the text, in the category's colour). */
  private underline(g: CanvasRenderingContext2D, colour: string, x: number, width: number, middle: number): void {
    g.fillStyle = colour;
    g.fillRect(x, middle + 7, width, 2);
  }

  private glyph(g: CanvasRenderingContext2D, look: CategoryLook, colour: string, x: number, y: number): void {
    let path = this.paths.get(look.shape);
    if (!path) {
      path = new Path2D(look.shape.path);
      this.paths.set(look.shape, path);
    }
    g.save();
    g.translate(x, y);
    if (look.shape.hollow) {
      g.lineWidth = 2;
      g.strokeStyle = colour;
      g.stroke(path);
    } else {
      g.fillStyle = colour;
      g.fill(path);
    }
    g.restore();
  }

  /** The width of `text` in `font`, measured once per `key`. */
  private width(g: CanvasRenderingContext2D, key: string, font: string, text: string): number {
    let w = this.widths.get(key);
    if (w === undefined) {
      g.font = font;
      w = g.measureText(text).width;
      if (this.widths.size > 5000) this.widths.clear();
      this.widths.set(key, w);
    }
    return w;
  }

  /** `title` cut with an ellipsis to fit `width` pixels in `font`, as CSS cuts it, and its width. */
  private cut(g: CanvasRenderingContext2D, id: string, title: string, width: number, font: string): { text: string; width: number } {
    const key = `${id}\u0000${Math.floor(width)}`;
    let cut = this.cuts.get(key);
    if (cut !== undefined) return cut;
    g.font = font;
    const whole = g.measureText(title).width;
    if (whole <= width) {
      cut = { text: title, width: whole };
    } else {
      // The longest start of the title that fits with its ellipsis.
      let lo = 0;
      let hi = title.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (g.measureText(`${title.slice(0, mid)}…`).width <= width) lo = mid;
        else hi = mid - 1;
      }
      const text = lo > 0 ? `${title.slice(0, lo).trimEnd()}…` : '';
      cut = { text, width: g.measureText(text).width };
    }
    if (this.cuts.size > 5000) this.cuts.clear();
    this.cuts.set(key, cut);
    return cut;
  }
}
