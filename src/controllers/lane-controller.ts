/**
 * Lanes (`group-by`, `lanes`): which lanes there are, in what order, named how, which events
 * each holds of those shown, which are collapsed, and how far the stack of lanes is scrolled.
 * The lane list comes from every event, so that a filter or a search empties a lane instead of
 * removing it (nothing jumps); its events are those the filters leave. The view packs the
 * lanes in view (ViewController), render/lanes.ts draws them.
 */
import type { PropertyValues } from 'lit';
import { TimelineEvents, timelineEvent } from '../events.js';
import type { GroupBy, Lane, ShownLane } from '../layout/lanes.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import { lanesShown } from '../pipeline.js';
import type { CategoryTable } from '../render/glyphs.js';
import { countryName } from '../render/intl.js';
import type * as Lanes from '../render/lanes.js';
import { adoptChunkStyles } from './chunk-styles.js';
import type { ElementHost } from './host.js';
import { OnDemand } from './on-demand.js';
import type { Words } from '../strings.js';

export type LanesModule = typeof Lanes;

const chunk = new OnDemand<LanesModule>(() => import('../render/lanes.js'));

/** Loads the lanes' grouping, packing, rendering and styles (once per page). */
export function loadLanes(): Promise<LanesModule> {
  return chunk.load();
}

export type { ShownLane };

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
  /** The events shown: each lane holds those of its events. */
  prepared: () => PreparedTimeline;
  looks: () => CategoryTable;
  /** The field the file `src` read suggests grouping by (its `group`). */
  suggested: () => string | undefined;
  /** Whether a gesture draws on the canvas: the marks move under a still pointer. */
  inking: () => boolean;
}

export class LaneController {
  /** The lanes, in order; empty when the events are not grouped. */
  lanes: readonly ShownLane[] = [];
  /** The lane the roving focus is in (its index): arrows move within it, ↑/↓ out of it. */
  active = 0;
  /** The event whose copies were last drawn lit up. */
  linkedShown: string | null = null;
  /** The event under the pointer, when lanes are shown. */
  hovered: string | null = null;
  /** Lanes the reader collapsed or expanded, by id: over what `lanes` says. */
  private toggled = new Map<string, boolean>();
  /** Each lane's events among all events (time-order positions), from the last grouping. */
  private grouped: readonly Lane[] = [];
  /** What the grouping was made for, to report its problems once. */
  private reportedFor: unknown;
  /** Set while the lanes wait for their chunk: they are grouped once it has come. */
  private waiting = false;
  /** The words lanes were named with: the language may come from an ancestor's `lang`, which changes without a property. */
  private namedWith: Words | undefined;

  constructor(
    private readonly host: LaneHost,
    private readonly inputs: LaneInputs,
  ) {}

  /** What to group by: `group-by`, else the field the file `src` read suggests (its `group`). */
  private get by(): GroupBy | undefined {
    return this.host.groupBy ?? this.inputs.suggested();
  }

  /** Whether the events are grouped in lanes. */
  get on(): boolean {
    const by = this.by;
    return typeof by === 'function' || (typeof by === 'string' && by.trim() !== '');
  }

  /**
   * Brings the lanes up to date (after FilterController.sync): `dataChanged` for new data,
   * `shownChanged` for new filters.
   */
  sync(changed: PropertyValues, dataChanged: boolean, shownChanged: boolean): void {
    const regroup =
      this.waiting || dataChanged || changed.has('groupBy') || changed.has('lanes') || changed.has('categories') || this.host.words !== this.namedWith;
    if (!regroup && !shownChanged) return;
    if (!this.on) {
      this.lanes = [];
      this.grouped = [];
      this.waiting = false;
      return;
    }
    const lanes = chunk.loaded;
    if (!lanes) {
      // The plot stays empty the moment the chunk takes, rather than flash one strip.
      this.lanes = [];
      this.waiting = true;
      void chunk.load().then(() => {
        this.host.requestUpdate();
      });
      return;
    }
    this.waiting = false;
    adoptChunkStyles(this.host.shadowRoot, [lanes.laneStyles]);
    if (regroup) this.group(lanes, changed.has('lanes'));
    this.narrow(lanes);
  }

  /** The lanes chunk, once loaded. */
  get chunk(): LanesModule | undefined {
    return chunk.loaded;
  }

  /** The reader's toggle: collapses a lane, or expands it. */
  toggle(index: number): void {
    const lane = this.lanes[index];
    if (!lane) return;
    this.toggled.set(lane.id, !lane.collapsed);
    this.lanes = this.lanes.map((l, i) => (i === index ? { ...l, collapsed: !l.collapsed } : l));
    this.host.requestUpdate();
  }

  /** Follows the pointer over the marks, so that an event's copies in other lanes light up with it. */
  hover(e: PointerEvent): void {
    // Not while a gesture draws on the canvas: the marks move under a still pointer, and an
    // update a step would undo the canvas's saving.
    if (!this.on || this.inputs.inking()) return;
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

  private group(m: LanesModule, newSpecs: boolean): void {
    const { host } = this;
    const by = this.by as GroupBy;
    const all = this.inputs.all();
    if (newSpecs) this.toggled.clear();
    const locale = host.language;
    this.namedWith = host.words;
    const field = typeof by === 'string' ? by.trim() : '';
    const label = (value: string) =>
      field === 'country' || field === 'countries' ? countryName(value, locale) : field === 'category' ? this.inputs.looks().look(value).label : value;
    const { lanes, problems } = m.groupLanes(all.events, typeof by === 'string' ? field : by, host.lanes, label, host.words.strings.otherLane);
    this.grouped = lanes;
    // A grouping's problems are reported once, not on every filter or language change.
    if (problems.length > 0 && this.reportedFor !== by) {
      this.reportedFor = by;
      const issues = problems.map((p) => ({ index: all.orderOf.get(p.id) ?? null, id: p.id, field: 'groupBy', message: `groupBy ${p.reason}; the event is in the lane "${host.words.strings.otherLane}".`, effect: 'field' as const }));
      console.warn(`<sahel-timeline> groupBy: ${String(problems.length)} events could not be grouped and are in "${host.words.strings.otherLane}".\n${issues.slice(0, 20).map((i) => `${i.id}: ${i.message}`).join('\n')}`);
      host.dispatchEvent(timelineEvent(TimelineEvents.error, { origin: 'lanes', issues, total: all.events.length, shown: all.events.length, usable: true, message: '' }));
    }
  }

  /** Each lane's events among those shown. */
  private narrow(m: LanesModule): void {
    this.lanes = lanesShown(this.grouped, this.inputs.all(), this.inputs.prepared(), (l) => this.toggled.get(l.id) ?? l.collapsed, m.laneTimelines);
    this.active = Math.min(this.active, Math.max(0, this.lanes.length - 1));
  }
}
