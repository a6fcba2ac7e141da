/**
 * The map from the keyboard: one tab stop among its marks; ←/→ move between them west to
 * east (as on the map, whatever the page's direction), Home/End to the westmost and the
 * eastmost; ↑/↓ step through the events of a place; Enter or Space selects the event (or zooms
 * in on a cluster); + and − zoom the map. A click does what Enter does, and a second click on
 * a place whose event is selected moves to its next.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelectCause } from '../events.js';
import type { MapMark } from './map-marks.js';
import type { MapPlace } from './map-places.js';

/** What the keys read and do. */
export interface KeyInputs {
  marks: () => readonly MapMark[];
  places: () => readonly MapPlace[];
  /** The id of the event at this index of the events shown. */
  eventId: (event: number) => string | undefined;
  select: (id: string, cause: SelectCause) => void;
  light: (id: string | null) => void;
  zoom: (factor: number) => void;
  zoomInto: (mark: MapMark) => void;
}

export class MapKeys implements ReactiveController {
  /** The place whose mark holds the tab stop. */
  private active = -1;
  /** Which of a place's events its mark stands for, by the place's key. */
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

  /** Which of its events a mark stands for (0 for a cluster). */
  cursorOf(mark: MapMark): number {
    if (mark.places.length !== 1) return 0;
    const place = this.inputs.places()[mark.places[0] ?? -1];
    return place ? Math.min(this.cursors.get(place.key) ?? 0, place.events.length - 1) : 0;
  }

  /** Makes the place's mark stand for this event (the one selected elsewhere), and hold the tab stop. */
  show(place: number, event: number): void {
    const p = this.inputs.places()[place];
    if (!p) return;
    const at = p.events.indexOf(event);
    if (at >= 0) this.cursors.set(p.key, at);
    this.active = place;
  }

  /** A click, Enter or Space on the `i`th mark. */
  press(i: number, cause: SelectCause): void {
    const mark = this.inputs.marks()[i];
    if (!mark) return;
    this.active = mark.places[0] ?? -1;
    if (mark.places.length > 1) {
      this.refocus = true;
      this.inputs.zoomInto(mark);
      return;
    }
    const place = this.inputs.places()[this.active];
    if (!place) return;
    let cursor = this.cursorOf(mark);
    const id = this.inputs.eventId(place.events[cursor] ?? -1);
    const selected = (this.host as unknown as { selected: string | null }).selected;
    // Pressed again where its event is selected: on to the place's next event.
    if (id !== undefined && id === selected && place.events.length > 1) cursor = (cursor + 1) % place.events.length;
    this.cursors.set(place.key, cursor);
    const next = this.inputs.eventId(place.events[cursor] ?? -1);
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

  /** ↑/↓: the place's previous or next event, named and lit. */
  private step(mark: MapMark, by: 1 | -1): void {
    if (mark.places.length !== 1) return;
    const place = this.inputs.places()[mark.places[0] ?? -1];
    if (!place || place.events.length < 2) return;
    const cursor = Math.min(place.events.length - 1, Math.max(0, this.cursorOf(mark) + by));
    this.cursors.set(place.key, cursor);
    this.lightMark(mark);
    this.host.requestUpdate();
  }

  private lightMark(mark: MapMark): void {
    const place = mark.places.length === 1 ? this.inputs.places()[mark.places[0] ?? -1] : undefined;
    this.inputs.light(place ? (this.inputs.eventId(place.events[this.cursorOf(mark)] ?? -1) ?? null) : null);
  }

  private buttons(): HTMLButtonElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('.mark') ?? [])];
  }

  private indexOf(target: EventTarget | null): number {
    return this.buttons().indexOf(target as HTMLButtonElement);
  }
}
