/**
 * Where to zoom to bring one event into view with its label showing. Pure.
 */
import { packVisible, type PackOptions } from './pack.js';
import type { PreparedTimeline } from './prepare.js';
import { baseScale, constrainTransform, DAY_MS, transformFor, windowOf, zoomLimits, type AxisTransform, type TimeWindow } from './scale.js';

/** Where the reader is: the window in view, the fitted window the zoom is relative to, the plot's width and the closest zoom. */
export interface RevealView {
  readonly current: TimeWindow;
  readonly fit: TimeWindow;
  readonly width: number;
  readonly minSpan: number;
}

/**
 * The transform that brings event `order` (its position in `timeline.events`) into view with its label: centred on it at the
 * current zoom if that labels it, else closer and closer (halving the span) until it is
 * labelled or the closest zoom is reached. A span longer than the view is shown whole.
 */
export function revealTransform(
  timeline: PreparedTimeline,
  order: number,
  view: RevealView,
  pack: Omit<PackOptions, 'width' | 'pinned'>,
): AxisTransform | undefined {
  const p = timeline.events[order];
  const { current, fit, width, minSpan } = view;
  if (!p || width <= 0) return undefined;
  const limits = zoomLimits(fit, minSpan, width);
  const duration = p.end - p.start;
  let span = Math.max(current.end - current.start, Math.min(duration * 1.5, fit.end - fit.start));
  if (duration > span * 0.9) span = duration / 0.8;
  const maxK = limits.scaleExtent[1];
  let t: AxisTransform | undefined;
  for (let i = 0; i < 40; i++) {
    const mid = duration > span * 0.5 ? p.start + duration / 2 : p.start + Math.min(duration, DAY_MS) / 2;
    t = constrainTransform(transformFor({ start: mid - span / 2, end: mid + span / 2 }, fit, width), limits, width);
    const x = baseScale(windowOf(t, fit, width), width);
    const packed = packVisible(timeline, x, x(fit.start), { ...pack, width });
    if (packed.marks.some((m) => m.item === p) || t.k >= maxK) return t;
    span /= 2;
  }
  return t;
}
