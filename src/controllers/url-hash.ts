/**
 * Links to any event (the `hash` attribute): the selection is part of the URL's fragment, as
 * `#<key>=<event id>`, where the key is the element's `id` (or `event` without one), so that
 * several timelines on one page keep fragments of their own (`#a=coup&b=protest`). Selecting
 * an event pushes a history entry; opening a URL with a fragment, or going Back and Forward,
 * selects the event it names and brings it into view. A fragment naming no event shown is
 * ignored. A chunk of its own, loaded when a timeline has `hash` (HashController is its shell).
 */
import type { SelectCause } from '../events.js';
import type { ElementHost, ViewPort } from './host.js';

/** What the URL's handling acts on: the events shown, the selection and the view. */
export interface UrlHashInputs {
  /** The time-order position of the shown event with this id. */
  orderOf: (id: string) => number | undefined;
  /** Whether the data has come: a fragment naming none of its events is then ignored. */
  settled: () => boolean;
  /** Selects an event (or none), as the reader's doing. */
  select: (id: string | null, cause: SelectCause) => void;
  port: Pick<ViewPort, 'width' | 'reveal'>;
}

export class UrlHash {
  /** An event the URL names, to select once the data that holds it has come. */
  private wanted: string | null | undefined;
  /** An event selected from the URL, to bring into view once the element is laid out. */
  private toReveal: string | undefined;
  private listening = false;
  /** Set while play walks through events: each replaces the history entry rather than adding one. */
  replacing = false;

  constructor(
    private readonly host: ElementHost,
    private readonly inputs: UrlHashInputs,
  ) {}

  /** The fragment's key for this timeline. */
  get key(): string {
    return this.host.id.trim() || 'event';
  }

  /** The URL that opens this timeline on an event. */
  linkTo(id: string): string {
    const url = new URL(location.href);
    url.hash = this.fragmentWith(id);
    return url.href;
  }

  /** The reader selected an event (or none): a history entry for it, when `hash` is on. */
  selected(id: string | null): void {
    if (!this.host.hash || this.read() === id) return;
    const url = new URL(location.href);
    url.hash = this.fragmentWith(id);
    if (this.replacing) history.replaceState(history.state, '', url.href);
    else history.pushState(history.state, '', url.href);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
    this.listening = false;
  }

  /** Starts or stops following the URL as `hash` is set or removed (call in willUpdate). */
  sync(): void {
    const on = this.host.hash && this.host.isConnected;
    if (on && !this.listening) {
      this.listening = true;
      window.addEventListener('popstate', this.onPopState);
      window.addEventListener('hashchange', this.onPopState);
      this.wanted = this.read();
    } else if (!on && this.listening) {
      this.hostDisconnected();
    }
  }

  /** Selects the event the URL names once the data holds it (call after the data is up to date). */
  apply(): void {
    if (this.wanted === undefined) return;
    const id = this.wanted;
    const h = this.host;
    if (id === null) {
      this.wanted = undefined;
      if (h.selected !== null) this.inputs.select(null, 'hash');
      return;
    }
    // Not shown yet (the data is still coming): wait. Shown data without it: ignore it.
    if (this.inputs.orderOf(id) === undefined) {
      if (this.inputs.settled()) this.wanted = undefined;
      return;
    }
    this.wanted = undefined;
    if (h.selected !== id) this.inputs.select(id, 'hash');
    this.toReveal = id;
  }

  hostUpdated(): void {
    const id = this.toReveal;
    if (id === undefined || this.inputs.port.width() <= 0) return;
    this.toReveal = undefined;
    const order = this.inputs.orderOf(id);
    if (order !== undefined) this.inputs.port.reveal(order, false);
  }

  private readonly onPopState = (): void => {
    this.wanted = this.read();
    this.host.requestUpdate();
  };

  /** The event this timeline's key names in the URL, or null. */
  private read(): string | null {
    return new URLSearchParams(location.hash.slice(1)).get(this.key);
  }

  /** The fragment with this timeline's key naming `id` (or removed), the others' kept. */
  private fragmentWith(id: string | null): string {
    const params = new URLSearchParams(location.hash.slice(1));
    if (id === null) params.delete(this.key);
    else params.set(this.key, id);
    return params.toString();
  }
}
