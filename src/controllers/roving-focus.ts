/**
 * One tab stop for a row of buttons, as WAI-ARIA's toolbar pattern has it: Tab lands on the
 * button last used, ←/→ move between them (mirrored on right-to-left pages) and Home/End go
 * to the first and last. For the toolbar and the legend.
 */
import type { ReactiveControllerHost } from 'lit';

export class RovingFocus {
  /** Index of the button Tab lands on. */
  active = 0;

  constructor(protected readonly host: ReactiveControllerHost) {}

  /**
   * The tabindex of the `i`th of `count` buttons. With fewer buttons than before (new data),
   * the tab stop stays on the last one there.
   */
  tabIndex(i: number, count = Infinity): '0' | '-1' {
    return Math.min(this.active, count - 1) === i ? '0' : '-1';
  }

  onFocusIn(e: FocusEvent): void {
    const i = rowButtons(e.currentTarget).indexOf(e.target as HTMLButtonElement);
    if (i >= 0 && i !== this.active) {
      this.active = i;
      this.host.requestUpdate();
    }
  }

  onKeyDown(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = rowButtons(e.currentTarget);
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

function rowButtons(row: EventTarget | null): HTMLButtonElement[] {
  return row instanceof Element ? [...row.querySelectorAll<HTMLButtonElement>(':scope > button')] : [];
}
