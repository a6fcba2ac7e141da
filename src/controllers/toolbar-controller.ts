/**
 * The toolbar as WAI-ARIA's toolbar pattern has it: one tab stop (the button last used),
 * ←/→ between its buttons (mirrored on right-to-left pages), Home/End to the first and last,
 * and the keys panel it opens and Esc closes.
 */
import type { ReactiveControllerHost } from 'lit';

export class ToolbarController {
  /** Index of the button Tab lands on. */
  active = 0;
  /** Whether the keys panel is open. */
  keysShown = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  toggleKeys(): void {
    this.keysShown = !this.keysShown;
    this.host.requestUpdate();
  }

  onFocusIn(e: FocusEvent): void {
    const buttons = toolbarButtons(e.currentTarget);
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    if (i >= 0 && i !== this.active) {
      this.active = i;
      this.host.requestUpdate();
    }
  }

  onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      if (!this.keysShown) return;
      this.keysShown = false;
      this.host.requestUpdate();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = toolbarButtons(e.currentTarget);
    const from = buttons.indexOf(e.target as HTMLButtonElement);
    if (from < 0) return;
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const n = buttons.length;
    let to: number;
    if (e.key === forward) to = (from + 1) % n;
    else if (e.key === back) to = (from - 1 + n) % n;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = n - 1;
    else return;
    e.preventDefault();
    this.active = to;
    // Move the tab stop at once, so the focus never rests on a button that is out of the tab order.
    for (const [i, b] of buttons.entries()) b.tabIndex = i === to ? 0 : -1;
    buttons[to]?.focus();
    this.host.requestUpdate();
  }
}

function toolbarButtons(toolbar: EventTarget | null): HTMLButtonElement[] {
  return toolbar instanceof Element ? [...toolbar.querySelectorAll<HTMLButtonElement>(':scope > button')] : [];
}
