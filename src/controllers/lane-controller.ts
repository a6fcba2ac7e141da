/**
 * Lanes (`group-by`, `lanes`): whether the events are grouped, the lanes as shown and the one
 * the focus is in. A shell: the lanes chunk (render/lanes.ts) brings their grouping
 * (lane-grouping.ts), packing, drawing and styles when a timeline first groups. The view
 * packs the lanes in view (ViewController), render/lanes.ts draws them.
 */
import type { PropertyValues } from 'lit';
import type { GroupBy, ShownLane } from '../layout/lanes.js';
import type * as Lanes from '../render/lanes.js';
import { lanesChunk } from './chunks.js';
import type { LaneGrouping, LaneHost, LaneInputs } from './lane-grouping.js';
import { ChunkController } from './on-demand.js';

export type LanesModule = typeof Lanes;
export type { LaneHost, LaneInputs, ShownLane };

export class LaneController {
  /** The lanes, in order; empty when the events are not grouped. */
  lanes: readonly ShownLane[] = [];
  /** The lane the roving focus is in (its index): arrows move within it, ↑/↓ out of it. */
  active = 0;
  /** The grouping, once the chunk has come. */
  private impl: LaneGrouping | undefined;
  /** Set while the lanes wait for their chunk: they are grouped once it has come. */
  private waiting = false;
  private readonly chunked: ChunkController<LanesModule>;

  constructor(
    private readonly host: LaneHost,
    private readonly inputs: LaneInputs,
  ) {
    this.chunked = new ChunkController(host, lanesChunk, (m) => [m.laneStyles]);
  }

  /** What to group by: `group-by`, else the field the file `src` read suggests (its `group`). */
  get by(): GroupBy | undefined {
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
      this.waiting || dataChanged || changed.has('groupBy') || changed.has('lanes') || changed.has('categories') || this.host.words !== this.impl?.namedWith;
    if (!regroup && !shownChanged) return;
    if (!this.on) {
      this.lanes = [];
      this.waiting = false;
      return;
    }
    const m = this.chunked.get();
    // The plot stays empty the moment the chunk takes, rather than flash one strip.
    this.waiting = !m;
    if (!m) {
      this.lanes = [];
      return;
    }
    this.impl ??= new m.LaneGrouping(this.host, this.inputs);
    this.lanes = this.impl.lanes(this.by as GroupBy, regroup, changed.has('lanes'));
    this.active = Math.min(this.active, Math.max(0, this.lanes.length - 1));
  }

  /** The lanes chunk, once loaded. */
  get chunk(): LanesModule | undefined {
    return lanesChunk.loaded;
  }

  /** The reader's toggle: collapses a lane, or expands it. */
  toggle(index: number): void {
    const lane = this.lanes[index];
    if (!lane) return;
    this.impl?.toggle(lane);
    this.lanes = this.lanes.map((l, i) => (i === index ? { ...l, collapsed: !l.collapsed } : l));
    this.host.requestUpdate();
  }

  /** Follows the pointer over the marks, so that an event's copies in other lanes light up with it. */
  hover(e: PointerEvent): void {
    if (this.on) this.impl?.hover(e);
  }

  /** The event whose copies are highlighted together (see LaneGrouping.linked). */
  linked(focusOnPlot: boolean, activeId: string | null): string | null {
    return this.impl?.linked(focusOnPlot, activeId) ?? null;
  }

  /** Whether moving the roving focus to `id` changes which event's copies are lit up. */
  relinks(id: string | null): boolean {
    return this.impl?.relinks(id) ?? id !== null;
  }
}
