/**
 * The wheel hint: a plain vertical wheel over the plot scrolls the page, and for a moment the
 * plot says how to zoom instead ("Hold Ctrl and scroll to zoom").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const HINT_MS = 1600;

export class HintController implements ReactiveController {
  /** Whether the hint is showing. */
  shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Shows the hint, or keeps it up a while longer. */
  show(): void {
    this.shown = true;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.shown = false;
      this.host.requestUpdate();
    }, HINT_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    if (!this.shown) return;
    this.shown = false;
    this.host.requestUpdate();
  }
}
