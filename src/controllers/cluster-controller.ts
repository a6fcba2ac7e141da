/**
 * Clusters: activating one zooms in on the time it was drawn over; at the closest zoom,
 * where its events share a day and cannot be pulled apart, it lists them instead (the
 * cluster list, rendered by `render/cluster-list.ts`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { ClusterLayout } from '../layout/pack.js';
import type { TimeWindow } from '../layout/scale.js';
import type { ViewPort } from './host.js';

/** What a cluster's activation moves: the view, and the focus once its list closes. */
export interface ClusterInputs {
  port: ViewPort;
  /** Puts the focus on the plot (the list's button goes with it). */
  focusPlot: () => void;
}

/** A cluster whose events are listed. */
export interface ListedCluster {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

export class ClusterController {
  /** The cluster being listed, if any. */
  listed: ListedCluster | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: ClusterInputs,
  ) {}

  /** Zooms in on a cluster, or lists it when zooming cannot separate it. */
  activate(c: ClusterLayout): void {
    const view = this.inputs.port;
    const w = view.window();
    const span = w.end - w.start;
    const x = view.scale();
    // Where it was drawn: its events' time, as far as the pill covers it. A cluster also
    // counts long events that reach in from beyond the view, and must not zoom out to show
    // them whole.
    const drawnStart = x.invert(c.x0);
    const drawnEnd = x.invert(c.x1);
    let start = Math.max(c.start, drawnStart);
    let end = Math.min(c.end, drawnEnd);
    if (end <= start) [start, end] = [drawnStart, drawnEnd];
    const pad = Math.max((end - start) * 0.25, view.minSpan() / 2);
    let target: TimeWindow = { start: start - pad, end: end + pad };
    if (target.end - target.start > span / 2) {
      // Always closer than now: half the span, centred on the cluster.
      const mid = x.invert((c.x0 + c.x1) / 2);
      target = { start: mid - span / 4, end: mid + span / 4 };
    }
    if (view.zoomIn(target)) return;
    // Zoomed in as far as allowed and still crowded: list its events instead.
    this.listed = { start: c.start, end: c.end, count: c.count };
    this.host.requestUpdate();
  }

  /** Closes the list; its button goes with it, so the focus stays in the timeline. */
  close(): void {
    this.listed = undefined;
    this.host.requestUpdate();
    this.inputs.focusPlot();
  }
}
