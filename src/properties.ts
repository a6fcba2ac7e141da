/**
 * The properties a page may set on `<sahel-timeline>`, and their attributes, as types for the
 * framework typings: the React component's props (`sahel-timeline/react`) and the Vue and
 * Svelte template types (`sahel-timeline/vue`, `sahel-timeline/svelte`). Derived from the class
 * that declares them (timeline-properties.ts), so they never need a list of their own.
 */
import type { LitElement } from 'lit';
import type { TimelineProperties } from './timeline-properties.js';

/** The name of a property a page may set on `<sahel-timeline>`. */
export type SahelTimelinePropertyName = Exclude<keyof TimelineProperties, keyof LitElement>;

/** The properties a page may set on `<sahel-timeline>`, each optional, typed as the element types them. */
export type SahelTimelineProperties = Partial<Pick<TimelineProperties, SahelTimelinePropertyName>>;

/** A property's name as its attribute spells it: `minSpan` is `min-span` (the element's rule, checked in test/properties.test.ts). */
type KebabCase<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${KebabCase<Rest>}` : S;

/** What HTML can give a property through its attribute: its values that are text, numbers or booleans. */
type AttributeValue<K extends SahelTimelinePropertyName> = Extract<TimelineProperties[K], string | number | boolean>;

/**
 * The attributes of `<sahel-timeline>`, each optional: every property whose value may be text,
 * a number or a boolean has one, named in kebab-case (`locale`, `min-span`, `group-by`), typed
 * as those of its values; arrays, objects and functions are properties only.
 */
export type SahelTimelineAttributes = {
  [K in SahelTimelinePropertyName as [AttributeValue<K>] extends [never] ? never : KebabCase<K>]?: AttributeValue<K>;
};

/** The name of an attribute of `<sahel-timeline>`. */
export type SahelTimelineAttributeName = keyof SahelTimelineAttributes;
