/**
 * The engine the tests run in (`ENGINE=firefox npx wtr ...`; web-test-runner.config.mjs), and
 * the one way a test is left out of an engine: never skipped, it is not registered there, and
 * the run prints why.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = ua.includes('Firefox/') ? 'firefox' : ua.includes('Chrome/') ? 'chromium' : 'webkit';

type Excluded = Partial<Record<Engine, string>>;

/** Whether a test (or suite) is left out of this engine: if so, the run prints why. */
function leftOut(excluded: Excluded, title: string): boolean {
  const reason = excluded[engine];
  if (reason !== undefined) console.log(`[not run in ${engine}] ${title}: ${reason}`);
  return reason !== undefined;
}

/**
 * `it(title, fn)`, except in the engines `excluded` names, each with the one-line reason it
 * cannot run there (something the engine or its driver cannot do here, not a bug of ours).
 */
export function itExcept(excluded: Excluded, title: string, fn: Mocha.Func | Mocha.AsyncFunc): void {
  if (!leftOut(excluded, title)) it(title, fn);
}

/** `describe(title, fn)`, except in the engines `excluded` names, as {@link itExcept}. */
export function describeExcept(excluded: Excluded, title: string, fn: (this: Mocha.Suite) => void): void {
  if (!leftOut(excluded, title)) describe(title, fn);
}

/** Why the tests that need one thing an engine's driver lacks here are left out of it. */
export const LACKS = {
  /** Touch: a touch screen and touch gestures. */
  touch: "WebKitGTK's WebDriver sends no touch input",
  /** The print medium, for the page's print styles (WebKit's colour scheme is the desktop's, switched). */
  media: "WebKitGTK's WebDriver cannot emulate the print medium",
  /** A coarse pointer (a touch screen), as CSS sees it. */
  coarse: "WebKitGTK's WebDriver cannot emulate a coarse pointer",
  /** Forced colours (Windows High Contrast). */
  forced: 'Safari has no forced colours mode (forced-colors is always none there): nothing to test',
  /** The page scrolled by the wheel. */
  scroll: "WebKitGTK's WebDriver wheel actions never reach the page here, and a dispatched wheel event scrolls nothing",
  /** The tab's console and uncaught errors, frames' included. */
  console: "WebKitGTK's WebDriver gives no console log",
  /** The ink worker (an OffscreenCanvas painted in a worker). */
  inkWorker: "WebKit's pages paint their gesture canvas themselves: its web process crashed with the ink worker (render/ink-hand-over.ts)",
  /** A page printed to PDF. */
  print: "WebKitGTK's WebDriver has no Print Page command",
  /** The accessibility tree as assistive technology reads it. */
  tree: "the accessibility tree is read over Chrome's DevTools protocol; Firefox's WebDriver BiDi and WebKit's WebDriver give none",
} as const;
