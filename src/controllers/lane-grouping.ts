/**
 * The lanes' grouping, in the lanes chunk (LaneController is its shell, in the first load):
 * the lane list from every event, named in the reader's language (so that a filter or a search
 * empties a lane instead of removing it: nothing jumps), the lanes the reader folded, each
 * lane's events among those shown (read from the events' source), the event whose copies
 * light up together, and `groupBy`'s problems, reported once.
 */
import { TimelineEvents, timelineEvent } from '../events.js';
import type { EventSource, ShownRequest } from '../layout/event-source.js';
import { groupLanes, laneIssues, type GroupBy, type Lane, type ShownLane } from '../layout/lanes.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import { lanesShown } from '../pipeline.js';
import type { CategoryTable } from '../render/glyphs.js';
import { countryName } from '../render/intl.js';
import type { Words } from '../strings.js';
import type { ElementHost } from './host.js';

/** What the lanes read of the element besides its properties. */
export interface LaneHost extends ElementHost {
  /** The element's language (countries' names). */
  readonly language: string | undefined;
  readonly words: Words;
}

/** What the lanes are made from: the events, and how their categories are named. */
export interface LaneInputs {
  /** Every valid event (the lane list comes from them all). */
  all: () => PreparedTimeline;
  /** Where the events shown are read, and what the filters ask of it: each lane holds those of its events. */
  source: () => EventSource;
  request: () => ShownRequest;
  looks: () => CategoryTable;
  /** The field the file `src` read suggests grouping by (its `group`). */
  suggested: () => string | undefined;
  /** Whether a gesture draws on the canvas: the marks move under a still pointer. */
  inking: () => boolean;
}

export class LaneGrouping {
  /** The event whose copies were last drawn lit up. */
  private linkedShown: string | null = null;
  /** The event under the pointer, when lanes are shown. */
  private hovered: string | null = null;
  /** Lanes the reader collapsed or expanded, by id: over what `lanes` says. */
  private readonly toggled = new Map<string, boolean>();
  /** Each lane's events among all events (time-order positions), from the last grouping. */
  private grouped: readonly Lane[] = [];
  /** What the grouping was made for, to report its problems once. */
  private reportedFor: unknown;
  /** The words lanes were named with: the language may come from an ancestor's `lang`, which changes without a property. */
  namedWith: Words | undefined;

  constructor(
    private readonly host: LaneHost,
    private readonly inputs: LaneInputs,
  ) {}

  /** The lanes as shown: grouped anew by `by` when `regroup` (`newSpecs`: the page's `lanes` changed), else only narrowed to the events shown. */
  lanes(by: GroupBy, regroup: boolean, newSpecs: boolean): ShownLane[] {
    if (regroup) this.group(by, newSpecs);
    return lanesShown(this.inputs.source(), this.inputs.request(), this.grouped, (l) => this.toggled.get(l.id) ?? l.collapsed);
  }

  /** The reader's toggle of `lane`: collapsed from now on, or expanded. */
  toggle(lane: ShownLane): void {
    this.toggled.set(lane.id, !lane.collapsed);
  }

  /** Follows the pointer over the marks, so that an event's copies in other lanes light up with it. */
  hover(e: PointerEvent): void {
    // Not while a gesture draws on the canvas: the marks move under a still pointer, and an
    // update a step would undo the canvas's saving.
    if (this.inputs.inking()) return;
    const mark = e.type === 'pointerleave' ? null : (e.target as Element).closest<HTMLElement>('.event');
    const id = mark?.dataset.id ?? null;
    if (id === this.hovered) return;
    this.hovered = id;
    this.host.requestUpdate();
  }

  /**
   * The event whose copies are highlighted together: the one under the pointer, else, while
   * the focus is on the plot, the one holding the roving focus (known before the focus moves
   * to it, so that its copies light up in the same render).
   */
  linked(focusOnPlot: boolean, activeId: string | null): string | null {
    this.linkedShown = this.hovered ?? (focusOnPlot ? activeId : null);
    return this.linkedShown;
  }

  /** Whether moving the roving focus to `id` changes which event's copies are lit up. */
  relinks(id: string | null): boolean {
    return this.linkedShown !== (this.hovered ?? id);
  }

  private group(by: GroupBy, newSpecs: boolean): void {
    const { host } = this;
    const all = this.inputs.all();
    if (newSpecs) this.toggled.clear();
    const locale = host.language;
    this.namedWith = host.words;
    const field = typeof by === 'string' ? by.trim() : '';
    const label = (value: string) =>
      field === 'country' || field === 'countries' ? countryName(value, locale) : field === 'category' ? this.inputs.looks().look(value).label : value;
    const { lanes, problems } = groupLanes(all.events, typeof by === 'string' ? field : by, host.lanes, label, host.words.strings.otherLane);
    this.grouped = lanes;
    // A grouping's problems are reported once, not on every filter or language change.
    if (problems.length > 0 && this.reportedFor !== by) {
      this.reportedFor = by;
      const { issues, warning } = laneIssues(problems, all, host.words.strings.otherLane);
      console.warn(warning);
      host.dispatchEvent(timelineEvent(TimelineEvents.error, { origin: 'lanes', issues, total: all.events.length, shown: all.events.length, usable: true, message: '' }));
    }
  }
}
