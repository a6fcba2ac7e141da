/**
 * Undo and redo: each change's lists before and after, kept whole (the same arrays, so that
 * undoing gives back the exact list the page had), within a budget of list entries so that a
 * long session over a large dataset does not hold hundreds of copies. Pure: no DOM.
 */
import type { TimelineEvent } from '../dataset/types.js';
import type { EventChange } from './edit-changes.js';

/** One step of the history: the change and the lists either side of it. */
export interface HistoryStep {
  readonly change: EventChange;
  readonly before: readonly TimelineEvent[];
  readonly after: readonly TimelineEvent[];
}

/** At most this many entries of lists are kept (about 8 bytes each): 32 steps of 100,000 events. */
const BUDGET = 3_200_000;

export class EditHistory {
  private done: HistoryStep[] = [];
  private undone: HistoryStep[] = [];

  /** Records a change just made; what was undone can no longer be redone. */
  push(step: HistoryStep): void {
    this.done.push(step);
    this.undone = [];
    let kept = 0;
    for (let i = this.done.length - 1; i >= 0; i--) {
      kept += (this.done[i]?.before.length ?? 0) + (this.done[i]?.after.length ?? 0);
      // The newest step is always kept, whatever its size.
      if (kept > BUDGET && i < this.done.length - 1) {
        this.done = this.done.slice(i + 1);
        break;
      }
    }
  }

  /** The step Undo would take back, if any. */
  get undoable(): HistoryStep | undefined {
    return this.done.at(-1);
  }

  /** The step Redo would make again, if any. */
  get redoable(): HistoryStep | undefined {
    return this.undone.at(-1);
  }

  /** Moves the last step to the redo list (the caller restores its `before`). */
  undo(): HistoryStep | undefined {
    const step = this.done.pop();
    if (step) this.undone.push(step);
    return step;
  }

  /** Moves the last undone step back (the caller restores its `after`). */
  redo(): HistoryStep | undefined {
    const step = this.undone.pop();
    if (step) this.done.push(step);
    return step;
  }

  /** Forgets everything: the page gave other events. */
  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
