/**
 * The story view (`mode="story"`): one slide at a time, the title card first and then the
 * events shown, in time order; the plot under it is the navigator (render/story.ts draws the
 * slide's frame). ← and →, Home and End, a swipe, the slide's buttons, Play, Back and Forward
 * (with `hash`) and choosing a mark all move between slides, since a slide is the selection.
 *
 * When the slide's own controls or the browser's history change it, its heading takes the
 * focus, which is what a screen reader then reads; when something else does (a mark chosen on
 * the navigator, the toolbar, the page, a filter), the change is said once instead, and Play
 * says its own. Never on the first slide shown, nor for the link a page opens on.
 *
 * The entry of a chunk loaded on demand (StoryController), with its styles.
 */
import type { nothing, ReactiveController, TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { SelectCause } from '../events.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import { renderStory, storyWords } from '../render/story.js';
import type { StoryStrings, Words } from '../strings.js';
import type { ElementHost, ViewPort } from './host.js';

export { story as storyStyles } from '../styles/story.js';

/** What the story view reads and does. */
export interface StoryInputs {
  /** The events shown, in time order: the slides after the title card. */
  prepared: () => PreparedTimeline;
  /** The selected event's place among them (undefined: the title card). */
  selectedOrder: () => number | undefined;
  /** The previous or next slide (selection.step, which in this mode steps through the title card). */
  stepSelection: (by: 1 | -1, cause: SelectCause) => void;
  /** Selects a slide's event (null: the title card); true when it changed. */
  select: (id: string | null, cause: SelectCause) => boolean;
  port: Pick<ViewPort, 'reveal'>;
  announce: (text: string) => void;
  /** The view is about to move to the slide's event: that move is not said (the slide is). */
  quietMove: () => void;
  /** Whether Play is walking through the slides (it says each itself). */
  playing: () => boolean;
}

/** The least a swipe travels across, in CSS pixels, to turn the slide. */
const SWIPE = 48;

export class StoryView implements ReactiveController {
  /** The slide drawn last (an event's id, or null for the title card), its place (-1: the title card) and title. */
  private drawn: { id: string | null; at: number; title: string } | undefined;
  /** The slide the reader was last told of or brought to; undefined until the first is shown. */
  private shown: string | null | undefined;
  /** Set by the slide's controls: the next slide's heading takes the focus. */
  private focusNext = false;
  /** Set when the browser's history moved (Back, Forward): the slide it selects takes the focus. */
  private fromHistory = false;
  /** Why the selection last changed (undefined: the page, or a filter, changed it). */
  private cause: SelectCause | undefined;
  /** The way the last change went, for the slide's entrance ('' for the first: it does not move in). */
  private enter: '' | 'forward' | 'back' = '';
  private said: Words | undefined;
  private wordsOf: [Words, StoryStrings] | undefined;
  private touch: { x: number; y: number } | undefined;

  constructor(
    private readonly host: ElementHost,
    private readonly inputs: StoryInputs,
  ) {
    // A controller from now on (called at once if the element is connected).
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onHistory);
    window.addEventListener('hashchange', this.onHistory);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onHistory);
    window.removeEventListener('hashchange', this.onHistory);
  }

  /**
   * The story's frame around `slide`, the selected event's details or the title card (whose
   * heading is `cardTitle`), with the buttons to the slides either side.
   */
  render(slide: TemplateResult | DirectiveResult | typeof nothing, cardTitle: string, words: Words): TemplateResult {
    this.said = words;
    const { events } = this.inputs.prepared();
    const order = this.inputs.selectedOrder();
    const at = order ?? -1;
    const id = order === undefined ? null : (events[order]?.event.id ?? null);
    // Asked of the script as well as the CSS: a slide moves in only where the reader allows motion.
    if (this.drawn && this.drawn.id !== id) this.enter = matchMedia('(prefers-reduced-motion: reduce)').matches ? '' : at < this.drawn.at ? 'back' : 'forward';
    this.drawn = { id, at, title: order === undefined ? cardTitle : (events[order]?.event.title ?? '') };
    return renderStory({
      slide,
      key: id ?? '',
      enter: this.enter,
      place: at < 0 ? words.events(events.length) : this.place(at, words),
      before: at === 0 ? cardTitle : events[at - 1]?.event.title,
      after: events[at + 1]?.event.title,
      words,
      onStep: (by, cause) => { this.move(by, cause); },
      onKey: this.onKey,
      onTouchStart: this.onTouchStart,
      onTouchEnd: this.onTouchEnd,
    });
  }

  /** The story's words in `words`' language (the same object while `words` is: the slide is written again only when they change). */
  words(words: Words): StoryStrings {
    if (this.wordsOf?.[0] !== words) this.wordsOf = [words, storyWords(words)];
    return this.wordsOf[1];
  }

  /**
   * The selection changed, and why (from the element's composition). A change from the URL
   * takes the focus only after Back or Forward: the link a page opens on is where it starts.
   */
  selected(cause: SelectCause | undefined): void {
    this.cause = cause;
    if (cause === 'hash' && this.fromHistory) this.focusNext = true;
    this.fromHistory = false;
  }

  /**
   * After the element updated: a new slide takes the focus (the slide's controls, Back and
   * Forward) or is said once (anything else but Play, which says its own, and the page's
   * opening link). Never the first slide shown.
   */
  hostUpdated(): void {
    const drawn = this.drawn;
    const { focusNext: focus, cause } = this;
    this.focusNext = false;
    this.cause = undefined;
    if (this.host.mode !== 'story' || !drawn || drawn.id === this.shown) return;
    const first = this.shown === undefined;
    this.shown = drawn.id;
    if (first) return;
    this.inputs.quietMove();
    // A new slide is read from its top.
    const frame = this.host.renderRoot.querySelector<HTMLElement>('.story .slide');
    if (frame) frame.scrollTop = 0;
    if (focus) this.host.renderRoot.querySelector<HTMLElement>('.story h2')?.focus();
    else if (cause !== 'play' && cause !== 'hash' && !this.inputs.playing() && this.said) {
      this.inputs.announce(drawn.at < 0 ? drawn.title : this.place(drawn.at, this.said, drawn.title));
    }
  }

  /** Where slide `at` stands among the events shown ("3 of 25"), with its `title` when given ("3 of 25: Talks open"). */
  private place(at: number, words: Words, title?: string): string {
    const t = this.words(words);
    return words.fill(title === undefined ? t.slideOf : t.slideShown, { n: words.number(at + 1), count: words.number(this.inputs.prepared().events.length), title: title ?? '' });
  }

  /** To the slide `by` away, the focus following, if there is one. */
  private move(by: 1 | -1, cause: SelectCause): void {
    const at = this.inputs.selectedOrder() ?? -1;
    if (at + by < -1 || at + by >= this.inputs.prepared().events.length) return;
    this.focusNext = true;
    this.inputs.stepSelection(by, cause);
  }

  /** To the title card (-1) or the event at `order`, the focus following. */
  private go(order: number): void {
    const target = order < 0 ? null : (this.inputs.prepared().events[order]?.event.id ?? null);
    if (!this.inputs.select(target, 'keyboard')) return;
    this.focusNext = true;
    if (order >= 0) this.inputs.port.reveal(order, true);
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // Keys typed into a field, or moving through a video's controls, are theirs.
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, iframe, video, audio'))) return;
    const last = this.inputs.prepared().events.length - 1;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') this.move(e.key === 'ArrowLeft' ? -1 : 1, 'keyboard');
    else if (e.key === 'Home' || e.key === 'End') this.go(e.key === 'Home' ? -1 : last);
    else return;
    e.preventDefault();
  };

  private readonly onTouchStart = (e: TouchEvent): void => {
    const t = e.touches[0];
    this.touch = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : undefined;
  };

  private readonly onTouchEnd = (e: TouchEvent): void => {
    const from = this.touch;
    const t = e.changedTouches[0];
    this.touch = undefined;
    if (!from || !t) return;
    const dx = t.clientX - from.x;
    // Across, not down the page: a reader scrolling the slide keeps it.
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 2 * Math.abs(t.clientY - from.y)) this.move(dx < 0 ? 1 : -1, 'pointer');
  };

  private readonly onHistory = (): void => {
    this.fromHistory = true;
  };
}
