/**
 * Work written as a generator that yields its share done (0 to 1) now and then, so that a
 * caller may spread it over short tasks (controllers/slices.ts) or, as here, run it at once.
 */

/** Runs `steps` to their end in one go and returns what they return. */
export function runSteps<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
