/**
 * The story view's frame around one slide (`mode="story"`, controllers/story-view.ts keeps
 * its state and input): the buttons to the slides either side, which name them, and where the
 * slide stands, above the slide (so they stay put whatever its height: a reader clicking Next
 * again and again never chases them); then the slide, the details panel (or the title card)
 * drawn large.
 * Its words, in English, under a table's own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { inputCause } from '../events.js';
import type { StoryStrings, Words } from '../strings.js';
import { icons } from './icons.js';

/** The story's English words, under a table's own (`en` leaves them to this chunk). */
export const storyEn: StoryStrings = {
  slide: 'slide',
  slideOf: '{n} of {count}',
  slideShown: '{n} of {count}: {title}',
  hint: 'Go through the {events} with Next event, the arrow keys or a swipe, or choose one on the timeline below.',
  keys: [
    [['←', '→'], 'On the slide: the previous or next one'],
    [['Home', 'End'], 'On the slide: the title card or the last one'],
  ],
};

/** The story's words in `words`' language: its table's, over the English ones. */
export function storyWords(words: Words): StoryStrings {
  return { ...storyEn, ...words.strings.story };
}

/** One slide in its frame, as the story view draws it. */
export interface SlideFrame {
  /** The slide: the selected event's details, or the title card. */
  readonly slide: TemplateResult | DirectiveResult | typeof nothing;
  /** Its key: a new slide is a new element, which moves in. */
  readonly key: string;
  /** The way it moves in ('' for none: the first slide, or reduced motion). */
  readonly enter: '' | 'forward' | 'back';
  /** Where it stands ("3 of 25"), or on the title card how many events there are. */
  readonly place: string;
  /** The titles of the slides either side, undefined at an end. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly words: Words;
  readonly onStep: (by: 1 | -1, cause: 'pointer' | 'keyboard') => void;
  readonly onKey: (e: KeyboardEvent) => void;
  readonly onTouchStart: (e: TouchEvent) => void;
  readonly onTouchEnd: (e: TouchEvent) => void;
}

/** The story's frame around one slide. */
export function renderStory(f: SlideFrame): TemplateResult {
  const s = f.words.strings;
  return html`<div
    class="story"
    part="story"
    @keydown=${f.onKey}
    @touchstart=${{ handleEvent: f.onTouchStart, passive: true }}
    @touchend=${{ handleEvent: f.onTouchEnd, passive: true }}
  >
    <div class="slide-nav">
      ${step(f, -1, s.previousEvent, f.before)}
      <p class="slide-count">${f.place}</p>
      ${step(f, 1, s.nextEvent, f.after)}
    </div>
    <div class="slide ${f.enter && `enter-${f.enter}`}">${keyed(f.key, f.slide)}</div>
  </div>`;
}

/** A button to the slide `by` away, its word and the slide's title (disabled at an end). */
function step(f: SlideFrame, by: 1 | -1, word: string, title: string | undefined): TemplateResult {
  return html`<button
    class="control slide-step ${by < 0 ? 'previous' : 'next'}"
    part="control"
    type="button"
    ?disabled=${title === undefined}
    @click=${(e: MouseEvent) => { f.onStep(by, inputCause(e)); }}
  >
    ${by < 0 ? icons.previous : nothing}<span class="step-text"><span class="step-word" dir="auto">${word}</span>${title ? html` <span class="step-title" dir="auto">${title}</span>` : nothing}</span>${by > 0 ? icons.next : nothing}
  </button>`;
}
