/**
 * d3-zoom's gestures on the plot: the zooming wheel, drag and pinch, and a double tap, for a
 * ZoomController. A chunk of its own with d3-zoom, d3-drag, d3-dispatch and d3-selection
 * (controllers/chunks.ts `zoomChunk`): the view has its zoom, and moves by keys, glides, swipes
 * and a wheel's pans, before it comes.
 */
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import { Zoom, type ZoomValue } from '../layout/zoom-transform.js';
import { DoubleTap, TAP_GAP_MS } from './double-tap.js';

/** What d3-zoom asks of its controller, and tells it. */
export interface GestureInputs {
  /** Whether a wheel event zooms; d3 leaves the others to the page and to the controller's pans. */
  wheelZooms(event: WheelEvent): boolean;
  /** How far a zooming wheel event zooms, as a power of 2. */
  wheelDelta(event: WheelEvent): number;
  /** A finger tapped twice (the pointer event lifting it the second time). */
  doubleTap(event: PointerEvent): void;
  /** A gesture starts; `source` is the reader's event, null for a method's move. */
  start(source: Event | null): void;
  /** The view moved to `transform`. */
  zoom(transform: ZoomValue, source: Event | null): void;
  /** A gesture ends. */
  end(): void;
}

/**
 * The viewport and how far the reader may zoom and pan, as d3-zoom's extents, with time along
 * x. `vertical`: time runs down the plot (`orientation="vertical"`): d3 is given the extents
 * with x and y swapped, and its transforms are read along y.
 */
export interface ZoomLimits {
  extent: [[number, number], [number, number]];
  scaleExtent: [number, number];
  translateExtent: [[number, number], [number, number]];
  vertical?: boolean;
}

type Extent = [[number, number], [number, number]];
const swapped = ([[x0, y0], [x1, y1]]: Extent): Extent => [[y0, x0], [y1, x1]];

/** d3-zoom on one element at a time. */
export interface ZoomGestures {
  /** Sets the viewport and the zoom and pan limits. */
  limits(limits: ZoomLimits): void;
  /** Listens on `el`, from the transform `t`. */
  listen(el: HTMLElement, t: ZoomValue): void;
  /** Stops listening on `el`. */
  unlisten(el: HTMLElement): void;
  /** Sets `el`'s transform to `t` quietly: no zoom event. */
  set(el: HTMLElement, t: ZoomValue): void;
  /** Moves `el`'s view to `t`: a zoom with no source event, within the reader's gesture if one is under way. */
  transform(el: HTMLElement, t: ZoomValue): void;
}

const TAP_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const;

export function zoomGestures(inputs: GestureInputs): ZoomGestures {
  const taps = new DoubleTap();
  let tapped = -Infinity;
  const onTap = (event: PointerEvent) => {
    if (!taps.feed(event)) return;
    tapped = event.timeStamp;
    inputs.doubleTap(event);
  };
  // The dblclick Chromium sends after two taps: taken already, so kept from the controller's
  // own listener (this one, capturing, comes first on the plot).
  const onEcho = (event: MouseEvent) => {
    if (event.timeStamp - tapped < TAP_GAP_MS) event.stopImmediatePropagation();
  };
  // The view's transforms are along time; d3's along y when time runs down the plot.
  let vertical = false;
  const toD3 = (t: ZoomValue): ZoomValue => (vertical ? new Zoom(t.k, 0, t.x) : t);
  const fromD3 = (t: ZoomValue): ZoomValue => (vertical ? new Zoom(t.k, t.y, 0) : t);
  const behavior = zoom<HTMLElement, unknown>()
    // Always listen for touches: d3's default looks at navigator.maxTouchPoints when it
    // attaches, which some hybrid devices (and emulated touch) report as 0 at that time.
    .touchable(() => true)
    .filter((event: Event) => {
      if (event instanceof WheelEvent) return inputs.wheelZooms(event);
      // One finger belongs to the page (vertical scroll) and to the controller's horizontal
      // pan; d3 takes over once two fingers are down, to pinch (and, vertical, to pan).
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
      // d3's default: no secondary buttons, no ctrl-click (a context menu on macOS).
      const e = event as MouseEvent;
      return !e.ctrlKey && !e.button;
    })
    .wheelDelta((event: WheelEvent) => inputs.wheelDelta(event))
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => { inputs.start(event.sourceEvent as Event | null); })
    .on('end', () => { inputs.end(); })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => { inputs.zoom(fromD3(event.transform), event.sourceEvent as Event | null); });
  return {
    limits(limits) {
      vertical = limits.vertical === true;
      const { extent, scaleExtent, translateExtent } = limits;
      behavior.extent(vertical ? swapped(extent) : extent).scaleExtent(scaleExtent).translateExtent(vertical ? swapped(translateExtent) : translateExtent);
    },
    listen(el, t) {
      // The controller double-clicks on its own (a glide, not d3's transition); d3's double
      // tap never sees one finger (the filter above), so taps are read here.
      select(el).property('__zoom', toD3(t)).call(behavior).on('dblclick.zoom', null);
      for (const type of TAP_EVENTS) el.addEventListener(type, onTap);
      el.addEventListener('dblclick', onEcho, true);
    },
    unlisten(el) {
      select(el).on('.zoom', null);
      for (const type of TAP_EVENTS) el.removeEventListener(type, onTap);
      el.removeEventListener('dblclick', onEcho, true);
    },
    set(el, t) {
      select(el).property('__zoom', toD3(t));
    },
    transform(el, t) {
      behavior.transform(select(el), toD3(t));
    },
  };
}
