/**
 * What the view (ViewController) is handed: the element's language and words besides its
 * properties (ViewHost), and the values and callbacks it reads from the other behaviours
 * (ViewOptions), the lanes among them (ViewLanes).
 */
import type { EraBand, MeasureTitle } from '../layout/eras.js';
import type { EventSource, ShownRequest } from '../layout/event-source.js';
import type { packLanes } from '../layout/lane-stack.js';
import type { ShownLane } from '../layout/lanes.js';
import type { laneStep } from '../layout/lanes-shown.js';
import type { ViewScale } from '../layout/pack.js';
import type { PreparedEvent, PreparedTimeline } from '../layout/prepare.js';
import type { packVertical } from '../layout/vertical.js';
import type { CategoryTable } from '../render/glyphs.js';
import type { Words } from '../strings.js';
import type { ElementHost } from './host.js';

/** What the view reads of the element besides its properties. */
export interface ViewHost extends ElementHost {
  /** The element's language (ticks, labels). */
  readonly language: string | undefined;
  readonly words: Words;
}

/** The lanes, when the events are grouped. */
export interface ViewLanes {
  readonly list: readonly ShownLane[];
  /** The lane the roving focus is in. */
  readonly active: number;
  /** The lanes chunk's packing, once it has come (until then the plot stays empty). */
  readonly pack: typeof packLanes | undefined;
  /** Where the arrow keys go in lanes (the lanes chunk's). */
  readonly step?: typeof laneStep | undefined;
  /** Where a collapsed lane's density is read, and what the filters ask of it. */
  readonly source: EventSource;
  readonly request: ShownRequest;
}

export interface ViewOptions {
  /** The events shown. */
  prepared: () => PreparedTimeline;
  /** Their categories' looks, which the canvas draws with. */
  looks: () => CategoryTable;
  /** Whether this update shows the same events in another language: labels are measured anew. */
  relocalized: () => boolean;
  /** Whether this update shows the reader's edit (`editable`): the window stays, and labels are measured anew. */
  edited: () => boolean;
  /** The window the data opens on when no `start` and `end` say (the built-in story's), as partial dates. */
  opening: () => { readonly start: string; readonly end: string } | undefined;
  /** The eras' bands in view, their titles placed with widths from `measure`. */
  eraBands: (x: ViewScale, width: number, measure: MeasureTitle) => EraBand[];
  /** How many lines the eras' titles take above the axis. */
  eraLines: () => number;
  /** The lanes, when the events are grouped. */
  lanes: () => ViewLanes | undefined;
  /** The vertical layout's packing, once its chunk has come, while time runs down the plot. */
  verticalPack: () => typeof packVertical | undefined;
  /** The selected and the focused event: always labelled when in view. */
  pinned: () => readonly PreparedEvent[];
  /** The time-order position of the event holding the roving focus. */
  activeOrder: () => number;
  /** A plain vertical wheel was left to scroll the page. */
  onScrollPassThrough: () => void;
  /** The window changed after the first one (a zoom, a pan, a glide). */
  onRangeChange: () => void;
  /**
   * Whether a gesture starting now may draw its marks on the canvas: not when an event or
   * cluster has the focus (its button must follow it) nor under forced colours.
   */
  mayInk: () => boolean;
  /** The toolbar's range in words, drawn on its canvas at each step of a gesture. */
  rangeText: () => string;
}
