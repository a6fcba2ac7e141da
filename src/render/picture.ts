/**
 * A picture of the view, what `toSVG()` and `toPNG()` draw: the plot's scene (scene.ts, the one
 * the gesture canvas paints) under the timeline's heading and range, with what the page shows
 * around the plot as DOM: the lanes' names, the legend and the source line. Pure: a scene too,
 * written as SVG (scene-svg.ts) or painted on a canvas (scene-canvas.ts).
 */
import { GLYPH_SIZE, LABEL_GAP } from './geometry.js';
import type { CategoryLook } from './glyphs.js';
import type { Scene, SceneStyle, TextMeasure } from './scene.js';
import { SceneWriter } from './scene-writer.js';

/** What a picture shows around the plot. */
export interface PictureFrame {
  /** The plot's size. */
  readonly width: number;
  readonly plotHeight: number;
  /** The heading: the timeline's title, or its accessible name. */
  readonly title: string;
  /** The window in view, in words ("1 Mar – 1 Apr 2020"); '' when there is none. */
  readonly range: string;
  /** Set while there is nothing to draw: what the plot says instead ("Loading events…"). */
  readonly message?: string | undefined;
  /** With lanes, the names of those in view at their headers' tops (from the plot's), shown down to `viewport`. */
  readonly lanes?: { readonly names: readonly LaneName[]; readonly viewport: number } | undefined;
  /** The legend: the categories shown. */
  readonly legend: readonly CategoryLook[];
  /** The source line ("Source: …"); '' for none. */
  readonly source: string;
}

export interface LaneName {
  readonly name: string;
  readonly y: number;
}

export interface Picture {
  readonly scene: Scene;
  /** What the picture shows, in a sentence (the SVG's `<title>`). */
  readonly title: string;
}

const PAD = 16;
const HEADING_SIZE = 18;
const LEGEND_LINE = 20;
const SOURCE_SIZE = 11;
const SOURCE_LINE = 15;

/**
 * The picture: its background, the heading and range, then the plot's scene (or the message
 * that stands for it) clipped to the plot, the lanes' names, the legend in rows as wide as the
 * picture and the source line, in a picture as wide as the plot.
 */
export function buildPicture(frame: PictureFrame, plot: Scene | undefined, style: SceneStyle, measure: TextMeasure): Picture {
  const width = Math.max(200, Math.round(frame.width));
  const height = Math.max(120, Math.round(frame.plotHeight));
  const w = new SceneWriter();
  w.begin(width, 0, style.font, measure);
  // First where everything goes, for the picture's height; then what goes there.
  const heading = w.cut(frame.title, width - 2 * PAD, HEADING_SIZE, 600).text;
  const top = PAD + HEADING_SIZE + 8 + (frame.range !== '' ? 20 : 0);
  const legend = frame.message === undefined ? legendPlaces(frame.legend, width, measure) : [];
  const legendTop = top + height + 10;
  const sourceTop = (legend.length > 0 ? legendTop + ((legend.at(-1)?.row ?? 0) + 1) * LEGEND_LINE : top + height) + 6;
  const source = frame.source === '' ? [] : wrap(frame.source, width - 2 * PAD, w, measure).slice(0, 4);
  const bottom = source.length > 0 ? sourceTop + source.length * SOURCE_LINE : legend.length > 0 ? sourceTop - 6 : top + height;
  const total = Math.ceil(bottom + PAD);
  w.begin(width, total, style.font, measure);
  w.box(0, 0, width, total, style.background);
  w.text(PAD, PAD + HEADING_SIZE - 4, heading, HEADING_SIZE, 600, style.text, 'heading');
  if (frame.range !== '') w.text(PAD, PAD + HEADING_SIZE + 18, frame.range, 13, 400, style.muted, 'range');
  if (frame.message !== undefined || !plot) {
    w.box(0, top, width, height, style.surface);
    w.text(width / 2, top + height / 2 + 5, frame.message ?? '', 15, 400, style.muted, 'message', 'middle');
  } else {
    w.group(0, top, width, height);
    w.append(plot.items);
    w.end();
    // The lanes' headers are the page's, over the plot: their names, where they are.
    if (frame.lanes) {
      w.group(0, top, width, frame.lanes.viewport);
      for (const lane of frame.lanes.names) w.text(PAD / 2, lane.y + 14, lane.name, 12, 600, style.muted, 'lane');
      w.end();
    }
  }
  for (const { look, x, row } of legend) {
    const y = legendTop + row * LEGEND_LINE;
    w.glyph(look, style.categories.get(look.className) ?? style.text, x, y + 3);
    w.text(x + GLYPH_SIZE + LABEL_GAP, y + 13, look.label, 13, 400, style.text, 'legend');
  }
  for (const [i, line] of source.entries()) w.text(PAD, sourceTop + (i + 1) * SOURCE_LINE - 4, line, SOURCE_SIZE, 400, style.muted, 'source');
  return { scene: w.written, title: frame.range === '' ? frame.title : `${frame.title}, ${frame.range}` };
}

/** The legend's entries in rows as wide as the picture: each one's left and row. */
function legendPlaces(looks: readonly CategoryLook[], width: number, measure: TextMeasure): { look: CategoryLook; x: number; row: number }[] {
  const places: { look: CategoryLook; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const look of looks) {
    const room = GLYPH_SIZE + LABEL_GAP + measure.width(look.label, 13, 400);
    if (x > PAD && x + room > width - PAD) {
      x = PAD;
      row++;
    }
    places.push({ look, x, row });
    x += room + 16;
  }
  return places;
}

/** `text` in lines of at most `width` pixels, broken between words (a word too long cut with an ellipsis). */
function wrap(text: string, width: number, w: SceneWriter, measure: TextMeasure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure.width(next, SOURCE_SIZE, 400) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => w.cut(l, width, SOURCE_SIZE, 400).text);
}
