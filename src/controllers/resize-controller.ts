/**
 * The plot's size, and the most it may be, from a ResizeObserver, while the host is connected.
 * What is observed is a probe, not the plot: the plot's height follows its rows, and a size
 * the element gives itself while handling a resize would loop the observer. While the page
 * prints, the paper's size stands in for it (print-controller.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A size to lay the plot out for: its width, and the most its height may be. */
export interface PlotRoom {
  readonly width: number;
  readonly room: number;
}

/** The plot's size on screen: its room, and whether the page fixes its height. */
export interface ScreenRoom extends PlotRoom {
  readonly fixed: boolean;
}

/**
 * Tracks the plot's width and room with a ResizeObserver and asks its host to update when
 * they change. Observes only while the host is connected.
 */
export class ResizeController implements ReactiveController {
  /** The plot's width (the paper's, while printing). */
  get width(): number {
    return this.paper?.width ?? this.observed.width;
  }
  /**
   * The plot's height: `room` when the page fixes it, else what its rows need up to `room`
   * (the view sets it as it lays out, so the plot is drawn at its new height at once, and a
   * size the element gives itself is not observed back).
   */
  height = 0;
  /** The most the plot may be: the page's fixed height (`fixed`), or its maximum. 0 unknown. */
  get room(): number {
    return this.paper?.room ?? this.observed.room;
  }
  /** Whether the page fixes the plot's height (`--sahel-timeline-height`); never on paper, where the plot shows whole. */
  get fixed(): boolean {
    return this.paper ? false : this.observed.fixed;
  }
  /** The plot's size on screen, as last observed. */
  get screen(): ScreenRoom {
    return this.observed;
  }
  /** While the page prints: the size to lay out for in place of the plot's on screen. */
  paper: PlotRoom | undefined;
  private observed: ScreenRoom = { width: 0, room: 0, fixed: false };
  private readonly observer: ResizeObserver;
  private target: HTMLElement | undefined;
  private frame: number | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const box = entry.contentRect;
      const fixed = getComputedStyle(entry.target).getPropertyValue('--sahel-timeline-height').trim() !== '';
      const { observed } = this;
      if (box.width === observed.width && box.height === observed.room && fixed === observed.fixed) return;
      const first = observed.width === 0;
      this.observed = { width: box.width, room: box.height, fixed };
      // The first size is drawn at once (the first view waits for it). A change is drawn at the
      // next frame, not within this one: a layout the update changes (print media in Firefox)
      // would notify again in the same frame, which browsers report as an error
      // ("ResizeObserver loop completed with undelivered notifications").
      if (first) this.host.requestUpdate();
      else
        this.frame ??= requestAnimationFrame(() => {
          this.frame = undefined;
          this.host.requestUpdate();
        });
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
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
