// Checked by svelte-check, never run: misuses of <sahel-timeline> that must not compile, so
// that typings which let anything through (an `any`) fail the build. (Svelte markup has no
// expect-error comment, so this reads the props type the markup is checked against.)
import type { SvelteHTMLElements } from 'svelte/elements';

type Props = SvelteHTMLElements['sahel-timeline'];

/** Uses that must compile: the attributes named in kebab-case, derived from the element's declaration. */
export const uses: Props[] = [{ 'min-span': 'P1D', 'group-by': 'country', 'play-interval': 4, 'wheel-zoom': true, selected: null }];

export const misuses: Props[] = [
  // @ts-expect-error: `events` is a list of TimelineEvent.
  { events: 42 },
  // @ts-expect-error: `e.detail.event` is null when the reader closes the details.
  { 'onsahel-select': (e) => e.detail.event.title },
  // @ts-expect-error: the detail is `{ event, cause }`, not the event itself.
  { 'onsahel-select': (e) => e.detail.title },
  // @ts-expect-error: `theme` is 'light' or 'dark'.
  { theme: 'blue' },
  // @ts-expect-error: `play-interval` is a number of seconds.
  { 'play-interval': 'slow' },
  // @ts-expect-error: a range change's detail has no `title`.
  { 'onsahel-range-change': (e) => e.detail.title },
];
