/**
 * What the element's behaviours share of it, and nothing more: its public properties with
 * LitElement's `requestUpdate`, `addController` and `dispatchEvent` (ElementHost). Whatever
 * else a behaviour needs, it is handed by the element (timeline-behaviours.ts) as values and
 * callbacks of its own host, declared in its own module; never another controller. The few
 * shapes several of them are handed are here, as plain values and functions.
 */
import type { TimelineProperties } from '../timeline-properties.js';
import type { TimeScale } from '../layout/chronology.js';
import type { TimeWindow } from '../layout/scale.js';

/** The element as every behaviour sees it: its public properties, and LitElement's members. */
export type ElementHost = TimelineProperties;

/** The view as the behaviours that read or move it see it (the view's `port`). */
export interface ViewPort {
  /** The plot's laid-out width; 0 while hidden or not yet laid out. */
  width(): number;
  /** The window in view. */
  window(): TimeWindow;
  /** Instants to plot pixels at the current zoom. */
  scale(): TimeScale;
  /** The narrowest window the view zooms in to. */
  minSpan(): number;
  /** Brings an event (by time-order position) into view with its label showing. */
  reveal(order: number, animate: boolean): void;
  /** Pans by `px` pixels (positive shows earlier times). */
  panBy(px: number): void;
  /** Zooms by `k` around `x` (the middle when unset). */
  scaleBy(k: number, x?: number): void;
  /** Glides to a window, or to the whole data. */
  glideTo(window: TimeWindow | 'fit'): void;
  /** Glides closer, to show `window`; false when the view cannot zoom in any closer. */
  zoomIn(window: TimeWindow): boolean;
}
