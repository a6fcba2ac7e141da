// @ts-check
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { ensureDisplay, findFirefox, findWebKit, miniBrowserCapabilities, startColorScheme, startWebKitDriver } from './scripts/find-engines.mjs';
import { consoleErrorsPlugin } from './scripts/wtr-console-plugin.mjs';
import { enginePlugin, WebKitLauncher } from './scripts/wtr-engine-plugin.mjs';
import { printPlugin } from './scripts/wtr-print-plugin.mjs';
import { wheelPlugin } from './scripts/wtr-wheel-plugin.mjs';

// The engine the tests run in: ENGINE=chromium (the default), firefox or webkit. `npm test`
// runs them all, one after the other (scripts/test-engines.mjs).
const ENGINE = process.env.ENGINE ?? 'chromium';
if (!['chromium', 'firefox', 'webkit'].includes(ENGINE)) {
  console.error(`ENGINE=${ENGINE}: the tests run in chromium, firefox or webkit.`);
  process.exit(1);
}

// A time zone far from UTC (UTC+14), so that a date read in local time fails a test.
const env = { ...process.env, TZ: 'Pacific/Kiritimati' };

/** @returns {(concurrency: number) => import('@web/test-runner').BrowserLauncher} */
async function launcherFor(/** @type {string} */ engine) {
  if (engine === 'firefox') {
    // Debian's firefox-esr over WebDriver BiDi (puppeteer-core; no driver, no download).
    // --remote-allow-system-access lets the engine plugin set Firefox's media preferences.
    // From a run's second page on, headless Firefox throttled a same-process frame's animation
    // frames to one a second, as it does to frames it takes to be unseen (this one was in view):
    // a glide in the embedding tests' frame stalled. The preference keeps their frames coming.
    const executablePath = findFirefox();
    return (concurrency) =>
      chromeLauncher({ puppeteer: /** @type {any} */ (puppeteerCore), concurrency, launchOptions: { browser: 'firefox', executablePath, headless: true, args: ['--remote-allow-system-access'], extraPrefsFirefox: { 'layout.throttle_in_process_iframes': false }, env } });
  }
  if (engine === 'webkit') {
    // WebKitGTK's MiniBrowser, driven by WebKitWebDriver (classic WebDriver) on an X display.
    // One WebDriver session, one page: every file in one queue (concurrency 1 below).
    const { driver, browser } = findWebKit();
    const display = await ensureDisplay();
    // WebKit takes its default locale from LANG, which is often C here ("100000", not
    // "100,000"); Chromium and Firefox default to en-US: so does WebKit, under test.
    const port = await startWebKitDriver(driver, { ...env, DISPLAY: display, LANG: 'en_US.UTF-8', LC_ALL: '' });
    const launcher = new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: { ...miniBrowserCapabilities(browser), 'wdio:enforceWebDriverClassic': true },
    });
    launcher.display = display;
    launcher.colorScheme = await startColorScheme(display);
    return () => launcher;
  }
  const executablePath = findChrome();
  return (concurrency) => chromeLauncher({ concurrency, launchOptions: { executablePath, headless: true, args: CHROME_ARGS, env } });
}

const browser = await launcherFor(ENGINE);

// Tests of pure functions: no element, no input, no timers, so they need not wait in the
// element queue and may share the browser. Any other test file is an element test.
const PURE = ['chronology', 'dataset', 'dataset-fr', 'dates', 'double-tap', 'event-source', 'export-svg', 'fields', 'import', 'ink-ops', 'lanes', 'pack', 'pipeline', 'prepare', 'properties', 'reveal', 'scale-math', 'scene', 'search', 'ticks', 'validate', 'zoom-transform'].map((name) => `test/${name}.test.ts`);

// Element tests run one at a time: they drive real input, focus and media emulation, and
// time glides and debounces, which a second page on the same 2 cores would disturb.
// `wtr --files a.test.ts` (or `wtr a.test.ts`) runs just those files in that one queue:
// groups would add every other file back.
const named = process.argv.slice(2).some((arg, i, args) => arg.startsWith('--files') || (!arg.startsWith('-') && !args[i - 1]?.startsWith('--')));
// WebKit's one WebDriver session takes every file in one queue. So does Firefox: a page beside
// another is a tab behind it, and Firefox slows a background tab's animation frames, which the
// element tests' glides count on (the pure tests are quick: one queue costs little).
const queues =
  named || ENGINE !== 'chromium'
    ? { files: ['test/**/*.test.ts'], browsers: [browser(1)], ...(ENGINE !== 'chromium' ? { concurrency: 1 } : {}) }
    : {
        groups: [
          { name: 'pure', files: PURE, browsers: [browser(2)] },
          { name: 'element', files: ['test/**/*.test.ts', ...PURE.map((f) => `!${f}`)], browsers: [browser(1)] },
        ],
      };

/**
 * On a fresh clone dist/ does not exist, and the embedding tests load the standalone bundle
 * as a page would: build it once. An existing dist/ is left as it is (`npm test` builds first).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function buildIfMissing() {
  return {
    name: 'build-if-missing',
    serverStart() {
      if (existsSync('dist/sahel-timeline.bundle.js')) return;
      console.log('dist/ is missing: running npm run build once, for the pages that load the bundle');
      try {
        execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
      } catch {
        console.error('npm run build failed: the tests that load dist/sahel-timeline.bundle.js will fail');
      }
    },
  };
}

/** Every file under `path` (or `path` itself), for their modification times. */
const filesIn = (/** @type {string} */ path) =>
  !existsSync(path) ? [] : statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => filesIn(join(path, name))) : [path];

