/**
 * From a page's events to what is drawn, stage by stage. Each stage is a pure function of
 * plain values; the element's `willUpdate` runs them in this order through the controllers
 * that keep their state (and decide when a stage must run again):
 *
 *   1. intake            what the page gave → valid events and issues   (DataController)
 *   2. language          → the events in the reader's language, prepared, their categories named
 *   3. filters, search   → the events shown                             (FilterController)
 *   4. lanes, eras       → each lane's events shown; the eras timed     (LaneController, EraController)
 *   5. window            → the window in view and its scale             (ViewController)
 *   6. layout            → ticks, era bands, marks and clusters, lanes  (ViewController)
 *   7. scene             → painted: the seam where the layout goes to painters (ViewLayout)
 *
 * A test can run the stages one after another and stop at any (test/pipeline.test.ts).
 * Lanes and eras are chunks loaded on demand: their stages live in them (layout/lanes.ts,
 * layout/eras.ts) and are named here, and the layout takes the lanes' packing as a value.
 */
import type { CategoryDefinition } from './dataset/types.js';
import { runSteps } from './dataset/steps.js';
import { validateEventsInSteps, type ReadResult } from './dataset/validate.js';
import { rescale, type CalendarWords, type TimeScale } from './layout/chronology.js';
import type { EraBand } from './layout/eras.js';
import type { LanesLayout, LanesView } from './layout/lane-stack.js';
import type { ShownLane } from './layout/lanes.js';
import { packVisible, type PackOptions, type PackResult, type ViewScale } from './layout/pack.js';
import type { packVertical, VerticalResult } from './layout/vertical.js';
import { prepareTimeline, type PreparedEvent, type PreparedTimeline } from './layout/prepare.js';
import type { RowGeometry } from './layout/rows.js';
import { baseScale, windowOf, type AxisTransform, type TimeWindow } from './layout/scale.js';
import { ALL_TIME, type EventSource, type ShownRequest } from './layout/event-source.js';
import type { Filtered } from './layout/subset.js';
import { axisTicks, type AxisTick } from './layout/ticks.js';
import { categoryTable, type CategoryTable } from './render/glyphs.js';
import type { TimelineStrings } from './strings.js';

// 1. Intake ---------------------------------------------------------------------------------

/** The events as given, checked: the valid ones (each kept, its bad fields reported), the issues, and what was read of them. */
export type Intake = ReadResult;

/**
 * Checks what a page gave as `events` (anything: a script may hand over null or an object).
 * A file `src` names and a list of 200,000 events or more go through the same checks in
 * steps (SourceController, controllers/slices.ts).
 */
export function intake(given: unknown): Intake {
  return runSteps(validateEventsInSteps(given));
}

// 2. Language -------------------------------------------------------------------------------

/**
 * `inLanguage(events, language)`: the events in the reader's language, each with its
 * `translations` for it applied (the same list when none apply).
 */
export { localize as inLanguage } from './dataset/localize.js';

/**
 * `prepare(events, ahead)`: the events made ready for layout, instants parsed once (`ahead`,
 * what intake read of the same list, saves reading them again), in time order, with window
 * queries (layout/prepare.ts).
 */
export { prepareTimeline as prepare } from './layout/prepare.js';

/** The categories present, named and coloured (the page's `categories` over the built-in ones), and how many events each has. */
export interface Categories {
  readonly looks: CategoryTable;
  readonly counts: ReadonlyMap<string, number>;
}

/** The {@link Categories} of events that name each category as `tally` counts them (written as the events write them). */
export function nameCategories(tally: ReadonlyMap<string | undefined, number>, given: readonly CategoryDefinition[], strings: TimelineStrings): Categories {
  const looks = categoryTable(tally.keys(), given, strings);
  const counts = new Map<string, number>();
  for (const [category, n] of tally) {
    const id = looks.look(category).id;
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + n);
  }
  return { looks, counts };
}

// 3. Filters and search ---------------------------------------------------------------------

export { filterEvents, type FilterSpec, type Filtered } from './layout/subset.js';
export type { EventAnswer, EventRequest, EventSource, ShownRequest } from './layout/event-source.js';

export { ALL_TIME } from './layout/event-source.js';

/**
 * The events the legend, the page's `filter` and the search leave, anywhere in time, read
 * from the events' source (layout/event-source.ts), with how many of each category the search
 * and `filter` leave (unset when they leave every event).
 */
export function showEvents(source: EventSource, request: ShownRequest): Filtered {
  const answer = source.read({ ...request, window: ALL_TIME, width: 0 });
  return answer.kind === 'events' ? { shown: answer.events, counts: answer.counts } : { shown: prepareTimeline([]), counts: undefined };
}

// 4. Lanes and eras -------------------------------------------------------------------------

/**
 * `lanesShown(source, request, grouped, collapsed)`: the lanes as shown, each holding those of
 * its events the filters leave, read from the source (layout/lanes.ts; in the lanes chunk).
 */
export { lanesShown } from './layout/lanes-shown.js';

/**
 * `timeEras(given, language, dataEnd)`: eras as given, checked (problems reported as issues),
 * shown in the reader's language and timed against the data's end (layout/eras.ts; in the
 * eras chunk).
 */
export { timeEras } from './layout/eras.js';

// 5. Window ---------------------------------------------------------------------------------

