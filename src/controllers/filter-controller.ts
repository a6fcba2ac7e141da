/**
 * What is shown of the valid events: the legend's category toggles (`hiddenCategories`), the
 * search box (`query`) and the page's own `filter`. Narrows DataController's events to the
 * ones shown, which every other behaviour (plot, next and previous, the screen-reader list,
 * counts) then works on, and fires `sahel-filter-change` when that changes.
 */
import type { PropertyValues } from 'lit';
import { SearchIndex } from '../dataset/search.js';
import type { TimelineEvent } from '../dataset/types.js';
import { TimelineEvents, timelineEvent } from '../events.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import { subsetTimeline } from '../layout/subset.js';
import { countryName } from '../render/intl.js';
import type { TimelineHost } from './timeline-host.js';

/** A page's own test of which events to show. */
export type EventFilter = (event: TimelineEvent) => boolean;

export class FilterController {
  /** The search index of the events it was built for, in the language it names countries in. */
  private index: { of: PreparedTimeline; locale: string | undefined; index: SearchIndex } | undefined;
  /** Set once a throwing `filter` has been reported, so the console hears of it once. */
  private warned: EventFilter | undefined;

  constructor(private readonly host: TimelineHost) {}

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
    if (!dataChanged && !filtersChanged && !changed.has('categories')) return false;
    const data = this.host.data;
    data.prepared = this.active ? this.narrow(data.all) : data.all;
    if (filtersChanged) this.host.dispatchEvent(timelineEvent(TimelineEvents.filterChange, this.detail()));
    return true;
  }

  /** The legend's toggle: hides a category, or shows it again. */
  toggleCategory(id: string): void {
    const h = this.host;
    h.hiddenCategories = h.hiddenCategories.includes(id) ? h.hiddenCategories.filter((c) => c !== id) : [...h.hiddenCategories, id];
  }

  /** What `sahel-filter-change` says. */
  detail(): { shown: number; total: number; query: string; categories: string[] } {
    const { data, hiddenCategories, query } = this.host;
    const categories = [...data.counts.keys()].filter((c) => !hiddenCategories.includes(c));
    return { shown: data.prepared.events.length, total: data.all.events.length, query, categories };
  }

  private narrow(all: PreparedTimeline): PreparedTimeline {
    const { query, hiddenCategories, filter, data } = this.host;
    const matches = query.trim() === '' ? undefined : this.search(all).match(query);
    const hidden = new Set(hiddenCategories);
    const looks = data.looks;
    const passes = (event: TimelineEvent) => {
      if (!filter) return true;
      try {
        return filter(event);
      } catch (error) {
        // A broken filter hides nothing: no valid event is lost to a page's bug.
        if (this.warned !== filter) console.warn('<sahel-timeline> filter threw; the event is shown:', error);
        this.warned = filter;
        return true;
      }
    };
    return subsetTimeline(all, (order) => {
      const p = all.events[order];
      if (!p || (matches && matches[order] !== 1)) return false;
      const category = looks.look(p.event.category).id;
      return (category === undefined || !hidden.has(category)) && passes(p.event);
    });
  }

  private search(all: PreparedTimeline): SearchIndex {
    const locale = this.host.language;
    if (this.index?.of !== all || this.index.locale !== locale) {
      // Countries are found by code, by name in the reader's language, and by English name.
      const names = (code: string) => [countryName(code, locale), countryName(code, 'en')];
      this.index = { of: all, locale, index: new SearchIndex(all.events.map((p) => p.event), names) };
    }
    return this.index.index;
  }
}
