// The input and media commands the tests use (test/commands.ts), in each engine the tests run
// in. @web/test-runner-commands' own work in Chromium, and in Firefox except for emulated media
// (puppeteer emulates it over CDP, which Firefox does not speak); in WebKit (a webdriver
// launcher) they cannot hold a key down, emulate media or set the viewport. Here:
//   Chromium: @web/test-runner-commands' own commands, unchanged.
//   Firefox:  the same, but media through Firefox's own preferences and each tab's print
//             medium, set from its privileged (chrome) scope over WebDriver BiDi, which Firefox
//             allows when started with --remote-allow-system-access.
//   WebKit:   keys and pointer through WebDriver actions, the viewport through the window's
//             size; media cannot be emulated: the page is told what a test asked for
//             (test/commands.ts then answers matchMedia for prefers-reduced-motion, so that the
//             element's glides follow it; CSS cannot be, and the tests that need it say so).
import { emulateMediaPlugin, sendKeysPlugin, sendMousePlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { fitWindow, focusWebKitWindow } from './find-engines.mjs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */

/** The engine a session runs in. */
export function engineOf(/** @type {any} */ session) {
  if (session.browser.type === 'webdriver') return 'webkit';
  return session.browser.name === 'Firefox' ? 'firefox' : 'chromium';
}

const builtIn = {
  'engine:send-keys': ['send-keys', sendKeysPlugin()],
  'engine:send-mouse': ['send-mouse', sendMousePlugin()],
  'engine:reset-mouse': ['reset-mouse', sendMousePlugin()],
  'engine:set-viewport': ['set-viewport', setViewportPlugin()],
  'engine:emulate-media': ['emulate-media', emulateMediaPlugin()],
};

/**
 * Runs privileged script in Firefox's parent process (its chrome scope) over WebDriver BiDi.
 * @param {import('puppeteer-core').Page} page
 * @param {string} expression
 */
export async function firefoxChrome(page, expression) {
  const connection = /** @type {any} */ (page.browser()).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context;
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`Firefox chrome script failed: ${result.exceptionDetails?.text ?? expression}`);
  return result.result?.value;
}

/**
 * Sets Firefox preferences (null clears one), then waits until the page's `matchMedia(query)`
 * says `expected` for each of `checks`: a preference reaches the content process a moment later.
 * @param {import('puppeteer-core').Page} page
 * @param {Record<string, number | null>} prefs
 * @param {[string, boolean][]} checks
 */
