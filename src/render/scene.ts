/**
 * One scene of the plot for every painter: the view's layout (ticks, packed marks and clusters,
 * rows, lanes, eras' bands, density strips, the selection) with its colours and font resolved
 * and its texts measured once, as a list of shapes and texts in the plot's pixels. The gesture
 * canvas (ink.ts) and the pictures of the view (export.ts) paint it, on a canvas
 * (scene-canvas.ts) or as SVG (scene-svg.ts), and know nothing of layout; the buttons at rest
 * (marks.ts) are laid out from the same layout by CSS that reads the same sizes (geometry.ts).
 *
 * This module is what a scene is, and what it is built from; build-scene.ts builds one from a
 * view (pure: the colours, the font and a measure of text come in), with a SceneWriter
 * (scene-writer.ts) whose items are reused from one gesture step to the next.
 */
import type { TimelineEvent } from '../dataset/types.js';
import type { EraBand } from '../layout/eras.js';
import type { LanesLayout } from '../layout/lane-stack.js';
import type { PackResult } from '../layout/pack.js';
import type { RowGeometry } from '../layout/rows.js';
import type { AxisTick } from '../layout/ticks.js';
import type { VerticalResult } from '../layout/vertical.js';
import { HATCH_PERIOD, HATCH_STRIPE } from './geometry.js';
import type { CategoryTable } from './glyphs.js';

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
  /** Time down the plot (`orientation="vertical"`): its marks and clusters; `width` is then across and `height` along time. */
  readonly vertical?: VerticalResult | undefined;
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
