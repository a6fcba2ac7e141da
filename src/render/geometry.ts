/**
 * The sizes and shares marks are drawn with, written once: the plot's CSS lays the buttons out
 * with them (styles/plot.ts, eras.ts, axis.ts), layout measures labels with them
 * (label-metrics.ts, label-place.ts), and the scene (build-scene.ts) draws the same shapes for the
 * gesture canvas and the pictures of the view. Shares are percentages, as CSS's `color-mix`
 * writes them. Pure.
 */

/** A bar's height and the radius of its corners (`.bar`). */
export const BAR_HEIGHT = 6;
export const BAR_RADIUS = 3;
/** An ongoing event's bar keeps its colour this far along, then fades out (`.bar.ongoing`). */
export const FADE_FROM = 70;
/**
 * A date known only to the month or year is hatched (`.bar.imprecise`): stripes of the colour
 * `HATCH_STRIPE` pixels wide every `HATCH_PERIOD` pixels, at 45°, over the colour at
 * `HATCH_FAINT` per cent.
 */
export const HATCH_STRIPE = 4;
export const HATCH_PERIOD = 7;
export const HATCH_FAINT = 45;
/** The selected bar's ring (its `outline`): how wide, and how far from the bar. */
export const RING_WIDTH = 2;
export const RING_GAP = 1;

/** A label's top under its row's, its line's height, and the gap between glyph, title and date (`.label`). */
export const LABEL_TOP = 8;
export const LABEL_LINE = 20;
export const LABEL_GAP = 4;
/** A label's title, and its date on the same line. */
export const TITLE_SIZE = 13;
export const TITLE_WEIGHT = 500;
export const DATE_SIZE = 13;
export const DATE_WEIGHT = 400;
/** A stacked label's date, on a line of its own (`.label.stacked .when`). */
export const STACKED_DATE_SIZE = 12;
export const STACKED_DATE_LINE = 16;
/** The selected label's underline: how thick, and how far under the text's baseline. */
export const UNDERLINE = 2;
export const UNDERLINE_OFFSET = 3;

/** A category glyph's box, and the stroke of a hollow one (`.glyph`). */
export const GLYPH_SIZE = 12;
export const GLYPH_STROKE = 2;
/** The box a point's glyph is centred in, at its instant (`.point`). */
export const POINT_BOX = 14;

/** A cluster pill: its top in the cluster lane, its height, its border, its count's size and weight (`.cluster`). */
export const PILL_TOP = 6;
export const PILL_HEIGHT = 24;
export const PILL_BORDER = 1.5;
export const PILL_TEXT_SIZE = 12;
export const PILL_TEXT_WEIGHT = 600;
/** The top of a bar drawn in the cluster strip (an event no row had room for): centred on the pills' line. */
export const STRIP_BAR_TOP = PILL_TOP + PILL_HEIGHT / 2 - BAR_HEIGHT / 2;

/** Eras' bands: the fill and the edges, shares of the era's colour (`.era`); their titles (`.era-label`). */
export const ERA_FILL = 9;
export const ERA_EDGE = 45;
export const ERA_TITLE_SIZE = 11;
export const ERA_TITLE_WEIGHT = 600;

/** The axis: major gridlines' share of the muted colour (`.grid line.major`), tick labels' size. */
export const MAJOR_GRID = 60;
export const TICK_SIZE = 12;

/** A collapsed lane's density track, a share of the grid's colour (`.density`). */
export const DENSITY_TRACK = 45;

/**
 * How far past the plot's edges a shape may reach when drawn: a band running on for years past
 * the view (deep time, a long event zoomed into) is drawn only this far out, its corners, ring
 * and hatching's edges off the plot.
 */
export const BLEED = 8;

/** The vertical plot's type sizes and line height, px (render/vertical.ts's CSS and render/vertical-scene.ts draw with them). */
export const V_TICK_SIZE = 11;
export const V_DATE_SIZE = 12;
export const V_LINE = 17;
/** A pill's width on the axis, px. */
export const V_PILL = 40;
/** A label's inline padding, px. */
export const V_LABEL_PAD = 4;