export async function setFirefoxPrefs(page, prefs, checks) {
  const set = Object.entries(prefs).map(([name, value]) =>
    value === null ? `Services.prefs.clearUserPref(${JSON.stringify(name)});` : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${String(value)});`,
  );
  await firefoxChrome(page, set.join(''));
  await waitForMedia(page, checks);
}

/** Waits until the page's media queries answer as expected (2 s at most, then an error). */
async function waitForMedia(/** @type {import('puppeteer-core').Page} */ page, /** @type {[string, boolean][]} */ checks) {
  const t0 = Date.now();
  for (;;) {
    const now = await page.evaluate((qs) => qs.map(([q]) => window.matchMedia(q).matches), checks);
    if (now.every((m, i) => m === checks[i]?.[1])) return;
    if (Date.now() - t0 > 2000) throw new Error(`Firefox did not take up the emulated media: ${JSON.stringify(checks)} (now ${JSON.stringify(now)})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * emulate-media's payload in Firefox: prefers-reduced-motion and prefers-color-scheme through
 * the preferences Firefox's own tests use, and the medium (screen or print) through every tab's
 * browsing context (the tests' pages are one at a time in the element queue).
 * @param {import('puppeteer-core').Page} page
 * @param {{ media?: string, colorScheme?: string, reducedMotion?: string }} payload
 */
async function firefoxMedia(page, payload) {
  /** @type {Record<string, number | null>} */
  const prefs = {};
  /** @type {[string, boolean][]} */
  const checks = [];
  if (payload.reducedMotion) {
    prefs['ui.prefersReducedMotion'] = payload.reducedMotion === 'reduce' ? 1 : 0;
    checks.push(['(prefers-reduced-motion: reduce)', payload.reducedMotion === 'reduce']);
  }
  if (payload.colorScheme) {
    prefs['layout.css.prefers-color-scheme.content-override'] = payload.colorScheme === 'dark' ? 0 : 1;
    // Firefox lays out print media in the light scheme whatever the preference: no check there.
    if (payload.media !== 'print') checks.push(['(prefers-color-scheme: dark)', payload.colorScheme === 'dark']);
  }
  if (payload.media) {
    const medium = payload.media === 'print' ? 'print' : '';
    await firefoxChrome(page, `for (const win of Services.wm.getEnumerator('navigator:browser')) for (const b of win.gBrowser.browsers) b.browsingContext.mediumOverride = ${JSON.stringify(medium)};`);
    checks.push(['print', payload.media === 'print']);
  }
  await setFirefoxPrefs(page, prefs, checks);
}

/** WebDriver key values for the key names the tests press (the rest are their own characters). */
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ', Backspace: '\uE003', Delete: '\uE017', Insert: '\uE016',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
  PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
};
const key = (/** @type {string} */ name) => (name === '\n' ? KEYS.Enter : /** @type {Record<string, string>} */ (KEYS)[name] ?? name);

/**
 * The driver of a WebKit session.
 * @returns {import('webdriverio').Browser}
 */
export function webkitDriver(/** @type {any} */ session) {
  return session.browser.driver;
}

/** Sizes the window so that the page's viewport is `width` x `height` CSS pixels. */
export function fitViewport(/** @type {import('webdriverio').Browser} */ driver, /** @type {number} */ width, /** @type {number} */ height) {
  const measure = async () => /** @type {number[]} */ (await driver.execute('return [innerWidth, innerHeight, outerWidth, outerHeight]'));
  return fitWindow(measure, (w, h) => driver.setWindowSize(w, h), width, height);
}

/** WebKit's commands, through WebDriver. */
async function webkitCommand(/** @type {string} */ command, /** @type {any} */ payload, /** @type {any} */ session) {
  const driver = webkitDriver(session);
  if (command === 'engine:send-keys') {
    const down = (/** @type {string} */ k) => ({ type: 'keyDown', value: key(k) });
    const up = (/** @type {string} */ k) => ({ type: 'keyUp', value: key(k) });
    const actions = payload.press
      ? [down(payload.press), up(payload.press)]
      : payload.down
        ? [down(payload.down)]
        : payload.up
          ? [up(payload.up)]
          : [...String(payload.type)].flatMap((c) => [down(c), up(c)]);
    await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    return true;
  }
  if (command === 'engine:set-viewport') {
    await fitViewport(driver, payload.width, payload.height);
    return true;
  }
  if (command === 'engine:emulate-media') {
    // The colour scheme as the desktop sets it (XSETTINGS); the rest WebKitGTK's WebDriver
    // cannot emulate: test/commands.ts answers reduced motion in the page.
    const scheme = /** @type {any} */ (payload).colorScheme;
    const colors = /** @type {WebKitLauncher} */ (session.browser).colorScheme;
    if (scheme === 'dark' && !colors) throw new Error("WebKit's window cannot be made dark here: install xsettingsd (Debian's xsettingsd)");
    if (scheme && colors) {
      colors.setDark(scheme === 'dark');
      const query = `return matchMedia('(prefers-color-scheme: ${scheme === 'dark' ? 'dark' : 'light'})').matches`;
      for (let i = 0; i < 100 && !(await driver.execute(query)); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      if (!(await driver.execute(query))) throw new Error(`WebKit's window did not take the ${String(scheme)} colour scheme`);
    }
    return 'motion';
  }
  // Mouse: @web/test-runner-commands' own path for webdriver.
  const [name, plugin] = /** @type {any} */ (builtIn)[command];
  return plugin.executeCommand({ command: name, payload, session });
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function enginePlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!(command in builtIn)) return undefined;
      const engine = engineOf(session);
      if (engine === 'webkit') return webkitCommand(command, payload, session);
      if (engine === 'firefox' && command === 'engine:emulate-media') {
        await firefoxMedia(/** @type {any} */ (session.browser).getPage(session.id), /** @type {any} */ (payload));
        return true;
      }
      const [name, plugin] = /** @type {any} */ (builtIn)[command];
      // Puppeteer's keyboard over BiDi knows the space bar as " ", not "Space".
      const keys = engine === 'firefox' && command === 'engine:send-keys' ? spaceAsChar(payload) : payload;
      return plugin.executeCommand({ command: name, payload: keys, session });
    },
  };
}

/** A send-keys payload with "Space" written as the character. */
function spaceAsChar(/** @type {any} */ payload) {
  const out = { ...payload };
  for (const k of ['press', 'down', 'up']) if (out[k] === 'Space') out[k] = ' ';
  return out;
}

/**
 * A webdriver launcher whose window starts with an 800 x 600 viewport, as puppeteer's pages do
 * (@web/test-runner-chrome sets that at each session).
 */
export class WebKitLauncher extends WebdriverLauncher {
  /** The X display MiniBrowser's window is on: it is given the focus there. */
  display = '';
  /** The desktop's colour scheme on that display, where it can be switched. */
  /** @type {{ setDark(dark: boolean): void } | undefined} */
  colorScheme;

  async createDriverManager() {
    const manager = await super.createDriverManager();
    await fitViewport(/** @type {any} */ (this).driver, 800, 600);
    if (this.display) focusWebKitWindow(this.display);
    return manager;
  }
}
