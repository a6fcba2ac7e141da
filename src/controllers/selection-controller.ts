/**
 * Selection: which event is selected (the host's reflected `selected`), `sahel-select` when
 * the reader changes it, and stepping to the previous or next event in time.
 */
import { TimelineEvents, timelineEvent } from '../events.js';
import { firstStartingAt, type PreparedEvent } from '../layout/prepare.js';
import type { TimelineHost } from './timeline-host.js';

export class SelectionController {
  constructor(private readonly host: TimelineHost) {}

  /** The time-order position of the selected event, if it is shown. */
  get order(): number | undefined {
    return this.host.data.orderOf(this.host.selected);
  }

  /** The selected event, if it is shown. */
  get event(): PreparedEvent | undefined {
    const order = this.order;
    return order === undefined ? undefined : this.host.data.prepared.events[order];
  }

  /** Selects an event (or none); `fromReader` fires `sahel-select`, a page's own change does not. */
  select(id: string | null, fromReader: boolean): void {
    const h = this.host;
    if (id === h.selected) return;
    h.selected = id;
    if (id !== null) h.nav.activeId = id;
    if (!fromReader) return;
    h.links.selected(id);
    h.dispatchEvent(timelineEvent(TimelineEvents.select, this.event?.event ?? null));
  }

  /**
   * Selects the next (1) or previous (-1) event in time and glides to it. With nothing
   * selected, starts from the first event at or after the start of the view.
   */
  step(direction: 1 | -1): void {
    const events = this.host.data.prepared.events;
    if (events.length === 0) return;
    const current = this.order;
    let order: number;
    if (current !== undefined) {
      order = Math.min(events.length - 1, Math.max(0, current + direction));
    } else {
      const found = firstStartingAt(this.host.data.prepared, this.host.view.currentWindow().start);
      const idx = found === events.length ? -1 : found;
      order = direction > 0 ? (idx === -1 ? events.length - 1 : idx) : Math.max(0, (idx === -1 ? events.length : idx) - 1);
    }
    const target = events[order];
    if (!target) return;
    this.select(target.event.id, true);
    this.host.view.reveal(order, true);
  }
}
