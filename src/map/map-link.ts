/**
 * The map's link to a timeline (`for="timeline-id"`): finds it (now or once it is added to
 * the page), follows it after each of its updates and each frame of a zoom (the events it
 * shows, its window, its selection, the event under the reader's pointer or focus), and lights
 * on it the event lit on the map. What it reads of the timeline is the element's own state,
 * through its public properties and, for the events shown and their colours, the internals
 * the library's own companions share; nothing it sets runs as code (an id in a selector is
 * escaped by CSS.escape).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SahelRangeChangeEvent } from '../events.js';
import type { SahelTimeline } from '../timeline-element.js';

/** What the link tells the map. */
export interface LinkInputs {
  /** The id of the timeline to follow, or undefined for none. */
  target: () => string | undefined;
  /** The timeline updated (its events, filters, selection or language may have changed). */
  onUpdate: (timeline: SahelTimeline) => void;
  /** The timeline's window moved (a frame of a zoom or a pan): from `start` to `end`, UTC ms. */
  onWindow: (start: number, end: number) => void;
  /** The reader's pointer or focus is on this event of the timeline (null: none). */
  onLight: (id: string | null) => void;
}

export class MapLink implements ReactiveController {
  /** The timeline followed, if found. */
  timeline: SahelTimeline | undefined;
  private watching: MutationObserver | undefined;
  private readonly sheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : undefined;
  private readonly tap: ReactiveController = {
    hostUpdated: () => {
      if (this.timeline) this.inputs.onUpdate(this.timeline);
    },
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: LinkInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.find();
  }

  hostDisconnected(): void {
    this.watching?.disconnect();
    this.watching = undefined;
    this.detach();
  }

  /** Looks for the timeline again (its id or the page changed). */
  find(): void {
    const id = this.inputs.target();
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = id ? root.getElementById(id) : null;
    // Duck-typed: a timeline from another copy of the library (another bundle) is one too.
    const timeline = found?.localName === 'sahel-timeline' ? (found as unknown as SahelTimeline) : undefined;
    if (timeline !== this.timeline) {
      this.detach();
      if (timeline) this.attach(timeline);
    }
    if (id && !this.timeline) {
      // Not on the page yet (or not defined yet): look again as the page changes.
      this.watching ??= new MutationObserver(() => { this.find(); });
      this.watching.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
      void customElements.whenDefined('sahel-timeline').then(() => { if (!this.timeline) this.find(); });
    } else {
      this.watching?.disconnect();
      this.watching = undefined;
    }
  }

  /** Lights an event on the timeline (null: none), as a ring round its mark. */
  light(id: string | null): void {
    if (!this.sheet) return;
    const on = id === null ? '' : `[data-id="${CSS.escape(id)}"]`;
    this.sheet.replaceSync(
      on === ''
        ? ''
        : `.event${on} .glyph { outline: 3px solid var(--_focus); outline-offset: 2px; border-radius: 50%; }
           .event${on} .bar { outline: 3px solid var(--_focus); outline-offset: 2px; }
           .event${on} .label { text-decoration: underline 2px var(--_focus); text-underline-offset: 3px; }`,
    );
  }

  private attach(timeline: SahelTimeline): void {
    this.timeline = timeline;
    timeline.addController(this.tap);
    timeline.addEventListener('sahel-range-change', this.onRange);
    for (const type of ['pointerover', 'focusin'] as const) timeline.addEventListener(type, this.onOver);
    for (const type of ['pointerout', 'focusout'] as const) timeline.addEventListener(type, this.onOut);
    const root = timeline.shadowRoot;
    if (root && this.sheet && !root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    // It may have rendered already: the map catches up at once.
    this.inputs.onUpdate(timeline);
    const { startTime, endTime } = timeline.visibleRange;
    this.inputs.onWindow(startTime, endTime);
  }

  private detach(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    timeline.removeController(this.tap);
    timeline.removeEventListener('sahel-range-change', this.onRange);
    for (const type of ['pointerover', 'focusin'] as const) timeline.removeEventListener(type, this.onOver);
    for (const type of ['pointerout', 'focusout'] as const) timeline.removeEventListener(type, this.onOut);
    const root = timeline.shadowRoot;
    if (root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.timeline = undefined;
  }

  // The window as the event gives it: asking the timeline for it in its own update would cost
  // the page as much again as the map's repaint (measured: bench/map.mjs).
  private readonly onRange = (e: SahelRangeChangeEvent): void => {
    this.inputs.onWindow(e.detail.startTime, e.detail.endTime);
  };

  /** The timeline's event mark an event came from (its `data-id`), through its shadow root. */
  private readonly onOver = (e: Event): void => {
    const mark = e.composedPath().find((t): t is HTMLElement => t instanceof HTMLElement && t.classList.contains('event') && t.dataset.id !== undefined);
    if (mark?.dataset.id !== undefined) this.inputs.onLight(mark.dataset.id);
  };

  private readonly onOut = (e: Event): void => {
    const to = (e as PointerEvent | FocusEvent).relatedTarget;
    // Still on a mark (from its label to its glyph): onOver says which.
    if (to instanceof Node && this.timeline?.shadowRoot?.contains(to) && to instanceof Element && to.closest('.event')) return;
    this.inputs.onLight(null);
  };
}