/**
 * test/docs.test.ts loads the docs site from /site/ (a sub-path, as a static host may serve
 * it): writes it (scripts/build-docs.mjs, a few seconds) when it is missing or older than
 * what it is made of. Skipped when the files named do not include the docs tests.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function buildDocsIfStale() {
  return {
    name: 'build-docs-if-stale',
    serverStart() {
      if (named && !process.argv.some((arg) => arg.includes('docs'))) return;
      if (!existsSync('dist/sahel-timeline.bundle.js')) return;
      const sources = ['docs', 'demo', 'DATASET.md', 'bench/results.md', 'scripts/build-docs.mjs', 'scripts/api-page.mjs', 'scripts/check-docs.mjs', 'scripts/docs-pages.mjs', 'scripts/docs-markdown.mjs', 'dist/sahel-timeline.bundle.js', 'dist/custom-elements.json', 'dist/dataset'];
      const newest = Math.max(...sources.flatMap(filesIn).map((file) => statSync(file).mtimeMs));
      const built = 'site/playground.js';
      if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
      try {
        execFileSync(process.execPath, ['scripts/build-docs.mjs'], { stdio: 'inherit' });
      } catch {
        console.error('scripts/build-docs.mjs failed: the docs tests will fail');
      }
    },
  };
}

/**
 * The stubs the standalone bundle puts in place of d3-selection and d3-transition
 * (rollup.config.mjs's D3_STUBS, scripts/d3-stubs/) are used here too, so that the tests
 * drive the zoom that ships. Not those of d3-color, d3-ease and d3-interpolate: tests use
 * d3-scale, which the bundle does not, and which needs the real interpolators.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function d3Stubs() {
  const stubs = new Set(['d3-selection', 'd3-transition']);
  return {
    name: 'd3-stubs',
    resolveImport: ({ source }) => (stubs.has(source) ? `/scripts/d3-stubs/${source.slice(3)}.mjs` : undefined),
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...queues,
  nodeResolve: true,
  rootDir: '.',
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // Firefox and WebKit retry a failed test once: a few of their timing-bound tests (a glide
  // from a page still taking its chunks, a press as a canvas gives way) failed one full run
  // in three on this 2-core machine and passed on the next. A test that fails twice fails.
  testFramework: { config: { timeout: 20_000, ...(ENGINE === 'chromium' ? {} : { retries: 1 }) } },
  middleware: [
    // A worker started from the sources (render/ink-hand-over.ts: new URL('./ink-worker.js', import.meta.url))
    // asks for a .js file that is a .ts one: esbuild resolves imports so, not such requests.
    function sourceWorker(context, next) {
      if (context.path.startsWith('/src/') && context.path.endsWith('.js') && !existsSync(`.${context.path}`) && existsSync(`.${context.path.slice(0, -3)}.ts`)) {
        context.path = `${context.path.slice(0, -3)}.ts`;
      }
      return next();
    },
    // A module is held back while the page's cookie `slow-module` names its path
    // (`slow-module=/src/render/lanes.ts:400`, in milliseconds): a chunk that arrives late, on
    // purpose, so that a test can see what is drawn before it comes.
    async function slowModule(context, next) {
      const held = /(?:^|;\s*)slow-module=([^;:]+):(\d+)/.exec(context.get('cookie'));
      if (held && context.path === decodeURIComponent(held[1] ?? '')) await new Promise((resolve) => setTimeout(resolve, Number(held[2])));
      return next();
    },
    // Pages under test/fixtures/csp/ are served with a strict Content-Security-Policy.
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', "default-src 'self'");
      return next();
    },
    // /test/slow/<ms>/<title>.json answers after <ms> milliseconds with one event titled <title>,
    // to test a slow response overtaken by a newer one.
    // /test/slow-body/<ms>/<title>.json sends its headers and half its body at once, the rest
    // after <ms> milliseconds: a load cut short while its body is on the way.
    async function slowBody(context, next) {
      const m = /^\/test\/slow-body\/(\d+)\/([\w-]+)\.json$/.exec(context.path);
      if (!m) return next();
      const body = new PassThrough();
      context.type = 'application/json';
      context.body = body;
      body.write(`[{"id":"${m[2]}","title":"${m[2]}",`);
      setTimeout(() => body.end('"start":"2020-01-01"}]'), Number(m[1]));
      return undefined;
    },
    async function slowJson(context, next) {
      const m = /^\/test\/slow\/(\d+)\/([\w-]+)\.json$/.exec(context.path);
      if (!m) return next();
      await new Promise((resolve) => setTimeout(resolve, Number(m[1])));
      context.type = 'application/json';
      context.body = JSON.stringify([{ id: m[2], title: m[2], start: '2020-01-01' }]);
      return undefined;
    },
  ],
  plugins: [buildIfMissing(), buildDocsIfStale(), d3Stubs(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), enginePlugin(), wheelPlugin(), printPlugin(), consoleErrorsPlugin()],
};