/** The window in view, and time to plot pixels there. */
export interface ViewWindow {
  readonly window: TimeWindow;
  readonly x: TimeScale;
  /** The pixel position of the fitted window's start: columns of clusters move with the data when panning. */
  readonly origin: number;
}

/** The window the zoom `transform` shows of the `fitted` window on a plot `width` pixels wide. */
export function viewWindow(fitted: TimeWindow, transform: AxisTransform, width: number): ViewWindow {
  // As d3's transform.invertX does it.
  const x = rescale(baseScale(fitted, width), { invertX: (px) => (px - transform.x) / transform.k });
  return { window: windowOf(transform, fitted, width || 1), x, origin: x(fitted.start) };
}

// 6. Layout ---------------------------------------------------------------------------------

/** What the view is laid out with, besides the window. */
export interface LayoutInput {
  /** The events shown (stage 3). */
  readonly shown: PreparedTimeline;
  readonly width: number;
  readonly rows: RowGeometry;
  /** How wide labels are as drawn (render/label-metrics.ts), and their limits at this width. */
  readonly labels: Pick<PackOptions, 'labelWidth' | 'minLabelWidth' | 'maxLabelWidth' | 'fullLabelWidth' | 'labelCrowded'>;
  /** The selected and the focused event: labelled whenever in view. */
  readonly pinned: readonly PreparedEvent[];
  /** The axis's words, and how wide a tick's label is. */
  readonly axis: { readonly language: string | undefined; readonly words: CalendarWords; readonly labelWidth: (label: string, major: boolean) => number };
  /** The bands of the eras in view (stage 4's eras, placed by the eras chunk). */
  readonly eras: (x: ViewScale, width: number) => EraBand[];
  /**
   * Set when time runs down the plot (`orientation="vertical"`; `width` is then its length):
   * a label's height, whether labels take both sides of the axis, and the vertical chunk's
   * packing (unset until it has come: the plot stays empty meanwhile). Lanes are not drawn so.
   */
  readonly vertical?: { readonly labelHeight: number; readonly sides: 1 | 2; readonly pack: typeof packVertical | undefined } | undefined;
  /**
   * The lanes, when the events are grouped: `pack` is the lanes chunk's, unset until it has
   * come (the plot stays empty meanwhile); a collapsed lane's density is read from `source`.
   */
  readonly lanes?: {
    readonly list: readonly ShownLane[];
    readonly pack: ((lanes: readonly ShownLane[], view: LanesView) => LanesLayout) | undefined;
    readonly view: Pick<LanesView, 'viewport' | 'scrollTop' | 'clusterStrip' | 'laneRows'>;
    readonly source: EventSource;
    readonly request: ShownRequest;
  } | undefined;
}

/**
 * The view laid out, and stage 7, the scene: the seam where the layout is handed to
 * painters. The DOM's buttons (render/timeline.ts with render/marks.ts and render/lanes.ts),
 * the canvas a gesture's steps are drawn on (render/ink.ts, from ViewController) and the
 * pictures (render/export.ts) each paint it, with the rows, the looks and the words; one
 * scene that they all paint is for the painters' side to make, from this. With lanes,
 * `marks` is empty and `lanes` holds each lane's.
 */
export interface ViewLayout {
  readonly ticks: AxisTick[];
  /** Set while the axis waits for d3-time's chunk (month to minute ticks): lay out again when it comes. */
  readonly waiting?: Promise<unknown> | undefined;
  readonly eras: EraBand[];
  readonly marks: PackResult;
  readonly lanes: LanesLayout | undefined;
  /** Time down the plot: its marks and clusters (`marks` is then empty). */
  readonly vertical?: VerticalResult | undefined;
}

const NO_MARKS: PackResult = { marks: [], clusters: [] };

/** Lays out what is in view: the axis's ticks, the eras' bands, and the marks and clusters (of each lane in view, with lanes). */
export function layOutView(view: ViewWindow, input: LayoutInput): ViewLayout {
  const { x, origin } = view;
  const { width, labels, pinned } = input;
  // Down the plot, a tick's label takes a line's height along time, whatever its width.
  const axis = input.vertical
    ? axisTicks(x, input.axis.language, 64, () => 22, input.axis.words)
    : axisTicks(x, input.axis.language, undefined, input.axis.labelWidth, input.axis.words);
  const eras = input.eras(x, width);
  const lanes = input.lanes;
  if (input.vertical) {
    const { pack, ...sizes } = input.vertical;
    const vertical = pack?.(input.shown, x, { length: width, ...sizes, pinned: pinned.map((p) => p.order) });
    return { ticks: axis.ticks, waiting: axis.waiting, eras, marks: NO_MARKS, lanes: undefined, vertical };
  }
  if (lanes) {
    const { source, request } = lanes;
    const read = { source, request, window: view.window };
    const laid = lanes.pack?.(lanes.list, { ...lanes.view, x, origin, rows: input.rows, pack: { ...labels, width }, pinned, read });
    return { ticks: axis.ticks, waiting: axis.waiting, eras, marks: NO_MARKS, lanes: laid };
  }
  const marks = packVisible(input.shown, x, origin, { rows: input.rows.rows, ...labels, width, pinned });
  return { ticks: axis.ticks, waiting: axis.waiting, eras, marks, lanes: undefined };
}
