/**
 * `sahel-timeline/svelte`: types `<sahel-timeline>` in Svelte 5 markup (svelte-check, the
 * Svelte language server): its properties, its attributes, and the event attributes
 * `onsahel-select`, `onsahel-range-change`, `onsahel-error` and `onsahel-filter-change`. Types
 * only; reference it once, in a `.d.ts` of the app:
 *
 * ```ts
 * /// <reference types="sahel-timeline/svelte" />
 * ```
 */
import type { HTMLAttributes } from 'svelte/elements';
import type {
  SahelErrorEvent,
  SahelFilterChangeEvent,
  SahelRangeChangeEvent,
  SahelSelectEvent,
  SahelTimeline,
  SahelTimelineProperties,
} from './index.js';

/** An event of the element, as Svelte's handlers receive it. */
type On<E extends Event> = (event: E & { currentTarget: EventTarget & SahelTimeline }) => void;

/** Event attributes for the element's events: Svelte 5 listens to `sahel-select` with `onsahel-select`. */
export interface SahelTimelineSvelteEvents {
  'onsahel-select'?: On<SahelSelectEvent>;
  'onsahel-range-change'?: On<SahelRangeChangeEvent>;
  'onsahel-error'?: On<SahelErrorEvent>;
  'onsahel-filter-change'?: On<SahelFilterChangeEvent>;
}

/** The element's attributes whose names differ from their properties'. */
export interface SahelTimelineAttributes {
  'min-span'?: string;
  'wheel-zoom'?: boolean;
  'group-by'?: string;
  'play-interval'?: number;
  'embed-media'?: boolean;
}

/** What Svelte markup may set on `<sahel-timeline>`. */
export type SahelTimelineSvelteProps = Omit<HTMLAttributes<SahelTimeline>, keyof SahelTimelineProperties> &
  SahelTimelineProperties &
  SahelTimelineAttributes &
  SahelTimelineSvelteEvents;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'sahel-timeline': SahelTimelineSvelteProps;
  }
}
