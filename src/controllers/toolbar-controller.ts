/**
 * The toolbar as WAI-ARIA's toolbar pattern has it (RovingFocus: one tab stop, arrows, Home
 * and End), and the keys panel it opens and Esc closes.
 */
import { RovingFocus } from './roving-focus.js';

export class ToolbarController extends RovingFocus {
  /** Whether the keys panel is open. */
  keysShown = false;

  toggleKeys(): void {
    this.keysShown = !this.keysShown;
    this.host.requestUpdate();
  }

  override onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') {
      super.onKeyDown(e);
      return;
    }
    if (!this.keysShown) return;
    this.keysShown = false;
    this.host.requestUpdate();
  }
}
