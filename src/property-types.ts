/**
 * The types of `<sahel-timeline>`'s properties that are neither data (dataset/types.ts) nor
 * words (strings.ts): type-only, so the published declarations of the element reach nothing
 * of its internals through them.
 */
import type { TimelineEvent } from './dataset/types.js';
import type { ChangeKind } from './events.js';

/** A page's own test of which events to show (`filter`). */
export type EventFilter = (event: TimelineEvent) => boolean;

/** What lanes group by (`groupBy`): a field's name, or a function giving an event's lane or lanes. */
export type GroupBy = string | ((event: TimelineEvent) => string | readonly string[] | undefined);

/** A lane as the page describes it (`lanes`): its order (the list's), its label, and whether it starts collapsed. */
export interface LaneSpec {
  readonly id: string;
  readonly label?: string;
  readonly collapsed?: boolean;
}

/**
 * A page's test of which edits a reader may make (`canEdit`): `event` is null when adding.
 * Called before each edit is offered and again before it is made; one that throws allows nothing.
 */
export type EditTest = (event: TimelineEvent | null, kind: ChangeKind) => boolean;
