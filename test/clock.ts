/**
 * A clock the test moves by hand, for waits that prove something does NOT happen: instead of
 * sleeping and hoping the time was long enough, a test takes `setTimeout` over, moves time
 * on with `tick(ms)` (running every timer that falls due, in order, as the browser would), and
 * then looks. Only timeouts are taken over: animation frames, `performance.now()` and the
 * helpers' own waits (`until`, which uses `realSetTimeout`) run as usual.
 */

/** The page's own `setTimeout` and `clearTimeout`, whatever a test has put in their place. */
export const realSetTimeout: typeof setTimeout = window.setTimeout.bind(window);
const realClearTimeout: typeof clearTimeout = window.clearTimeout.bind(window);

export interface TestClock {
  /** Moves time on by `ms`, running each timeout that falls due (and any they set that fall due too). */
  tick(ms: number): void;
  /** How many timeouts are waiting. */
  readonly pending: number;
  /** Gives `setTimeout` and `clearTimeout` back; timeouts still waiting are dropped. */
  restore(): void;
}

/** Takes `setTimeout` and `clearTimeout` over until `restore()`. */
export function controlClock(): TestClock {
  let now = 0;
  // Ids far from the browser's, so that clearing a timeout set before the clock reaches the real one.
  let next = 2 ** 30;
  const timers = new Map<number, { at: number; run: () => void }>();
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = next++;
    const run = () => {
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    };
    timers.set(id, { at: now + Math.max(0, Number(ms) || 0), run });
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && timers.has(id)) timers.delete(id);
    else realClearTimeout(id);
  }) as typeof clearTimeout;
  return {
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; run: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
    restore() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}
