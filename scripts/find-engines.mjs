// Finds Firefox and WebKit for the browser tests, as find-chrome.mjs finds Chromium: Debian's
// own builds, installed with apt-get where a fresh Debian or Ubuntu machine lacks them (and
// saying so). Never a browser download: neither puppeteer's nor playwright's can work here.
//   Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (no driver).
//   WebKit:  WebKitGTK's MiniBrowser (libwebkit2gtk-4.1-0), driven by Debian's WebKitWebDriver
//            (webkit2gtk-driver) over classic WebDriver; it needs an X display, Xvfb (xvfb)
//            when there is none.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect } from 'node:net';
import { aptInstall } from './find-chrome.mjs';

const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The first of `paths` that exists, else installs `packages` (on Debian as root) and looks again. */
function findOrInstall(/** @type {() => string | undefined} */ look, /** @type {string[]} */ packages, /** @type {string} */ what) {
  const found = look();
  if (found) return found;
  if (aptInstall(packages, `No ${what} found`)) {
    const installed = look();
    if (installed) return installed;
  }
  return undefined;
}

/**
 * The path of a Firefox: $FIREFOX_PATH, else the usual places; on Debian or Ubuntu as root,
 * Debian's firefox-esr is installed with apt-get. Exits with a one-line message when none can be had.
 * @returns {string}
 */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : fail(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
  return (
    findOrInstall(() => FIREFOXES.find((p) => existsSync(p)), ['firefox-esr'], 'Firefox') ??
    fail('No Firefox found: install one (e.g. `apt-get install firefox-esr`) or set FIREFOX_PATH to its executable.')
  );
}

/** WebKitGTK's MiniBrowser, where Debian's libwebkit2gtk-4.1-0 (or webkitgtk-6.0-4) puts it. */
function miniBrowser() {
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const dir of [lib, ...readdirSync(lib).map((d) => `${lib}/${d}`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const path = `${dir}/${api}/MiniBrowser`;
        if (existsSync(path)) return path;
      }
    }
  }
  return undefined;
}

/**
 * WebKitWebDriver and the MiniBrowser it drives: $WEBKIT_WEBDRIVER and $WEBKIT_BROWSER, else
 * Debian's places; on Debian or Ubuntu as root, webkit2gtk-driver (which brings WebKitGTK and its
 * MiniBrowser) is installed with apt-get. Exits with a one-line message when they cannot be had.
 * @returns {{ driver: string, browser: string }}
 */
export function findWebKit() {
  const look = () => {
    const driver = process.env.WEBKIT_WEBDRIVER ?? ['/usr/bin/WebKitWebDriver'].find((p) => existsSync(p));
    const browser = process.env.WEBKIT_BROWSER ?? miniBrowser();
    return driver && browser ? JSON.stringify({ driver, browser }) : undefined;
  };
  const found = findOrInstall(look, ['webkit2gtk-driver', 'libwebkit2gtk-4.1-0'], 'WebKitWebDriver and WebKitGTK MiniBrowser');
  if (!found) return fail('No WebKitWebDriver and MiniBrowser found: install Debian\'s webkit2gtk-driver, or set WEBKIT_WEBDRIVER and WEBKIT_BROWSER.');
  return JSON.parse(found);
}

/**
 * The WebDriver capabilities that have WebKitWebDriver start MiniBrowser (`binary`, from findWebKit).
 * @param {string} binary
 */
export function miniBrowserCapabilities(binary) {
  return { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } };
}

/**
 * Sizes a window so that its page's viewport is `width` x `height` CSS pixels: `measure` gives
 * the page's [innerWidth, innerHeight, outerWidth, outerHeight], `resize` sets the window's
 * outer size (a window's frame is only known once it has one, hence a few tries).
 * @param {() => Promise<number[]>} measure
 * @param {(width: number, height: number) => Promise<unknown>} resize
 * @param {number} width
 * @param {number} height
 */
export async function fitWindow(measure, resize, width, height) {
  for (let i = 0; i < 3; i++) {
    const [w = 0, h = 0, ow = 0, oh = 0] = await measure();
    if (w === width && h === height) return;
    await resize(width + (ow - w), height + (oh - h));
  }
}

/** Ends the processes started here when the test runner exits, however it exits. */
const started = new Set();
process.on('exit', () => {
  for (const child of started) child.kill();
});

/**
 * An X display for MiniBrowser: $DISPLAY if set, else an Xvfb of our own (Debian's xvfb,
 * installed if missing), ended with the process.
 * @returns {Promise<string>}
 */
