/**
 * The engine the tests run in (`ENGINE=firefox npx wtr ...`; web-test-runner.config.mjs), and
 * the one way a test is left out of an engine: never skipped, it is not registered there, and
 * the run prints why.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = ua.includes('Firefox/') ? 'firefox' : ua.includes('Chrome/') ? 'chromium' : 'webkit';

/**
 * `it(title, fn)`, except in the engines `excluded` names, each with the one-line reason it
 * cannot run there (something the engine or its driver cannot do here, not a bug of ours).
 */
export function itExcept(excluded: Partial<Record<Engine, string>>, title: string, fn: Mocha.Func | Mocha.AsyncFunc): void {
  const reason = excluded[engine];
  if (reason === undefined) {
    it(title, fn);
    return;
  }
  console.log(`[not run in ${engine}] ${title}: ${reason}`);
}
