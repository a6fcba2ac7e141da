/**
 * `sahel-range-change`: the window in view, told at most once a frame and only when it moved
 * (not for the window the page opened on). Part of the view (ViewController).
 */
import type { ReactiveController } from 'lit';
import { TimelineEvents, timelineEvent } from '../events.js';
import type { TimeWindow } from '../layout/scale.js';
import type { ViewHost } from './view-inputs.js';

export class RangeChangeController implements ReactiveController {
  private frame = 0;
  private last = '';

  /** `window` is the window in view, or undefined while not laid out; `onMoved` follows each change told. */
  constructor(
    private readonly host: ViewHost,
    private readonly window: () => TimeWindow | undefined,
    private readonly onMoved: () => void,
  ) {
    host.addController(this);
  }

  /** Tells the window in view at the next frame, if it moved. */
  schedule(): void {
    if (this.frame || !this.window()) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const w = this.window();
      if (!this.host.isConnected || !w) return;
      const key = `${Math.round(w.start)}|${Math.round(w.end)}`;
      if (key === this.last) return;
      // The first window is the one the page opened on: nothing to announce.
      const first = this.last === '';
      this.last = key;
      const detail = { start: new Date(w.start), end: new Date(w.end), startTime: w.start, endTime: w.end };
      this.host.dispatchEvent(timelineEvent(TimelineEvents.rangeChange, detail));
      if (!first) this.onMoved();
    });
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
