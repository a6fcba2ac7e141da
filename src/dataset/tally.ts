/** Counting events by category, in steps (a million events are counted in short tasks). Pure. */
import type { TimelineEvent } from './types.js';

/** How many events name each category, as written. */
export type Tally = ReadonlyMap<string | undefined, number>;

/** How many events name each category (as written), yielding the share done now and then. @internal */
export function* tallyCategories(list: readonly TimelineEvent[]): Generator<number, Map<string | undefined, number>, void> {
  const tally = new Map<string | undefined, number>();
  for (let i = 0; i < list.length; i++) {
    if (i % 65_536 === 0 && i > 0) yield i / list.length;
    const c = list[i]?.category;
    tally.set(c, (tally.get(c) ?? 0) + 1);
  }
  return tally;
}
