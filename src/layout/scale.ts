/**
 * The view's window as numbers: the fitted window, zoom limits, and the transforms between
 * a window and d3-zoom's `k` and `x`. Pure.
 */
import { DAY_MS, timeScale, utcInstant, yearOf, type TimeScale } from './chronology.js';

export { DAY_MS };

/** The time window a reader sees, in UTC milliseconds. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** The `k` and `x` of a d3 zoom transform along the time axis. */
export interface AxisTransform {
  readonly k: number;
  readonly x: number;
}

/**
 * The window shown when the whole dataset fits: the data's extent with a margin each side,
 * and at least `minSpan` wide so a single event is not drawn across the whole width. With
 * no data, the year that `now` (UTC milliseconds) falls in. Data that ends before `now` gets
 * no margin reaching past `now`: deep time that ends today opens on today, not on 552 million
 * years from now.
 */
export function fitWindow(extent: readonly [number, number] | null, minSpan: number, now: number): TimeWindow {
  if (!extent) {
    const year = utcInstant(yearOf(now));
    return { start: year, end: year + 365 * DAY_MS };
  }
  const [a, b] = extent;
  const span = Math.max(b - a, minSpan * 4);
  const mid = (a + b) / 2;
  const pad = span * MARGIN;
  const end = mid + span / 2 + pad;
  return { start: mid - span / 2 - pad, end: b <= now ? Math.min(end, Math.max(now, b + minSpan)) : end };
}

/** The margin a window keeps past the data's first and last instants, as a share of its span. */
const MARGIN = 0.04;

/**
 * `window` moved, its span kept, so that it reaches no further than a margin past the data's
 * first and last instants (`extent`): where a reader is taken (an event of a deep link, a
 * search's matches) opens on events, not on empty years. A window wider than the data and its
 * margins is centred on the data.
 */
export function withinData(window: TimeWindow, extent: readonly [number, number] | null): TimeWindow {
  if (!extent) return window;
  const span = window.end - window.start;
  const margin = span * MARGIN;
  const lo = extent[0] - margin;
  const hi = extent[1] + margin;
  if (span >= hi - lo) {
    const mid = (extent[0] + extent[1]) / 2;
    return { start: mid - span / 2, end: mid + span / 2 };
  }
  const start = Math.min(Math.max(window.start, lo), hi - span);
  return start === window.start ? window : { start, end: start + span };
}

/** The scale at zoom 1: the fitted window across `[0, width]`. */
export function baseScale(fit: TimeWindow, width: number): TimeScale {
  return timeScale([fit.start, fit.end], [0, Math.max(1, width)]);
}

/** How far a reader may zoom and pan: from `minSpan` across to twice the fitted window. */
export function zoomLimits(fit: TimeWindow, minSpan: number, width: number) {
  const span = fit.end - fit.start;
  const w = Math.max(1, width);
  return {
    scaleExtent: [0.5, Math.max(1, span / minSpan)] as [number, number],
    // In base-scale pixels: the fitted window widened by half its width each side.
    translateExtent: [
      [-w / 2, 0],
      [w * 1.5, 0],
    ] as [[number, number], [number, number]],
  };
}

/** The transform that shows `window`, for a base scale over `fit` and this width. */
export function transformFor(window: TimeWindow, fit: TimeWindow, width: number): AxisTransform {
  const w = Math.max(1, width);
  const k = (fit.end - fit.start) / Math.max(1, window.end - window.start);
  const x0 = ((window.start - fit.start) / (fit.end - fit.start)) * w;
  return { k, x: -k * x0 };
}

/** The window a transform shows. */
export function windowOf(t: AxisTransform, fit: TimeWindow, width: number): TimeWindow {
  const w = Math.max(1, width);
  const msPerPx = (fit.end - fit.start) / w;
  const start = fit.start + (-t.x / t.k) * msPerPx;
  return { start, end: start + (w / t.k) * msPerPx };
}

/**
 * Brings a transform within the zoom and pan limits, as d3-zoom would: `k` clamped to the
 * scale extent, then `x` so that the view stays inside the translate extent.
 */
export function constrainTransform(t: AxisTransform, limits: ReturnType<typeof zoomLimits>, width: number): AxisTransform {
  const k = Math.min(limits.scaleExtent[1], Math.max(limits.scaleExtent[0], t.k));
  const [[lo], [hi]] = limits.translateExtent;
  const x = Math.min(-lo * k, Math.max(width - hi * k, t.x * (k / t.k)));
  return { k, x };
}
