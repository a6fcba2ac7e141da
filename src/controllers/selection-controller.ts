/**
 * Selection: which event is selected (the host's reflected `selected`), `sahel-select` when
 * the reader changes it (with what they did: the cause), and stepping to the previous or next
 * event in time.
 */
import { TimelineEvents, timelineEvent, type SelectCause } from '../events.js';
import { firstStartingAt, type PreparedEvent, type PreparedTimeline } from '../layout/prepare.js';
import type { ElementHost, ViewPort } from './host.js';

/** What selecting reads and tells: the events shown, the view, and who follows a selection. */
export interface SelectionInputs {
  /** The events shown. */
  prepared: () => PreparedTimeline;
  port: Pick<ViewPort, 'window' | 'reveal'>;
  /** An event was selected (or none): `cause` when the reader did it. */
  onSelect: (id: string | null, cause: SelectCause | undefined) => void;
}

export class SelectionController {
  constructor(
    private readonly host: ElementHost,
    private readonly inputs: SelectionInputs,
  ) {}

  /** The time-order position of the selected event, if it is shown. */
  get order(): number | undefined {
    const id = this.host.selected;
    return id === null ? undefined : this.inputs.prepared().orderOf.get(id);
  }

  /** The selected event, if it is shown. */
  get event(): PreparedEvent | undefined {
    const order = this.order;
    return order === undefined ? undefined : this.inputs.prepared().events[order];
  }

  /**
   * Selects an event (or none). With a `cause`, the reader's doing, it fires `sahel-select`
   * and makes a history entry (with `hash`); without, the page's own change, neither. True
   * when the selection changed.
   */
  select(id: string | null, cause?: SelectCause): boolean {
    const h = this.host;
    if (id === h.selected) return false;
    h.selected = id;
    this.inputs.onSelect(id, cause);
    if (cause !== undefined) h.dispatchEvent(timelineEvent(TimelineEvents.select, { event: this.event?.event ?? null, cause }));
    return true;
  }

  /**
   * Selects the next (1) or previous (-1) event in time and glides to it. With nothing
   * selected, starts from the first event at or after the start of the view; in the story
   * view, where nothing selected is the title card, from the first event, and the first event's
   * previous is the title card. With a `cause` (the toolbar, the search box), the reader's
   * step: `sahel-select` fires.
   */
  step(direction: 1 | -1, cause?: SelectCause): void {
    const shown = this.inputs.prepared();
    const events = shown.events;
    if (events.length === 0) return;
    const current = this.order;
    const story = this.host.mode === 'story';
    let order: number;
    if (story && (current ?? -1) + direction < 0) {
      if (current !== undefined) this.select(null, cause);
      return;
    }
    if (story && current === undefined) {
      order = 0;
    } else if (current !== undefined) {
      order = Math.min(events.length - 1, Math.max(0, current + direction));
    } else {
      const found = firstStartingAt(shown, this.inputs.port.window().start);
      const idx = found === events.length ? -1 : found;
      order = direction > 0 ? (idx === -1 ? events.length - 1 : idx) : Math.max(0, (idx === -1 ? events.length : idx) - 1);
    }
    const target = events[order];
    if (!target) return;
    this.select(target.event.id, cause);
    this.inputs.port.reveal(order, true);
  }
}
