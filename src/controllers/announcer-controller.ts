/**
 * The live region: once a zoom or pan has settled (not on every frame, and not when the page
 * opens), says politely what is in view ("Showing 1 March 2022 to 1 May 2022: 12 events");
 * once typing pauses, how many events the search leaves ("12 of 25 events").
 * The window it settled on is also the one the screen-reader event list follows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatWindow } from '../layout/format.js';
import { countInWindow, type PreparedTimeline } from '../layout/prepare.js';
import type { TimeWindow } from '../layout/scale.js';
import type { Words } from '../strings.js';
import type { ViewPort } from './host.js';

/** What the live region reads of the element. */
export interface AnnouncerHost extends ReactiveControllerHost {
  /** The element's language, and its words; false while they are on their way. */
  readonly language: string | undefined;
  readonly words: Words;
  readonly wordsReady: boolean;
}

/** What the live region says things about: the events shown, and the window in view. */
export interface AnnouncerInputs {
  prepared: () => PreparedTimeline;
  port: Pick<ViewPort, 'window'>;
}

/** How long the view must rest before it is announced. */
const SETTLE_MS = 700;
/** The longest a glide takes (zoom-controller.ts's GLIDE_MS, and a little more). */
const GLIDE_ALLOWANCE_MS = 600;

export class AnnouncerController implements ReactiveController {
  /** What the live region says. */
  text = '';
  /** The window the view last settled on; unset for new data until the view is laid out. */
  settled: TimeWindow | undefined;
  /**
   * The events the screen-reader list shows: those shown, except while a search is being
   * typed, when it follows once the reader pauses (its hundred entries, laid out anew, were
   * a third of a keystroke's work at 100,000 events). Unset: whatever is shown.
   */
  listed: PreparedTimeline | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sayTimer: ReturnType<typeof setTimeout> | undefined;
  /** What `say` is waiting to say: `now` says it first rather than drop it. */
  private waiting: string | undefined;
  private listTimer: ReturnType<typeof setTimeout> | undefined;
  /** Until when a move of the view is not said (the search moved it: its count is what is said). */
  private quietUntil = 0;

  constructor(
    private readonly host: AnnouncerHost,
    private readonly inputs: AnnouncerInputs,
  ) {
    host.addController(this);
  }

  /** The view moved: announce it once it rests. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const h = this.host;
      // Said in the reader's language, once its words have come.
      if (!h.wordsReady) {
        this.schedule();
        return;
      }
      const w = this.inputs.port.window();
      if (performance.now() < this.quietUntil) {
        this.settled = w;
        return;
      }
      const n = countInWindow(this.inputs.prepared(), w.start, w.end);
      const dates = formatWindow(w.start, w.end, h.language, 'long', h.words.strings);
      this.text = h.words.fill(h.words.strings.announce, {
        start: dates.start,
        end: dates.end,
        events: h.words.events(n),
      });
      this.settled = w;
      h.requestUpdate();
    }, SETTLE_MS);
  }

  /**
   * The view is about to move to show a search's matches: that move is not said, so that the
   * search's count (`say`) is what the reader hears, not the window it brought.
   */
  quietMove(): void {
    this.quietUntil = performance.now() + GLIDE_ALLOWANCE_MS + SETTLE_MS;
  }

  /** Says `text` now (once: the next text replaces it), after what `say` was waiting to say. */
  now(text: string): void {
    clearTimeout(this.sayTimer);
    this.text = this.waiting === undefined ? text : `${this.waiting} ${text}`;
    this.waiting = undefined;
    this.host.requestUpdate();
  }

  /** Says `text` once the reader pauses (a search is typed a key at a time). */
  say(text: string): void {
    clearTimeout(this.sayTimer);
    this.waiting = text;
    this.sayTimer = setTimeout(() => {
      this.waiting = undefined;
      this.text = text;
      this.host.requestUpdate();
    }, SETTLE_MS);
  }

  /**
   * What is shown changed: the list follows at once, or, while the reader `typing` a search,
   * once they pause.
   */
  follow(typing: boolean): void {
    clearTimeout(this.listTimer);
    if (!typing) {
      this.listed = undefined;
      return;
    }
    this.listed ??= this.shownBefore;
    this.listTimer = setTimeout(() => {
      this.listed = undefined;
      this.host.requestUpdate();
    }, SETTLE_MS);
  }

  /** The events shown at the last render, for the list to keep while a search is typed. */
  private shownBefore: PreparedTimeline | undefined;

  hostUpdated(): void {
    this.shownBefore = this.inputs.prepared();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    clearTimeout(this.sayTimer);
    clearTimeout(this.listTimer);
    this.listed = undefined;
  }
}
