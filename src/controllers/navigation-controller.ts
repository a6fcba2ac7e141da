/**
 * Keyboard navigation and the roving focus over the events: which event Tab lands on (the
 * active one), the arrow, Home/End, +/−, Shift+arrow, 0 and Esc keys on the plot, bringing a
 * focused event into view, and keeping the focus in the timeline when its event is zoomed
 * away or the page replaces the data under it. Never takes the focus back from the page.
 */
import type { ReactiveController } from 'lit';
import type { SelectCause } from '../events.js';
import { nearestInLane } from '../layout/lane-order.js';
import type { ShownLane } from '../layout/lanes.js';
import type { laneStep } from '../layout/lanes-shown.js';
import { eventsInWindow, firstStartingAt, type PreparedEvent, type PreparedTimeline } from '../layout/prepare.js';
import type { ElementHost, ViewPort } from './host.js';

/** What the keys move through: the events shown, their lanes, the view. */
export interface NavigationInputs {
  /** The events shown. */
  prepared: () => PreparedTimeline;
  /** The lanes, when the events are grouped, the lane the focus is in, and where the arrows go in them (the lanes chunk's). */
  lanes: () => { readonly list: readonly ShownLane[]; readonly active: number; readonly step?: typeof laneStep | undefined } | undefined;
  /** The focus moved into lane `index`. */
  enterLane: (index: number) => void;
  /** Whether focusing the event `id` changes which event's copies in other lanes are lit up. */
  relinks: (id: string | null) => boolean;
  port: ViewPort;
  /** Selects an event (or none), as the reader's doing. */
  select: (id: string | null, cause: SelectCause) => void;
}

export class NavigationController implements ReactiveController {
  /** The event that holds the roving focus (the one Tab lands on). */
  activeId: string | null = null;
  /** Where in time the active event starts, to find the nearest one if the data changes under it. */
  private activeStart: number | undefined;
  /** An event to focus as soon as it is drawn. */
  private pendingFocus: string | null = null;
  /** The event that had the focus before the last render, to catch it being zoomed away. */
  private focusedEvent: string | null = null;
  /** Set while the element itself moves the focus to the plot, so that it is not revealed. */
  private quietFocus = false;

  constructor(
    private readonly host: ElementHost,
    private readonly inputs: NavigationInputs,
  ) {
    host.addController(this);
  }

  private get events(): readonly PreparedEvent[] {
    return this.inputs.prepared().events;
  }

  /** The time-order position of the shown event with this id. */
  private orderOf(id: string | null): number | undefined {
    return id === null ? undefined : this.inputs.prepared().orderOf.get(id);
  }

  /** The selected and the focused event: always drawn when in view, however crowded. */
  pinned(): PreparedEvent[] {
    const out: PreparedEvent[] = [];
    for (const id of new Set([this.host.selected, this.activeId])) {
      const order = this.orderOf(id);
      const p = order === undefined ? undefined : this.events[order];
      if (p) out.push(p);
    }
    return out;
  }

  /** The time-order position of the event holding the roving focus. */
  activeOrder(): number {
    const id = this.activeId ?? this.host.selected;
    const known = this.orderOf(id);
    const events = this.events;
    if (known !== undefined) {
      this.activeStart = events[known]?.start;
      return known;
    }
    // The page replaced the data under the active event: carry on from the one nearest in time.
    if (id !== null && this.activeStart !== undefined && events.length > 0) {
      const t = this.activeStart;
      const after = Math.min(firstStartingAt(this.inputs.prepared(), t), events.length - 1);
      const before = Math.max(0, after - 1);
      return Math.abs((events[before]?.start ?? t) - t) <= Math.abs((events[after]?.start ?? t) - t) ? before : after;
    }
    // Nothing focused yet: the first event in view (drawn or in a cluster), not the first
    // one that happens to have room for its label. Out of view, the first one after.
    const view = this.inputs.port;
    if (view.width() <= 0 || events.length === 0) return 0;
    const w = view.window();
    // In lanes, the first in view of the lane the focus is in.
    const lane = this.lane();
    if (lane) return eventsInWindow(lane, w.start, w.end, 1)[0]?.order ?? nearestInLane(lane, w.start)?.order ?? 0;
    const shown = this.inputs.prepared();
    return eventsInWindow(shown, w.start, w.end, 1)[0]?.order ?? Math.min(firstStartingAt(shown, w.start), events.length - 1);
  }

  /** The events of the lane the focus is in, when events are grouped. */
  private lane(): PreparedTimeline | undefined {
    const g = this.inputs.lanes();
    return g ? g.list[g.active]?.timeline : undefined;
  }

  /**
   * In lanes, the arrow keys: ←/→ (`by` ±1) and Home/End (`by` ±Infinity) within the lane,
   * ↑/↓ (`lanes` ±1) to the nearest event in time in the next lane that shows events.
   */
  private moveInLanes(order: number, by: number, lanes: number): void {
    const g = this.inputs.lanes();
    const to = g?.step?.(g.list, g.active, order, this.events[order]?.start ?? 0, by, lanes);
    if (!g || !to) return;
    if (to.lane !== g.active) this.inputs.enterLane(to.lane);
    this.focusEvent(to.order);
  }

  /** Moves the roving focus to an event, bringing it into view first if need be. */
  focusEvent(order: number): void {
    const p = this.events[Math.max(0, Math.min(this.events.length - 1, order))];
    if (!p) return;
    this.activeId = p.event.id;
    this.pendingFocus = p.event.id;
    this.inputs.port.reveal(p.order, true);
    this.host.requestUpdate();
  }

  /** Puts the focus on the plot without bringing its active event into view. */
  focusPlot(): void {
    this.quietFocus = true;
    this.host.renderRoot.querySelector<HTMLElement>('.plot')?.focus({ preventScroll: true });
    this.quietFocus = false;
  }

