/**
 * Play: walks through the shown events in time order, one every `play-interval` seconds,
 * selecting each and bringing it into view (a glide, or a jump under reduced motion), and
 * saying its title once to screen readers. Any input of the reader's (a key, a pointer, the
 * wheel, a touch) pauses it, as does reaching the last event. A chunk of its own, loaded the
 * first time a timeline plays (PlayController is its shell).
 */
import type { ElementHost, ViewPort } from './host.js';
import type { PreparedTimeline } from '../layout/prepare.js';

/** What play walks through and tells: the events shown, the selection, the view, the live region. */
export interface PlayerInputs {
  prepared: () => PreparedTimeline;
  /** The time-order position of the selected event, if it is shown. */
  selectedOrder: () => number | undefined;
  /** Selects an event as play's doing (`sahel-select` with the cause `play`; no history entry of its own). */
  selectPlayed: (id: string) => void;
  port: Pick<ViewPort, 'reveal'>;
  /** Says a text once to screen readers. */
  announce: (text: string) => void;
}

/** Inputs that mean the reader has taken over. */
const INPUTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export class Player {
  /** Whether it is playing. */
  playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ElementHost,
    private readonly inputs: PlayerInputs,
  ) {}

  /** Starts walking from the selected event (or the first shown), selecting the next at once if one is selected. */
  play(): void {
    const h = this.host;
    if (this.playing || this.inputs.prepared().events.length === 0) return;
    this.playing = true;
    for (const type of INPUTS) h.addEventListener(type, this.onInput, { capture: true, passive: true });
    // From nothing selected, the first event; else on from the selected one.
    if (this.inputs.selectedOrder() === undefined) this.show(0);
    else this.step();
    h.requestUpdate();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    clearTimeout(this.timer);
    for (const type of INPUTS) this.host.removeEventListener(type, this.onInput, { capture: true });
    this.host.requestUpdate();
  }


  /** The reader took over: the Play/Pause button's own press is its own business. */
  private readonly onInput = (e: Event): void => {
    const target = e.composedPath()[0];
    if (target instanceof Element && target.closest('.play') && e.type !== 'keydown') return;
    if (target instanceof Element && target.closest('.play') && e.type === 'keydown' && ['Enter', ' '].includes((e as KeyboardEvent).key)) return;
    this.pause();
  };

  private step(): void {
    const order = this.inputs.selectedOrder();
    const next = order === undefined ? 0 : order + 1;
    if (next >= this.inputs.prepared().events.length) {
      this.pause();
      return;
    }
    this.show(next);
  }

  private show(order: number): void {
    const h = this.host;
    const p = this.inputs.prepared().events[order];
    if (!p) {
      this.pause();
      return;
    }
    this.inputs.selectPlayed(p.event.id);
    this.inputs.port.reveal(order, true);
    this.inputs.announce(p.event.title);
    clearTimeout(this.timer);
    const seconds = Number.isFinite(h.playInterval) && h.playInterval > 0 ? h.playInterval : 6;
    this.timer = setTimeout(() => {
      if (this.playing) this.step();
    }, seconds * 1000);
  }
}