export async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = findOrInstall(() => ['/usr/bin/Xvfb'].find((p) => existsSync(p)), ['xvfb'], 'X display and no Xvfb');
  if (!xvfb) return fail('WebKit needs an X display: set DISPLAY, or install Xvfb (Debian\'s xvfb).');
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  started.add(child);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3]?.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${String(code)}) before it was ready`)));
  });
  return /** @type {string} */ (display);
}

/**
 * Gives MiniBrowser's window the X input focus (xdotool, installed like the rest where a
 * fresh machine lacks it): with no window manager on Xvfb no window is ever active, and WebKit
 * matches :focus, :focus-within and :focus-visible only in an active window, as a reader's
 * browser is while they type. A window manager would do it too, but the small ones fill the
 * screen with the window, and tests size the viewport.
 * @param {string} display
 */
export function focusWebKitWindow(display) {
  const xdotool = findOrInstall(() => ['/usr/bin/xdotool'].find((p) => existsSync(p)), ['xdotool'], 'xdotool to focus WebKit\'s window');
  if (!xdotool) {
    console.warn('No xdotool: WebKit\'s window stays inactive, and :focus never matches there.');
    return;
  }
  spawnSync(xdotool, ['search', '--sync', '--onlyvisible', '--class', 'MiniBrowser', 'windowfocus', '%@'], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore', timeout: 10_000 });
}

/**
 * A colour scheme for WebKit's window, switched as a desktop switches it: an XSETTINGS daemon
 * (Debian's xsettingsd, installed like the rest where a fresh machine lacks it) on `display`,
 * whose theme name WebKitGTK reads for `prefers-color-scheme` ("Adwaita-dark" is dark), live.
 * Resolves once the daemon serves the display; ended with the process. Undefined where
 * xsettingsd cannot be had: dark is then out of reach.
 * @param {string} display
 * @returns {Promise<{ setDark(dark: boolean): void } | undefined>}
 */
export async function startColorScheme(display) {
  const xsettingsd = findOrInstall(() => ['/usr/bin/xsettingsd'].find((p) => existsSync(p)), ['xsettingsd'], 'xsettingsd for WebKit\'s colour scheme');
  if (!xsettingsd) return undefined;
  const config = join(mkdtempSync(join(tmpdir(), 'sahel-xsettings-')), 'xsettingsd.conf');
  let dark = false;
  const write = () => writeFileSync(config, `Net/ThemeName "${dark ? 'Adwaita-dark' : 'Adwaita'}"\n`);
  write();
  const child = spawn(xsettingsd, ['-c', config], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'ignore', 'pipe'] });
  started.add(child);
  // A SIGHUP before the daemon has set its handler would end it: wait for it to own the display.
  await new Promise((resolve, reject) => {
    let said = '';
    child.stderr.on('data', (chunk) => {
      said += String(chunk);
      if (said.includes('Took ownership')) resolve(undefined);
    });
    child.on('exit', (code) => reject(new Error(`xsettingsd exited (${String(code)}): ${said.trim()}`)));
  });
  return {
    setDark(value) {
      if (value === dark) return;
      dark = value;
      write();
      child.kill('SIGHUP');
    },
  };
}

/** A free TCP port on this machine. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts WebKitWebDriver on a free port with `env` (which MiniBrowser inherits: DISPLAY, TZ),
 * ended with the process; resolves with the port once it accepts connections.
 * @param {string} driver
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
export async function startWebKitDriver(driver, env) {
  const port = /** @type {number} */ (await freePort());
  const child = spawn(driver, [`--port=${String(port)}`], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  started.add(child);
  const t0 = Date.now();
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket.end() && true)).on('error', () => resolve(false));
    });
    if (open) return port;
    if (child.exitCode !== null) return fail(`WebKitWebDriver exited (${String(child.exitCode)}) before it listened.`);
    if (Date.now() - t0 > 10_000) return fail('WebKitWebDriver did not listen within 10 s.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// `node scripts/find-engines.mjs` prints what the tests will use, installing what is missing
// in one apt-get run (CI calls it first; the tests would otherwise install each on its own).
if (import.meta.url === `file://${process.argv[1]}`) {
  const has = (/** @type {string} */ path) => existsSync(path);
  /** @type {[string, boolean][]} */
  const wanted = [
    ['firefox-esr', Boolean(process.env.FIREFOX_PATH) || FIREFOXES.some(has)],
    ['webkit2gtk-driver', Boolean(process.env.WEBKIT_WEBDRIVER) || has('/usr/bin/WebKitWebDriver')],
    ['libwebkit2gtk-4.1-0', Boolean(process.env.WEBKIT_BROWSER) || miniBrowser() !== undefined],
    ['xvfb', Boolean(process.env.DISPLAY) || has('/usr/bin/Xvfb')],
    ['xdotool', has('/usr/bin/xdotool')],
    ['xsettingsd', has('/usr/bin/xsettingsd')],
  ];
  const missing = wanted.filter(([, found]) => !found).map(([pkg]) => pkg);
  if (missing.length > 0) aptInstall(missing, 'Firefox and WebKit tests need what is missing');
  const webkit = findWebKit();
  console.log(`Firefox: ${findFirefox()}\nWebKit: ${webkit.browser} (driven by ${webkit.driver})`);
  console.log(`X display for WebKit: ${process.env.DISPLAY ?? (has('/usr/bin/Xvfb') ? 'Xvfb, started by the tests' : 'none')}`);
}
