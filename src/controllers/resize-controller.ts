/**
 * The plot's size, and the most it may be, from a ResizeObserver, while the host is connected.
 * What is observed is a probe, not the plot: the plot's height follows its rows, and a size
 * the element gives itself while handling a resize would loop the observer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the plot's width and room with a ResizeObserver and asks its host to update when
 * they change. Observes only while the host is connected.
 */
export class ResizeController implements ReactiveController {
  /** The plot's width. */
  width = 0;
  /**
   * The plot's height: `room` when the page fixes it, else what its rows need up to `room`
   * (the view sets it as it lays out, so the plot is drawn at its new height at once, and a
   * size the element gives itself is not observed back).
   */
  height = 0;
  /** The most the plot may be: the page's fixed height (`fixed`), or its maximum. 0 unknown. */
  room = 0;
  /** Whether the page fixes the plot's height (`--sahel-timeline-height`). */
  fixed = false;
  private readonly observer: ResizeObserver;
  private target: HTMLElement | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const box = entry.contentRect;
      const fixed = getComputedStyle(entry.target).getPropertyValue('--sahel-timeline-height').trim() !== '';
      if (box.width === this.width && box.height === this.room && fixed === this.fixed) return;
      this.width = box.width;
      this.room = box.height;
      this.fixed = fixed;
      this.host.requestUpdate();
    });
  }

  /**
   * Starts observing `probe`: an element as wide as the plot and as tall as the most it may
   * be, whose size does not follow the plot's height (the host calls this once rendered).
   */
  observe(probe: HTMLElement): void {
    if (this.target === probe) return;
    if (this.target) this.observer.unobserve(this.target);
    this.target = probe;
    this.observer.observe(probe);
  }

  hostConnected(): void {
    if (this.target) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
