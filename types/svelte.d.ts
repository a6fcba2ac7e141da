/**
 * `sahel-timeline/svelte`: types `<sahel-timeline>` in Svelte 5 markup (svelte-check, the
 * Svelte language server): its properties, its attributes, and the event attributes
 * `onsahel-select`, `onsahel-range-change`, `onsahel-error`, `onsahel-filter-change` and `onsahel-change`. Types
 * only; reference it once, in a `.d.ts` of the app:
 *
 * ```ts
 * /// <reference types="sahel-timeline/svelte" />
 * ```
 */
import type { HTMLAttributes } from 'svelte/elements';
import type {
  SahelTimeline,
  SahelTimelineAttributes,
  SahelTimelineProperties,
  SahelTimelinePropertyName,
  TimelineEventDetails,
} from './index.js';

export type { SahelTimelineAttributes };

/** An event of the element, as Svelte's handlers receive it. */
type On<E extends Event> = (event: E & { currentTarget: EventTarget & SahelTimeline }) => void;

/**
 * Event attributes for the element's events (`TimelineEventDetails`): Svelte 5 listens to
 * `sahel-select` with `onsahel-select`.
 */
export type SahelTimelineSvelteEvents = {
  [K in keyof TimelineEventDetails as `on${K}`]?: On<CustomEvent<TimelineEventDetails[K]>>;
};

/**
 * What Svelte markup may set on `<sahel-timeline>`: its properties, and the attributes whose
 * names differ from their properties' (`min-span`, `group-by`, …; derived from the element's
 * declaration, as the properties are), its events and HTML's own attributes.
 */
export type SahelTimelineSvelteProps = Omit<HTMLAttributes<SahelTimeline>, keyof SahelTimelineProperties> &
  SahelTimelineProperties &
  Omit<SahelTimelineAttributes, SahelTimelinePropertyName> &
  SahelTimelineSvelteEvents;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'sahel-timeline': SahelTimelineSvelteProps;
  }
}