  /** Focuses the event once it is drawn, without moving the view (after a zoom around it). */
  focusWhenDrawn(id: string): void {
    this.pendingFocus = id;
  }

  /** Closes the details (the reader's doing) and returns the focus to the event they described. */
  closeDetails(cause: SelectCause): void {
    const id = this.host.selected;
    this.inputs.select(null, cause);
    if (id !== null) {
      this.activeId = id;
      this.focusEvent(this.orderOf(id) ?? 0);
    }
  }

  onKeyDown(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || this.events.length === 0) return;
    const view = this.inputs.port;
    const order = this.activeOrder();
    const focused = this.events[order];
    const lanes = this.inputs.lanes() !== undefined;
    // From the plot with no event yet to start from, an arrow goes to the first one.
    const starting = this.activeId === null && this.host.selected === null;
    // Time down the plot: ↓ and ↑ go to the next and previous events, as → and ← do.
    const key = this.host.orientation !== 'vertical' ? e.key : e.key === 'ArrowDown' ? 'ArrowRight' : e.key === 'ArrowUp' ? 'ArrowLeft' : e.key;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const dir = key === 'ArrowRight' ? 1 : -1;
        if (e.shiftKey) view.panBy((-dir * view.width()) / 5);
        else if (lanes) this.moveInLanes(order, starting ? 0 : dir, 0);
        else this.focusEvent(starting ? order : order + dir);
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown':
        if (!lanes || e.shiftKey) return;
        this.moveInLanes(order, 0, starting ? 0 : e.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Home':
      case 'End':
        if (lanes) this.moveInLanes(order, e.key === 'End' ? Infinity : -Infinity, 0);
        else this.focusEvent(e.key === 'End' ? this.events.length - 1 : 0);
        break;
      case '+':
      case '=':
      case '-':
      case '_': {
        const x = focused ? view.scale()(focused.start) : undefined;
        view.scaleBy(e.key === '-' || e.key === '_' ? 0.5 : 2, x !== undefined && x >= 0 && x <= view.width() ? x : undefined);
        if (focused) this.pendingFocus = focused.event.id;
        break;
      }
      case '0':
        view.glideTo('fit');
        break;
      case 'Escape':
        if (this.host.selected === null) return;
        this.inputs.select(null, 'keyboard');
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  onFocusIn(e: FocusEvent): void {
    const target = e.target as HTMLElement;
    if (target.classList.contains('event')) {
      this.activeId = target.dataset.id ?? null;
      // In lanes, the copy the reader is on says which lane the arrows move in.
      const lane = target.closest<HTMLElement>('.lane')?.dataset.lane;
      const g = this.inputs.lanes();
      if (lane !== undefined && g && g.active !== Number(lane)) {
        this.inputs.enterLane(Number(lane));
        this.host.requestUpdate();
      } else if (lane !== undefined && this.inputs.relinks(this.activeId)) {
        // Its copies in other lanes light up with it.
        this.host.requestUpdate();
      }
      return;
    }
    // The plot itself took the focus because its active event is off-screen: bring that
    // event back. Only for keyboard focus (a pointer pressing on the plot is about to drag
    // it), and only for an event the reader was on: tabbing into an overview where every
    // event is in a cluster leaves the view alone, and the arrow keys start from there.
    if (!target.classList.contains('plot') || this.quietFocus || !target.matches(':focus-visible')) return;
    if (this.activeId !== null || this.host.selected !== null) this.focusEvent(this.activeOrder());
  }

  /** An event's button: in lanes, its copy in the lane the focus is in, if drawn there. */
  private eventButton(id: string): HTMLElement | null {
    const root = this.host.renderRoot;
    const selector = `.event[data-id="${CSS.escape(id)}"]`;
    const g = this.inputs.lanes();
    return (g ? root.querySelector<HTMLElement>(`.lane[data-lane="${String(g.active)}"] ${selector}`) : null) ?? root.querySelector<HTMLElement>(selector);
  }

  hostUpdate(): void {
    const focused = (this.host.shadowRoot?.activeElement ?? null) as HTMLElement | null;
    this.focusedEvent = focused?.classList.contains('event') ? (focused.dataset.id ?? null) : null;
  }

  hostUpdated(): void {
    // An event waiting to be focused is forgotten once the reader has put the focus
    // elsewhere on the page: the timeline never takes it back. (Focus on <body> is focus
    // lost with a removed node, not the reader's choice.)
    const active = document.activeElement;
    if (this.pendingFocus !== null && !this.host.matches(':focus-within') && active !== null && active !== document.body) this.pendingFocus = null;
    if (this.activeId !== null && this.orderOf(this.activeId) === undefined) {
      // The page replaced the data under the active event: the nearest one in time takes its
      // place, and the focus too if the reader was on it (else → would skip that one).
      const nearest = this.events[this.activeOrder()];
      const hadFocus = this.focusedEvent === this.activeId;
      this.activeId = nearest?.event.id ?? null;
      if (nearest && hadFocus) {
        const button = this.eventButton(nearest.event.id);
        if (button) {
          this.focusedEvent = null;
          button.focus({ preventScroll: true });
        } else {
          this.focusEvent(nearest.order);
        }
      }
    }
    if (this.focusedEvent !== null && this.pendingFocus === null && !this.eventButton(this.focusedEvent)) {
      // The focused event was zoomed or panned out of view (or into a cluster): keep the
      // focus in the timeline, on the plot, rather than let it fall to the page.
      this.focusPlot();
    }
    if (this.pendingFocus !== null) {
      const target = this.eventButton(this.pendingFocus);
      if (target) {
        this.pendingFocus = null;
        target.focus({ preventScroll: true });
      }
    }
  }
}
