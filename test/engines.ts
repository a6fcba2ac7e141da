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

/** `describe(title, fn)`, except in the engines `excluded` names, as {@link itExcept}. */
export function describeExcept(excluded: Partial<Record<Engine, string>>, title: string, fn: (this: Mocha.Suite) => void): void {
  const reason = excluded[engine];
  if (reason === undefined) {
    describe(title, fn);
    return;
  }
  console.log(`[not run in ${engine}] ${title}: ${reason}`);
}

/** Why the tests that need one thing an engine's driver lacks here are left out of it. */
export const LACKS = {
  /** Touch: a touch screen and touch gestures. */
  touch: "WebKitGTK's WebDriver sends no touch input",
  /** Media a page cannot set itself: print, a colour scheme, forced colours, a coarse pointer. */
  media: "WebKitGTK's WebDriver cannot emulate media (print, a dark colour scheme, forced colours, a coarse pointer)",
  /** The page scrolled by the wheel. */
  scroll: "WebKitGTK's WebDriver wheel actions never reach the page here, and a dispatched wheel event scrolls nothing",
  /** The tab's console and uncaught errors, frames' included. */
  console: "WebKitGTK's WebDriver gives no console log",
  /** A page printed to PDF. */
  print: "WebKitGTK's WebDriver has no Print Page command",
  /** The browser's cache turned off. */
  cache: "WebKitGTK's WebDriver cannot turn the browser's cache off",
} as const;
