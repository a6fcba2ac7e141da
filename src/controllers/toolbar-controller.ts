/**
 * The toolbar as WAI-ARIA's toolbar pattern has it (RovingFocus: one tab stop, arrows, Home
 * and End), and the keys panel it opens and Esc closes.
 */
import type { ReactiveControllerHost } from 'lit';
import { RovingFocus } from './roving-focus.js';

export class ToolbarController extends RovingFocus {
  /** Whether the keys panel is open. */
  keysShown = false;

  constructor(private readonly toolbarHost: ReactiveControllerHost) {
    super(toolbarHost);
  }

  toggleKeys(): void {
    this.keysShown = !this.keysShown;
    this.toolbarHost.requestUpdate();
  }

  override onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') {
      super.onKeyDown(e);
      return;
    }
    if (!this.keysShown) return;
    this.keysShown = false;
    this.toolbarHost.requestUpdate();
  }
}
