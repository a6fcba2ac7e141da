/**
 * Reaches `<sahel-timeline-map>` by meaning, as test/harness.ts reaches the timeline: its
 * marks by name, the one focused, its status line, what its canvas shows at a mark.
 */
import type { SahelTimelineMap } from '../src/map/map-element.js';

export interface MapMarkView {
  readonly element: HTMLButtonElement;
  /** Its accessible name ("Moura, Mali: Moura massacre, 27 March 2022"). */
  readonly name: string;
  /** The event it names, if it names one. */
  readonly id: string | undefined;
  readonly kind: 'place' | 'country' | 'cluster';
  /** Dimmed: none of its events is in the timeline's window. */
  readonly out: boolean;
  readonly pressed: boolean;
  readonly box: DOMRect;
}

export class MapHarness {
  constructor(readonly map: SahelTimelineMap) {}

  private get root(): ShadowRoot {
    const root = this.map.shadowRoot;
    if (!root) throw new Error('the map has no shadow root');
    return root;
  }

  /** Every mark, west to east (their order for the arrow keys). */
  marks(): MapMarkView[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="mark"]')].map((b) => this.view(b));
  }

  /** The mark whose name matches. */
  mark(name: RegExp): MapMarkView {
    const found = this.marks().find((m) => name.test(m.name));
    if (!found) throw new Error(`no map mark named like ${String(name)} among: ${this.marks().map((m) => m.name).join(' | ')}`);
    return found;
  }

  /** The mark focused, if one is. */
  focused(): MapMarkView | undefined {
    const b = this.root.activeElement;
    return b instanceof HTMLButtonElement && b.matches('[part~="mark"]') ? this.view(b) : undefined;
  }

  /** The line under the map ("1 event has no place on the map"). */
  status(): string {
    return this.root.querySelector('[role="status"]')?.textContent.trim() ?? '';
  }

  /** The map's frame, named for screen readers. */
  frame(): HTMLElement {
    const f = this.root.querySelector<HTMLElement>('[part~="map"]');
    if (!f) throw new Error('no map frame');
    return f;
  }

  /** A control button by its name ("Zoom the map in"). */
  button(name: string): HTMLButtonElement {
    const b = [...this.root.querySelectorAll<HTMLButtonElement>('.controls button')].find((x) => x.getAttribute('aria-label') === name);
    if (!b) throw new Error(`no map button named "${name}"`);
    return b;
  }

  /** The canvas's pixels (RGBA) in a square of `r` CSS px around a screen point. */
  pixels(x: number, y: number, r = 12): Uint8ClampedArray {
    const canvas = this.root.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) throw new Error('no map canvas');
    const box = canvas.getBoundingClientRect();
    const k = canvas.width / box.width;
    return ctx.getImageData(Math.round((x - box.left - r) * k), Math.round((y - box.top - r) * k), Math.round(2 * r * k), Math.round(2 * r * k)).data;
  }

  private view(b: HTMLButtonElement): MapMarkView {
    return {
      element: b,
      name: b.getAttribute('aria-label') ?? '',
      id: b.dataset.id,
      kind: b.classList.contains('cluster') ? 'cluster' : b.classList.contains('country') ? 'country' : 'place',
      out: b.classList.contains('out'),
      pressed: b.getAttribute('aria-pressed') === 'true',
      box: b.getBoundingClientRect(),
    };
  }
}
