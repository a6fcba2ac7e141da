/**
 * Clusters: activating one zooms in on the time it was drawn over; at the closest zoom,
 * where its events share a day and cannot be pulled apart, it lists them instead (the
 * cluster list, rendered by `render/cluster-list.ts`).
 */
import type { ClusterLayout } from '../layout/pack.js';
import type { TimeWindow } from '../layout/scale.js';
import type { TimelineHost } from './timeline-host.js';

/** A cluster whose events are listed. */
export interface ListedCluster {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

export class ClusterController {
  /** The cluster being listed, if any. */
  listed: ListedCluster | undefined;

  constructor(private readonly host: TimelineHost) {}

  /** Zooms in on a cluster, or lists it when zooming cannot separate it. */
  activate(c: ClusterLayout): void {
    const view = this.host.view;
    const w = view.currentWindow();
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
    const pad = Math.max((end - start) * 0.25, view.minSpanMs() / 2);
    let target: TimeWindow = { start: start - pad, end: end + pad };
    if (target.end - target.start > span / 2) {
      // Always closer than now: half the span, centred on the cluster.
      const mid = x.invert((c.x0 + c.x1) / 2);
      target = { start: mid - span / 4, end: mid + span / 4 };
    }
    const t = view.transformFor(target);
    if (t.k <= view.zoom.transform.k * 1.001) {
      // Zoomed in as far as allowed and still crowded: list its events instead.
      this.listed = { start: c.start, end: c.end, count: c.count };
      this.host.requestUpdate();
      return;
    }
    view.zoom.transformTo(t);
  }

  /** Closes the list; its button goes with it, so the focus stays in the timeline. */
  close(): void {
    this.listed = undefined;
    this.host.requestUpdate();
    this.host.nav.focusPlot();
  }
}
