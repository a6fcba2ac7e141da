/**
 * `sahel-timeline/vue`: types `<sahel-timeline>` in Vue templates (vue-tsc, Vue's editor
 * tooling): its properties, and `@sahel-select`, `@sahel-range-change`, `@sahel-error` and
 * `@sahel-filter-change` with their event types. Types only; reference it once, in a `.d.ts`
 * of the app:
 *
 * ```ts
 * /// <reference types="sahel-timeline/vue" />
 * ```
 *
 * Vue's compiler must also be told that the tag is a custom element:
 * `compilerOptions.isCustomElement: (tag) => tag === 'sahel-timeline'` (see the README).
 */
import type { DefineComponent } from 'vue';
import type { SahelTimelineProperties, TimelineEventDetails } from './index.js';

/** An event's name as Vue writes its listener: `sahel-range-change` is `onSahelRangeChange`. */
type Listener<S extends string> = `on${Capitalize<Camel<S>>}`;
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Listeners for the element's events (`TimelineEventDetails`), as Vue names them (`@sahel-select` is `onSahelSelect`). */
export type SahelTimelineVueEvents = {
  [K in keyof TimelineEventDetails as Listener<K>]?: (event: CustomEvent<TimelineEventDetails[K]>) => void;
};

/** What a Vue template may bind on `<sahel-timeline>`. */
export type SahelTimelineVueProps = SahelTimelineProperties & SahelTimelineVueEvents;

declare module 'vue' {
  interface GlobalComponents {
    'sahel-timeline': DefineComponent<SahelTimelineVueProps>;
  }
}
