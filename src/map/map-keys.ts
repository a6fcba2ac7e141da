/**
 * The map from the keyboard: one tab stop among its marks; ←/→ move between them west to
 * east (as on the map, whatever the page's direction), Home/End to the westmost and the
 * eastmost; ↑/↓ step through the events of a mark (a place's, or a cluster's, so that places
 * too close to part at any zoom are reached too); Enter or Space selects the event (or, on a
 * cluster not stepped into, zooms in on it); + and − zoom the map. A click does what Enter
 * does, and a second click on a mark whose event is selected moves to its next.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelectCause } from '../events.js';
import type { MapMark } from './map-marks.js';

/** What the keys read and do. */
export interface KeyInputs {
  marks: () => readonly MapMark[];
  /** The id of the event at this index of the events shown. */
  eventId: (event: number) => string | undefined;
  /** The index of the selected event among those shown, or -1. */
  selected: () => number;
  /** Whether zooming in would part a cluster's places. */
  canPart: (mark: MapMark) => boolean;
  select: (id: string, cause: SelectCause) => void;
  light: (id: string | null) => void;
  zoom: (factor: number) => void;
  zoomInto: (mark: MapMark) => void;
}

export class MapKeys implements ReactiveController {
  /** The place whose mark holds the tab stop. */
  private active = -1;
  /** Which of its events a mark stands for, by the mark's key, once the reader stepped into it. */
  private readonly cursors = new Map<string, number>();
  /** Focus the tab stop once the marks are drawn again (they moved under a zoom). */
  private refocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: KeyInputs,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.refocus) return;
    this.refocus = false;
    this.host.shadowRoot?.querySelector<HTMLButtonElement>('.mark[tabindex="0"]')?.focus();
  }

  /** The tabindex of the `i`th mark: the active place's, else the first. */
  tabIndex(i: number, count: number): '0' | '-1' {
    const marks = this.inputs.marks();
    const at = marks.findIndex((m) => m.places.includes(this.active));
    return (at === -1 ? 0 : at) === i && i < count ? '0' : '-1';
  }

  /** Which of its events a mark stands for: the one stepped to, else the selected event, else its first. */
  cursorOf(mark: MapMark): number {
    const stepped = this.cursors.get(mark.key);
    if (stepped !== undefined) return Math.min(stepped, mark.events.length - 1);
    return Math.max(0, mark.events.indexOf(this.inputs.selected()));
  }

  /** Whether a mark names one of its events (a place's mark always; a cluster's once stepped into, or holding the selected event). */
  names(mark: MapMark): boolean {
    return mark.places.length === 1 || this.cursors.has(mark.key) || mark.events.includes(this.inputs.selected());
  }

  /** Gives the tab stop to the mark of this place (the selected event's), forgetting where the reader stepped. */
  show(place: number): void {
    this.cursors.clear();
    this.active = place;
  }

  /** A click, Enter or Space on the `i`th mark. */
  press(i: number, cause: SelectCause): void {
    const mark = this.inputs.marks()[i];
    if (!mark) return;
    this.active = mark.places[0] ?? -1;
    if (!this.names(mark) && this.inputs.canPart(mark)) {
      this.refocus = true;
      this.inputs.zoomInto(mark);
      return;
    }
    let cursor = this.cursorOf(mark);
    // Pressed again where its event is selected: on to the mark's next event.
    if (mark.events[cursor] === this.inputs.selected() && mark.events.length > 1) cursor = (cursor + 1) % mark.events.length;
    this.cursors.set(mark.key, cursor);
    const next = this.inputs.eventId(mark.events[cursor] ?? -1);
    if (next !== undefined) this.inputs.select(next, cause);
  }

  readonly onFocusIn = (e: FocusEvent): void => {
    const i = this.indexOf(e.target);
    const mark = this.inputs.marks()[i];
    if (!mark) return;
    this.active = mark.places[0] ?? -1;
    this.lightMark(mark);
  };

  readonly onFocusOut = (): void => {
    this.inputs.light(null);
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const marks = this.inputs.marks();
    const from = this.indexOf(e.target);
    const mark = marks[from];
    if (!mark) return;
    let to = from;
    switch (e.key) {
      case 'ArrowRight':
        to = Math.min(marks.length - 1, from + 1);
        break;
      case 'ArrowLeft':
        to = Math.max(0, from - 1);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = marks.length - 1;
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        this.step(mark, e.key === 'ArrowDown' ? 1 : -1);
        break;
      case '+':
      case '=':
        this.refocus = true;
        this.inputs.zoom(2);
        break;
      case '-':
      case '_':
        this.refocus = true;
        this.inputs.zoom(0.5);
        break;
      default:
        return;
    }
    e.preventDefault();
    if (to !== from) {
      const buttons = this.buttons();
      for (const [i, b] of buttons.entries()) b.tabIndex = i === to ? 0 : -1;
      buttons[to]?.focus();
    }
  };

  /** ↑/↓: the mark's previous or next event, named and lit (into a cluster, its first). */
  private step(mark: MapMark, by: 1 | -1): void {
    const cursor = this.names(mark) ? Math.min(mark.events.length - 1, Math.max(0, this.cursorOf(mark) + by)) : 0;
    this.cursors.set(mark.key, cursor);
    this.lightMark(mark);
    this.host.requestUpdate();
  }

  private lightMark(mark: MapMark): void {
    this.inputs.light(this.names(mark) ? (this.inputs.eventId(mark.events[this.cursorOf(mark)] ?? -1) ?? null) : null);
  }

  private buttons(): HTMLButtonElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('.mark') ?? [])];
  }

  private indexOf(target: EventTarget | null): number {
    return this.buttons().indexOf(target as HTMLButtonElement);
  }
}
