/**
 * Printing: the window on screen, laid out for the paper. A browser lays a page out for print
 * without running its scripts (no ResizeObserver, no frame), so the view must be laid out for
 * the paper before: at `beforeprint`, at once; at `afterprint`, for the screen again. The view
 * keeps its window when its width changes, so the same window spans the paper; the print
 * styles (styles/print.ts) zoom the plot from this width to the one the paper gives it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlotRoom, ScreenRoom } from './resize-controller.js';

/**
 * The most the plot is laid out for on paper. No browser tells a page its paper before
 * printing: a portrait A4 page (794 × 1123 px at 96 dpi) within the browsers' default margins
 * (0.4 in in Chrome, 0.5 in in Firefox) and a page's own (8 px) holds about 680 px, Letter a
 * little more, and the print styles scale this width to the paper's true one. 640 px tall
 * leaves room for a heading and the legend on a portrait page, and fits a landscape one
 * (718 px high within its margins) at about the width it is laid out for.
 */
export const PAPER: PlotRoom = { width: 680, room: 640 };

/**
 * The size to lay the plot out for on paper: the paper's width, whatever the screen's (the
 * same window then takes the same room on any device); the rows the screen gives it, up to
 * what the paper holds. A height the page fixes for the screen (where lanes scroll) does not
 * hold on paper, which cannot scroll.
 */
export function paperRoom(screen: ScreenRoom): PlotRoom {
  const room = screen.fixed || screen.room <= 0 ? PAPER.room : Math.min(screen.room, PAPER.room);
  return { width: PAPER.width, room };
}

/** What printing is handed (timeline-behaviours.ts). */
export interface PrintInputs {
  /** The plot's size on screen. */
  screenRoom(): ScreenRoom;
  /** Lays the view out now for `paper`, or for the screen again (`undefined`). */
  layOutFor(paper: PlotRoom | undefined): void;
}

/** Lays the view out for the paper between `beforeprint` and `afterprint`, while connected. */
export class PrintController implements ReactiveController {
  private printing = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly inputs: PrintInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this);
    window.addEventListener('afterprint', this);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this);
    window.removeEventListener('afterprint', this);
    this.handleEvent();
  }

  /** `beforeprint`: the paper; `afterprint`, or removed while printing: the screen again. */
  handleEvent(event?: Event): void {
    const printing = event?.type === 'beforeprint';
    if (!printing && !this.printing) return;
    this.printing = printing;
    this.inputs.layOutFor(printing ? paperRoom(this.inputs.screenRoom()) : undefined);
  }
}
