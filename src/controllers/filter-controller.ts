/**
 * What is shown of the valid events: the legend's category toggles (`hiddenCategories`), the
 * search box (`query`) and the page's own `filter`. Narrows DataController's events to the
 * ones shown, which every other behaviour (plot, next and previous, the screen-reader list,
 * counts) then works on, and fires `sahel-filter-change` when that changes.
 */
import type { PropertyValues } from 'lit';
import type { SearchIndex } from '../dataset/search.js';
import { runSteps } from '../dataset/steps.js';
import type { TimelineEvent } from '../dataset/types.js';
import { TimelineEvents, timelineEvent, type FilterChangeDetail } from '../events.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import { categoryCodes, type CategoryCodes } from '../layout/subset.js';
import { MemorySource, type EventSource, type LaneTimelines, type ShownRequest } from '../layout/event-source.js';
import { showEvents } from '../pipeline.js';
import type { EventFilter } from '../property-types.js';
import type { CategoryTable } from '../render/glyphs.js';
import { countryName } from '../render/intl.js';
import type { ElementHost } from './host.js';
import { searchChunk as searching } from './chunks.js';

/** How long one task of building the search index may take. */
const SLICE_MS = 8;

export type { EventFilter };

/** What the filters read of the element besides its properties. */
export interface FilterHost extends ElementHost {
  /** The element's language: the search finds countries by their names in it. */
  readonly language: string | undefined;
}

/** What the filters narrow: every valid event, their categories' looks and counts. */
export interface FilterInputs {
  all: () => PreparedTimeline;
  looks: () => CategoryTable;
  /** How many events each category has. */
  counts: () => ReadonlyMap<string, number>;
  /** The lanes chunk's split of the events into lanes, once it has come. */
  laneTimelines: () => LaneTimelines | undefined;
}

export class FilterController {
  /** The events shown: all the valid ones, less what the filters hide. */
  shown: PreparedTimeline;
  /** Where they are read from (the in-memory index, from the first update on), and what the filters and the search ask of it. */
  source!: EventSource;
  request!: ShownRequest;
  /**
   * The search index of the events it is for, in the language it names countries in: built,
   * or being built in short tasks (`steps`).
   */
  private index: { of: PreparedTimeline; locale: string | undefined; index?: SearchIndex; steps: Generator<number, SearchIndex, void> } | undefined;
  /**
   * How many events of each category the search and `filter` leave, for the legend; unset
   * when they leave every event (the legend then shows the data's counts).
   */
  counts: ReadonlyMap<string, number> | undefined;
  /** Each event's category by number, for the events it is for: made, or being made in short tasks. */
  private codes: { of: PreparedTimeline; steps: Generator<number, CategoryCodes, void>; done?: CategoryCodes } | undefined;
  /** Set once a throwing `filter` has been reported, so the console hears of it once. */
  private warned: EventFilter | undefined;
  private pending = false;
  private read = false;
  private failed = false;

  constructor(
    private readonly host: FilterHost,
    private readonly inputs: FilterInputs,
  ) {
    this.shown = inputs.all();
  }

  /** A query waits for the search chunk: everything stays shown, and nothing is said, until it comes. */
  get waiting(): boolean {
    return this.pending;
  }

  /** Whether anything narrows what is shown. */
  get active(): boolean {
    const h = this.host;
    return h.query.trim() !== '' || h.hiddenCategories.length > 0 || h.filter !== undefined;
  }

  /**
   * Brings the events shown up to date with the data and the three filters (call after
   * DataController.sync); true when they changed.
   */
  sync(changed: PropertyValues, dataChanged: boolean): boolean {
    const filtersChanged = changed.has('query') || changed.has('hiddenCategories') || changed.has('filter');
    const any = dataChanged || filtersChanged || changed.has('categories');
    // The first update makes the source, even while a large list is being read.
    if (!any && this.read) return false;
    this.read = true;
    const { query, hiddenCategories, filter } = this.host;
    const all = this.inputs.all();
    this.counts = undefined;
    this.pending = false;
    // A snapshot of the index as it is now (the search's may come later: then a new one).
    this.source = new MemorySource({
      all,
      looks: this.inputs.looks(),
      search: (q) => this.search(all)?.positions(q),
      codes: () => {
        const numbered = this.categoryCodes(all);
        return (numbered.done ??= runSteps(numbered.steps));
      },
      laneTimelines: () => this.inputs.laneTimelines(),
    });
    this.request = { hidden: new Set(hiddenCategories), filter: filter && this.safe(filter), query };
    ({ shown: this.shown, counts: this.counts } = showEvents(this.source, this.request));
    if (filtersChanged && !this.waiting) this.host.dispatchEvent(timelineEvent(TimelineEvents.filterChange, this.detail()));
    return any;
  }

