/**
 * The properties a page may set on `<sahel-timeline>`, as types for the framework typings:
 * the React component's props (`sahel-timeline/react`) and the Vue and Svelte template types
 * (`sahel-timeline/vue`, `sahel-timeline/svelte`). Derived from the class that declares them
 * (timeline-properties.ts), so they never need a list of their own.
 */
import type { LitElement } from 'lit';
import type { TimelineProperties } from './timeline-properties.js';

/** The name of a property a page may set on `<sahel-timeline>`. */
export type SahelTimelinePropertyName = Exclude<keyof TimelineProperties, keyof LitElement>;

/** The properties a page may set on `<sahel-timeline>`, each optional, typed as the element types them. */
export type SahelTimelineProperties = Partial<Pick<TimelineProperties, SahelTimelinePropertyName>>;
