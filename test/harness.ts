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
  /** The whole mark (mark and label), in viewport pixels: its top is its row's. */
  readonly box: DOMRect;
  /** The glyph of a point (centred on its instant), or the band or bar of a span, in viewport pixels. */
  readonly markBox: DOMRect;
  /** Whether the event is drawn as a band or bar (a span, or a date known to the month or year). */
  readonly band: boolean;
  /**
   * Whether it has a label: a mark alone in its column that no row had room to name is drawn
   * without one (its button's name and tooltip say what it is), rather than as a cluster of one.
   */
  readonly labelled: boolean;
  /** The label (glyph, title and date), in viewport pixels; without a label, the mark's button. */
  readonly labelBox: DOMRect;
  /** The visible date, in viewport pixels. */
  readonly dateBox: DOMRect;
  /** Whether the date shows whole (a cut date reads as another date). */
  readonly dateWhole: boolean;
  /** About how many characters of the title show (all of them when it is not cut). */
  readonly titleShown: number;
  /** Whether the label puts its date on a line of its own. */
  readonly stacked: boolean;
  /** Room the label was given beyond what its title, glyph and date take, in pixels. */
  readonly labelSlack: number;
  /** The tooltip, if the label has one (only where it is cut short). */
  readonly tooltip: string | null;
  /** Whether the event is selected. */
  readonly selected: boolean;
  /** Whether it is lit up with its copy in another lane (under the pointer or focused there). */
  readonly linked: boolean;
}

/** A cluster standing for events too dense to label. */
export interface ClusterView {
  readonly element: HTMLButtonElement;
  readonly count: number;
  readonly name: string;
  readonly box: DOMRect;
}

/** A lane, when events are grouped. */
export interface LaneView {
  readonly element: HTMLElement;
  /** Its accessible name (the group's, from its header). */
  readonly name: string;
  /** The header's button, and what it shows ("Mali 12 events"). */
  readonly toggle: HTMLButtonElement;
  readonly header: string;
  readonly expanded: boolean;
  /** The events drawn in it. */
  readonly marks: MarkView[];
  /** Whether its density strip (shown when collapsed) shows anything. */
  readonly density: boolean;
  readonly box: DOMRect;
}

