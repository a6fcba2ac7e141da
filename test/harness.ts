/**
 * Reaches the parts of a <sahel-timeline> by what they mean to a reader (an event's mark and
 * label, a cluster, a toolbar button), the way Material Web's component harnesses do, so that
 * tests outlive the renderer: a faster renderer changes this file, not the tests.
 */
import type { SahelTimeline } from '../src/timeline-element.js';

/** An event as drawn on the plot. */
export interface MarkView {
  readonly id: string;
  /** The focusable control standing for the event. */
  readonly element: HTMLElement;
  /** The visible title, as cut to fit (an ellipsis when cut). */
  readonly title: string;
  /** The visible date. */
  readonly date: string;
  /** The accessible name a screen reader reads. */
  readonly name: string;
  /** The glyph of a point, or the band or bar of a span, in viewport pixels. */
  readonly markBox: DOMRect;
  /** The label (glyph, title and date), in viewport pixels. */
  readonly labelBox: DOMRect;
  /** Whether the event is selected. */
  readonly selected: boolean;
}

/** A cluster standing for events too dense to label. */
export interface ClusterView {
  readonly element: HTMLButtonElement;
  readonly count: number;
  readonly name: string;
  readonly box: DOMRect;
}

/** The accessible name of an element: aria-label, else aria-labelledby, else its text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (ids) return ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  return el.textContent.replace(/\s+/g, ' ').trim();
}

export class TimelineHarness {
  constructor(readonly el: SahelTimeline) {}

  private get root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error('the timeline has no shadow root');
    return root;
  }

  /** The zoomable area. */
  plot(): HTMLElement {
    const p = this.root.querySelector<HTMLElement>('[part~="plot"]');
    if (!p) throw new Error('no plot');
    return p;
  }

  /** Every event drawn on the plot, left to right as the renderer lists them. */
  marks(): MarkView[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="plot"] [data-id]')].map((e) => this.view(e));
  }

  /** The drawn event with this id, if it is drawn. */
  mark(id: string): MarkView | undefined {
    const e = this.root.querySelector<HTMLElement>(`[part~="plot"] [data-id="${CSS.escape(id)}"]`);
    return e ? this.view(e) : undefined;
  }

  /** Every cluster on the plot. */
  clusters(): ClusterView[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="cluster"]')].map((c) => ({
      element: c,
      count: Number(c.textContent.replace(/\D/g, '')),
      name: accessibleName(c),
      box: c.getBoundingClientRect(),
    }));
  }

  /** The toolbar button with this accessible name. */
  button(name: string): HTMLButtonElement {
    const b = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find((x) => accessibleName(x) === name);
    if (!b) throw new Error(`no toolbar button named "${name}"`);
    return b;
  }

  /** The toolbar's buttons, in order. */
  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')];
  }

  /** The id of the event that has the focus, if one has. */
  focusedId(): string | null {
    const active = this.root.activeElement as HTMLElement | null;
    return active?.closest<HTMLElement>('[data-id]')?.dataset.id ?? null;
  }

  /** A part of the interface by its part name (`details`, `notice`, `legend`, `cluster-list`…), if shown. */
  part(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  private view(e: HTMLElement): MarkView {
    const mark = e.querySelector('.point, .bar') ?? e;
    const label = e.querySelector('[part~="label"]') ?? e;
    return {
      id: e.dataset.id ?? '',
      element: e,
      title: (e.querySelector('.text')?.textContent ?? '').trim(),
      date: (e.querySelector('.when')?.textContent ?? '').trim(),
      name: accessibleName(e),
      markBox: mark.getBoundingClientRect(),
      labelBox: label.getBoundingClientRect(),
      selected: e.getAttribute('aria-pressed') === 'true',
    };
  }
}
