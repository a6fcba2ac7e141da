/**
 * The properties a page may set on `<sahel-timeline>`, named once for the framework typings:
 * the React component's props (`sahel-timeline/react`) and the Vue and Svelte template types
 * (`sahel-timeline/vue`, `sahel-timeline/svelte`).
 */
import type { SahelTimeline } from './timeline-element.js';

/**
 * Every public reactive property of the element, in the order the API table lists them. A test
 * checks this list against the element's declared properties, so a new one cannot be left out.
 * @internal
 */
export const SAHEL_TIMELINE_PROPERTIES = [
  'events', 'sources', 'src', 'pending', 'categories', 'locale', 'selected', 'start', 'end',
  'minSpan', 'wheelZoom', 'theme', 'label', 'query', 'filter', 'hiddenCategories', 'groupBy',
  'eras', 'title', 'summary', 'media', 'embedMedia', 'playInterval', 'hash', 'lanes', 'strings',
] as const;

/** The name of a property a page may set on `<sahel-timeline>`. */
export type SahelTimelinePropertyName = (typeof SAHEL_TIMELINE_PROPERTIES)[number];

/** The properties a page may set on `<sahel-timeline>`, each optional, typed as the element types them. */
export type SahelTimelineProperties = Partial<Pick<SahelTimeline, SahelTimelinePropertyName>>;
