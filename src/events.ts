/**
 * The events the element fires, their detail types, and the typed `addEventListener` map.
 */
import type { TimelineEvent } from './dataset/types.js';
import type { ValidationIssue } from './dataset/validate.js';

/** Names of the events `<sahel-timeline>` fires. */
export const TimelineEvents = {
  select: 'sahel-select',
  rangeChange: 'sahel-range-change',
  error: 'sahel-error',
  filterChange: 'sahel-filter-change',
  change: 'sahel-change',
} as const;

/**
 * What made the reader's selection: `pointer` (a click or tap on an event, a row of a list, the
 * toolbar's Previous or Next, a Close button), `keyboard` (Enter or Space on those, Escape,
 * Enter in the search box), `play` (Play walking through the events), `hash` (the URL: a link
 * opened on an event, or Back and Forward, with `hash`).
 */
export type SelectCause = 'pointer' | 'keyboard' | 'play' | 'hash';

/** Detail of `sahel-select`: the event the reader selected (null: they closed it), and how. */
export interface SelectDetail {
  /** The selected event, or null when the reader closed the details. */
  readonly event: TimelineEvent | null;
  readonly cause: SelectCause;
}

/** Detail of `sahel-filter-change`: what the legend's toggles, the search and `filter` leave shown. */
export interface FilterChangeDetail {
  /** How many events are shown, of how many valid ones. */
  readonly shown: number;
  readonly total: number;
  /** The search, as typed ('' for none). */
  readonly query: string;
  /** The categories shown: those present, less the ones hidden with the legend. */
  readonly categories: readonly string[];
}

/** What an edit does to an event (`sahel-change`). */
export type ChangeKind = 'move' | 'resize' | 'add' | 'remove' | 'edit';

/**
 * Detail of `sahel-change`, fired before an edit is made (with `editable`), cancelable: call
 * `preventDefault()` to refuse it, or set `after` to an adjusted copy of it (an event that
 * would not pass validation is refused, and the reader told). Once made, `events` holds a new
 * array with the change; the page's array and events are never changed in place.
 */
export interface ChangeDetail {
  /** `move` (in time or to another lane), `resize` (an end), `add`, `remove`, or `edit` (the form). */
  readonly kind: ChangeKind;
  /** The event as it was; null for `add`. */
  readonly before: TimelineEvent | null;
  /** The event as the edit would leave it; null for `remove`. A listener may put an adjusted copy here (not for `undo` and `redo`). */
  after: TimelineEvent | null;
  /** What the reader used: `pointer` (a drag, a double-click, a button) or `keyboard`. */
  readonly cause: 'pointer' | 'keyboard';
  /** Set when the change undoes an earlier one, or makes it again (Ctrl+Z, Ctrl+Shift+Z, the notice's Undo). */
  readonly history?: 'undo' | 'redo';
}

/** Detail of `sahel-range-change`: the window now in view. */
export interface RangeChangeDetail {
  /** Where the window starts; an invalid Date beyond the ±270,000 years a Date holds (see `startTime`). */
  readonly start: Date;
  readonly end: Date;
  /** The same instants in UTC milliseconds, which hold any year (deep time). */
  readonly startTime: number;
  readonly endTime: number;
}

/** Detail of `sahel-error`: what was wrong with the data, and what could still be shown. */
export interface TimelineErrorDetail {
  /**
   * Where the data came from; `lanes` for events `groupBy` could not put in a lane, `eras`
   * for eras that could not be drawn.
   */
  readonly origin: 'events' | 'src' | 'lanes' | 'eras';
  /**
   * Every problem, each with the item's index, the field, the reason and what it cost (the
   * item, or only the field). Also written to the console, once per report.
   */
  readonly issues: readonly ValidationIssue[];
  /** How many items the input held, and how many are shown. */
  readonly total: number;
  readonly shown: number;
  /** Whether the timeline still has events to show. */
  readonly usable: boolean;
  /**
   * For the page's readers: what could not be shown and why, in their words, as the notice
   * shows it. Empty when nothing a reader would miss is wrong (a value kept as given).
   */
  readonly message: string;
}

export type SahelSelectEvent = CustomEvent<SelectDetail>;
export type SahelRangeChangeEvent = CustomEvent<RangeChangeDetail>;
export type SahelErrorEvent = CustomEvent<TimelineErrorDetail>;
export type SahelFilterChangeEvent = CustomEvent<FilterChangeDetail>;
export type SahelChangeEvent = CustomEvent<ChangeDetail>;

/** Each event's name and the type of its detail. */
export interface TimelineEventDetails {
  'sahel-select': SelectDetail;
  'sahel-range-change': RangeChangeDetail;
  'sahel-error': TimelineErrorDetail;
  'sahel-filter-change': FilterChangeDetail;
  'sahel-change': ChangeDetail;
}

/** Makes an event that bubbles out of the shadow root, its detail typed by its name. @internal */
export function timelineEvent<K extends keyof TimelineEventDetails>(name: K, detail: TimelineEventDetails[K]): CustomEvent<TimelineEventDetails[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/** Whether a click came from a pointer or from the keyboard (Enter or Space on a button: no clicks counted). @internal */
export function inputCause(e: Event): 'pointer' | 'keyboard' {
  return e instanceof MouseEvent && e.detail > 0 ? 'pointer' : 'keyboard';
}

declare global {
  interface HTMLElementEventMap {
    'sahel-select': SahelSelectEvent;
    'sahel-range-change': SahelRangeChangeEvent;
    'sahel-error': SahelErrorEvent;
    'sahel-filter-change': SahelFilterChangeEvent;
    'sahel-change': SahelChangeEvent;
  }
}
