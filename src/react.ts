/**
 * `sahel-timeline/react`: `<sahel-timeline>` as a React component, made with @lit/react. A
 * separate entry, so pages without React never load it; it registers the element (the same
 * module as the main entry's, so a page importing both gets one definition).
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SahelTimeline as SahelTimelineElement } from './sahel-timeline.js';
import { TimelineEvents, type SahelChangeEvent, type SahelErrorEvent, type SahelFilterChangeEvent, type SahelRangeChangeEvent, type SahelSelectEvent } from './events.js';
import type { SahelTimelineProperties } from './properties.js';

/** Handlers for the element's events, as props. */
export interface SahelTimelineEventProps {
  /** `sahel-select`: the reader selected an event (`e.detail.event`) or closed it (`e.detail.event` is null), by `e.detail.cause`. */
  onSahelSelect?: (event: SahelSelectEvent) => void;
  /** `sahel-range-change`: the window in view changed (`e.detail.start`, `e.detail.end`), at most once a frame. */
  onSahelRangeChange?: (event: SahelRangeChangeEvent) => void;
  /** `sahel-error`: data could not be loaded, or some items were invalid (`e.detail.issues`, `e.detail.message`). */
  onSahelError?: (event: SahelErrorEvent) => void;
  /** `sahel-filter-change`: the search, a legend toggle or `filter` changed what is shown (`e.detail.shown`). */
  onSahelFilterChange?: (event: SahelFilterChangeEvent) => void;
  /** `sahel-change`: with `editable`, a reader's change before it is made (`e.detail.kind`, `before`, `after`); `preventDefault()` refuses it. */
  onSahelChange?: (event: SahelChangeEvent) => void;
}

/**
 * The component's props: the element's properties, handlers for its events, React's HTML
 * attributes (`className`, `style`, `id`, `lang`...) and a `ref` to the element, through
 * which its methods (`zoomTo`, `fit`, `play`...) and `shownEvents` are reached.
 */
export type SahelTimelineProps = SahelTimelineProperties &
  SahelTimelineEventProps &
  Omit<React.HTMLAttributes<SahelTimelineElement>, keyof SahelTimelineProperties | keyof SahelTimelineEventProps> &
  React.RefAttributes<SahelTimelineElement>;

/**
 * `<sahel-timeline>` for React: properties are set on the element as properties (arrays and
 * functions too), and `onSahelSelect`, `onSahelRangeChange`, `onSahelError`,
 * `onSahelFilterChange` and `onSahelChange` listen to its events.
 *
 * ```tsx
 * <SahelTimeline events={events} locale="fr" onSahelSelect={(e) => setSelected(e.detail.event?.title)} />
 * ```
 */
export const SahelTimeline: React.ForwardRefExoticComponent<SahelTimelineProps> = createComponent({
  react: React,
  tagName: 'sahel-timeline',
  elementClass: SahelTimelineElement,
  displayName: 'SahelTimeline',
  events: {
    onSahelSelect: TimelineEvents.select as EventName<SahelSelectEvent>,
    onSahelRangeChange: TimelineEvents.rangeChange as EventName<SahelRangeChangeEvent>,
    onSahelError: TimelineEvents.error as EventName<SahelErrorEvent>,
    onSahelFilterChange: TimelineEvents.filterChange as EventName<SahelFilterChangeEvent>,
    onSahelChange: TimelineEvents.change as EventName<SahelChangeEvent>,
  },
});

export { SahelTimelineElement };
export type { SahelTimelineProperties, SahelTimelinePropertyName } from './properties.js';
export type * from './events.js';
export type * from './dataset/types.js';
