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
import type {
  SahelErrorEvent,
  SahelFilterChangeEvent,
  SahelRangeChangeEvent,
  SahelSelectEvent,
  SahelTimelineProperties,
} from './index.js';

/** Listeners for the element's events, as Vue names them (`@sahel-select` is `onSahelSelect`). */
export interface SahelTimelineVueEvents {
  onSahelSelect?: (event: SahelSelectEvent) => void;
  onSahelRangeChange?: (event: SahelRangeChangeEvent) => void;
  onSahelError?: (event: SahelErrorEvent) => void;
  onSahelFilterChange?: (event: SahelFilterChangeEvent) => void;
}

/** What a Vue template may bind on `<sahel-timeline>`. */
export type SahelTimelineVueProps = SahelTimelineProperties & SahelTimelineVueEvents;

declare module 'vue' {
  interface GlobalComponents {
    'sahel-timeline': DefineComponent<SahelTimelineVueProps>;
  }
}
