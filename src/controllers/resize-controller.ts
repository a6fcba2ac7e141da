/**
 * The plot's size, from a ResizeObserver, while the host is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box size of an element with a ResizeObserver and asks its host to
 * update when it changes. Observes only while the host is connected.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private readonly observer: ResizeObserver;
  private target: Element | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || (box.width === this.width && box.height === this.height)) return;
      this.width = box.width;
      this.height = box.height;
      this.host.requestUpdate();
    });
  }

  /** Starts observing `el` (the host calls this once its template has rendered). */
  observe(el: Element): void {
    if (this.target === el) return;
    if (this.target) this.observer.unobserve(this.target);
    this.target = el;
    this.observer.observe(el);
  }

  hostConnected(): void {
    if (this.target) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