/** The accessible name of an element: aria-label, else aria-labelledby, else its text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (ids) return ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  const text = el.textContent.replace(/\s+/g, ' ').trim();
  return text || (el.getAttribute('title') ?? '').trim();
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

  /** Every copy of an event drawn (one per lane it is in). */
  copies(id: string): MarkView[] {
    return [...this.root.querySelectorAll<HTMLElement>(`[part~="plot"] [data-id="${CSS.escape(id)}"]`)].map((e) => this.view(e));
  }

  /** The lanes in the DOM (those near the part of the stack in view), top to bottom. */
  lanes(): LaneView[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="lane"]')]
      .map((l) => this.laneView(l))
      .sort((a, b) => a.box.top - b.box.top);
  }

  /** The lane with this name. */
  lane(name: string): LaneView {
    const lane = this.lanes().find((l) => l.name === name);
    if (!lane) throw new Error(`no lane named "${name}" (${this.lanes().map((l) => l.name).join(', ')})`);
    return lane;
  }

  /** The scrolling stack of lanes. */
  laneScroller(): HTMLElement {
    const s = this.part('lane')?.closest<HTMLElement>('.lanes');
    if (!s) throw new Error('no lanes');
    return s;
  }

  /** The name of the lane holding the focused event, if one has the focus. */
  focusedLane(): string | null {
    const lane = this.focused()?.closest<HTMLElement>('[part~="lane"]');
    return lane ? accessibleName(lane) : null;
  }

  private laneView(l: HTMLElement): LaneView {
    const toggle = l.querySelector<HTMLButtonElement>('[part~="lane-label"]');
    if (!toggle) throw new Error('a lane without a header');
    const strip = l.querySelector<HTMLElement>('.density');
    return {
      element: l,
      name: accessibleName(l),
      toggle,
      header: toggle.textContent.replace(/\s+/g, ' ').trim(),
      expanded: toggle.getAttribute('aria-expanded') === 'true',
      marks: [...l.querySelectorAll<HTMLElement>('[data-id]')].map((e) => this.view(e)),
      density: strip !== null && getComputedStyle(strip).backgroundImage.includes('gradient'),
      box: l.getBoundingClientRect(),
    };
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
    const b = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((x) => accessibleName(x) === name);
    if (!b) throw new Error(`no toolbar button named "${name}"`);
    return b;
  }

  /** The toolbar's buttons, in order. */
  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')];
  }

  /** The search box in the toolbar. */
  searchBox(): HTMLInputElement {
    const box = this.root.querySelector<HTMLInputElement>('input[part~="search"]');
    if (!box) throw new Error('no search box');
    return box;
  }

  /** How many events are shown of all, as the toolbar says while some are hidden ('' when none are). */
  shownCount(): string {
    return this.root.querySelector('[part~="search-count"]')?.textContent.trim() ?? '';
  }

  /** The legend's toggle for a category, by the name it shows ("Military"). */
  legendToggle(name: string): HTMLButtonElement {
    const b = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="legend"] button')].find((x) => x.textContent.replace(/\s+/g, ' ').trim().startsWith(`${name} (`));
    if (!b) throw new Error(`no legend toggle named "${name}"`);
    return b;
  }

  /** The toolbar of buttons (role toolbar, inside the toolbar part with the search box and range). */
  toolbar(): HTMLElement {
    const t = this.part('toolbar')?.querySelector<HTMLElement>('[role="toolbar"]');
    if (!t) throw new Error('no toolbar');
    return t;
  }

  /** What inside the timeline has the focus, if anything has. */
  focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  /** The id of the event that has the focus, if one has. */
  focusedId(): string | null {
    const active = this.focused();
    return active?.closest<HTMLElement>('[part~="plot"] [data-id]')?.dataset.id ?? null;
  }

  /** Whether the plot itself (no event) has the focus. */
  plotFocused(): boolean {
    return this.focused() === this.plot();
  }

  /** The story view's slide shown (`mode="story"`): a region whose role is described as a slide. */
  slide(): HTMLElement {
    const slide = this.root.querySelector<HTMLElement>('[part~="story"] section[aria-roledescription]');
    if (!slide) throw new Error('no slide');
    return slide;
  }

  /** The slide's heading. */
  slideHeading(): HTMLElement {
    const h = this.slide().querySelector<HTMLElement>('h2');
    if (!h) throw new Error('no slide heading');
    return h;
  }

  /** The story view's button to the previous or next slide. */
  slideButton(which: 'previous' | 'next'): HTMLButtonElement {
    const b = this.root.querySelector<HTMLButtonElement>(`[part~="story"] .slide-nav button.${which}`);
    if (!b) throw new Error(`no ${which} slide button`);
    return b;
  }

  /** Where the slide stands, as the story says it ("3 of 25"). */
  slideCount(): string {
    return this.root.querySelector('[part~="story"] .slide-count')?.textContent.trim() ?? '';
  }

  /** What the polite live region says. */
  announcement(): string {
    return this.root.querySelector('[role="status"][aria-live="polite"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The screen-reader list of events: the region named "Events in time order…". */
  eventList(): HTMLElement {
    const list = [...this.root.querySelectorAll<HTMLElement>('section[aria-label]')].find((s) => s.getAttribute('aria-label')?.startsWith('Events in time order'));
    if (!list) throw new Error('no event list');
    return list;
  }

  /** The entries of the screen-reader list, in order: each the button that selects its event. */
  eventListItems(): HTMLButtonElement[] {
    return [...this.eventList().querySelectorAll<HTMLButtonElement>('li button')];
  }

  /** Whether the wheel hint is showing (it fades, so: fully faded out or not). */
  hintShown(): boolean {
    const hint = this.part('hint');
    return hint !== null && Number(getComputedStyle(hint).opacity) > 0;
  }

  /** The axis labels drawn, left to right, in viewport pixels. */
  axisLabels(): { text: string; box: DOMRect }[] {
    return [...this.root.querySelectorAll('[part~="axis"] text')]
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
      .sort((a, b) => a.box.left - b.box.left);
  }

  /** The events of the cluster list (shown when zooming cannot part a cluster), as listed. */
  clusterListItems(): HTMLButtonElement[] {
    return [...(this.part('cluster-list')?.querySelectorAll<HTMLButtonElement>('li button') ?? [])];
  }

  /** A part of the interface by its part name (`details`, `notice`, `legend`, `cluster-list`…), if shown. */
  part(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  private view(e: HTMLElement): MarkView {
    const mark = e.querySelector('.point, .bar') ?? e;
    const labelPart = e.querySelector<HTMLElement>('[part~="label"]');
    const label = labelPart ?? e;
    const text = e.querySelector<HTMLElement>('.text');
    const when = e.querySelector<HTMLElement>('.when');
    const title = (text?.textContent ?? '').trim();
    const labelBox = label.getBoundingClientRect();
    const dateBox = when?.getBoundingClientRect() ?? new DOMRect();
    // The characters shown, at the title's average width per character.
    const titleShown = text && text.scrollWidth > text.clientWidth ? Math.floor((text.clientWidth / text.scrollWidth) * title.length) : title.length;
    // What the label's children take side by side (its date may sit on a line of its own).
    const kids = [...label.children].filter((k) => getComputedStyle(k).position !== 'absolute').map((k) => k.getBoundingClientRect());
    const used = kids.length ? Math.max(...kids.map((k) => k.right)) - Math.min(...kids.map((k) => k.left)) : 0;
    return {
      id: e.dataset.id ?? '',
      element: e,
      title,
      date: (when?.textContent ?? '').trim(),
      name: accessibleName(e),
      box: e.getBoundingClientRect(),
      markBox: mark.getBoundingClientRect(),
      band: mark.classList.contains('bar'),
      labelled: labelPart !== null,
      labelBox,
      dateBox,
      dateWhole: when !== null && dateBox.left >= labelBox.left - 0.5 && dateBox.right <= labelBox.right + 0.5 && when.scrollWidth <= when.clientWidth + 0.5,
      titleShown,
      stacked: label.classList.contains('stacked'),
      labelSlack: labelBox.width - used,
      tooltip: e.getAttribute('title'),
      selected: e.getAttribute('aria-pressed') === 'true',
      linked: e.classList.contains('linked'),
    };
  }
}
