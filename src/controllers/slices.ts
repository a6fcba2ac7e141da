/**
 * Long work in short tasks: runs a generator (one that yields its share done, 0 to 1) in
 * tasks of about `budget` milliseconds, giving the page its turn between them, so that input,
 * painting and other scripts never wait long. Used to read a million events.
 */

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
      channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}
