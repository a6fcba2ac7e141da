/**
 * Long work in short tasks: runs a generator (one that yields its share done, 0 to 1) in
 * tasks of about `budget` milliseconds, giving the page its turn between them, so that input,
 * painting and other scripts never wait long. Used to read a million events.
 */

import { tallyCategories } from '../dataset/tally.js';
import { validateEventsInSteps, type ReadResult } from '../dataset/validate.js';
import { prepareTimelineInSteps, type PreparedTimeline } from '../layout/prepare.js';

/** A large list read in slices, waiting for the next update to be shown. */
export interface Read {
  readonly result: ReadResult;
  readonly prepared: PreparedTimeline;
  readonly tally: ReadonlyMap<string | undefined, number>;
}

/**
 * At most this long between two frames: then the next slice waits for one, so that the
 * progress shows (back-to-back message tasks can hold off rendering for seconds).
 */
const FRAME_GAP_MS = 100;

/** Why {@link runInSlices} stopped early: a newer run made this one useless. */
export const CANCELLED = Symbol('cancelled');

export function runInSlices<T>(
  steps: Generator<number, T, void>,
  onProgress: (share: number) => void,
  cancelled: () => boolean,
  budget = 25,
): Promise<T | typeof CANCELLED> {
  return new Promise((resolve, reject) => {
    // A message, not setTimeout: nested timeouts wait at least 4 ms each.
    const channel = new MessageChannel();
    let lastFrame = performance.now();
    const nextSlice = () => {
      if (performance.now() - lastFrame < FRAME_GAP_MS) {
        channel.port2.postMessage(null);
        return;
      }
      // A message posted from a frame's callback runs once that frame is painted; a hidden
      // page, which gets no frames, goes on after a timeout.
      let posted = false;
      const post = () => {
        if (posted) return;
        posted = true;
        lastFrame = performance.now();
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(post);
      setTimeout(post, FRAME_GAP_MS);
    };
    const finish = (value: T | typeof CANCELLED) => {
      channel.port1.close();
      resolve(value);
    };
    channel.port1.onmessage = () => {
      if (cancelled()) {
        finish(CANCELLED);
        return;
      }
      const until = performance.now() + budget;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) {
            finish(next.value);
            return;
          }
          if (performance.now() >= until) {
            onProgress(next.value);
            break;
          }
        }
      } catch (error) {
        channel.port1.close();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      nextSlice();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Validates, prepares and tallies a large list in short tasks, reporting the share done
 * (0 to 1); CANCELLED when a newer list makes it useless.
 */
export async function readInSlices(
  events: readonly unknown[],
  onProgress: (share: number) => void,
  cancelled: () => boolean,
): Promise<Read | typeof CANCELLED> {
  const result = await runInSlices(validateEventsInSteps(events), (v) => { onProgress(0.6 * v); }, cancelled);
  if (typeof result === 'symbol') return result;
  const prepared = await runInSlices(prepareTimelineInSteps(result.events, result.ahead), (p) => { onProgress(0.6 + 0.35 * p); }, cancelled);
  if (typeof prepared === 'symbol') return prepared;
  const tally = await runInSlices(tallyCategories(result.events), (p) => { onProgress(0.95 + 0.05 * p); }, cancelled);
  if (typeof tally === 'symbol') return tally;
  return { result, prepared, tally };
}