  /** The legend's toggle: hides a category, or shows it again. */
  toggleCategory(id: string): void {
    const h = this.host;
    h.hiddenCategories = h.hiddenCategories.includes(id) ? h.hiddenCategories.filter((c) => c !== id) : [...h.hiddenCategories, id];
  }

  /** What `sahel-filter-change` says. */
  detail(): FilterChangeDetail {
    const { hiddenCategories, query } = this.host;
    const categories = [...this.inputs.counts().keys()].filter((c) => !hiddenCategories.includes(c));
    return { shown: this.shown.events.length, total: this.inputs.all().events.length, query, categories };
  }

  /** The page's `filter` made safe: a broken filter hides nothing (no valid event is lost to a page's bug), and the console hears of it once. */
  private safe(filter: EventFilter): (event: TimelineEvent) => boolean {
    return (event) => {
      try {
        return filter(event);
      } catch (error) {
        if (this.warned !== filter) console.warn('<sahel-timeline> filter threw; the event is shown:', error);
        this.warned = filter;
        return true;
      }
    };
  }

  /** The {@link categoryCodes} of `all`: made, or being made (in the search's idle tasks). */
  private categoryCodes(all: PreparedTimeline): NonNullable<FilterController['codes']> {
    if (this.codes?.of !== all) this.codes = { of: all, steps: categoryCodes(all) };
    return this.codes;
  }

  /**
   * Starts building the search index ahead of the first key, in tasks of a few milliseconds
   * (the element calls this when the search box gets the focus): at 100,000 events it takes
   * longer than a keystroke may, and longer than a task should.
   */
  prepareSearch(): void {
    if (!searching.loaded) {
      void searching.load().then(() => { this.prepareSearch(); });
      return;
    }
    const all = this.inputs.all();
    const entry = this.entry(all);
    // The categories by number too, for the first key that narrows what is shown.
    const codes = this.categoryCodes(all);
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      do {
        if (this.index === entry && !entry.index) {
          const next = entry.steps.next();
          if (next.done) entry.index = next.value;
        } else if (this.codes === codes && !codes.done) {
          const next = codes.steps.next();
          if (next.done) codes.done = next.value;
        } else {
          return;
        }
      } while (performance.now() < until);
      setTimeout(slice, 0);
    };
    slice();
  }

  /**
   * The index for `all`, finished at once if it is still being built; undefined while the
   * search chunk loads (the query is applied again, and announced, once it has come).
   */
  private search(all: PreparedTimeline): SearchIndex | undefined {
    this.pending = !searching.loaded;
    if (this.pending) {
      searching.load().then(
        () => {
          // Marked as changed, so that the next update applies the query and says so.
          this.host.requestUpdate('query', undefined);
        },
        (error: unknown) => {
          // Offline, or the site was deployed anew: the search shows everything, said once.
          if (!this.failed) console.warn('<sahel-timeline> the search could not be loaded; every event stays shown:', error);
          this.failed = true;
        },
      );
      return undefined;
    }
    const entry = this.entry(all);
    entry.index ??= runSteps(entry.steps);
    return entry.index;
  }

  /** The index (built or being built) for `all` in the element's language. */
  private entry(all: PreparedTimeline): NonNullable<FilterController['index']> {
    const locale = this.host.language;
    if (this.index?.of !== all || this.index.locale !== locale) {
      // Countries are found by code, by name in the reader's language, and by English name.
      const names = (code: string) => [countryName(code, locale), countryName(code, 'en')];
      const { buildSearchIndex } = searching.loaded as NonNullable<typeof searching.loaded>;
      this.index = { of: all, locale, steps: buildSearchIndex(all.events.map((p) => p.event), names) };
    }
    return this.index;
  }
}
