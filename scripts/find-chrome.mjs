// Finds a Chrome or Chromium for the tests and the benchmark. Never downloads a browser
// of its own: puppeteer's and playwright's downloads cannot work offline.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep a headless Chromium off the network and working as root in a container. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * On Debian or Ubuntu as root, installs Debian's `packages` with apt-get, saying so first
 * (`why` says what is missing). Returns false, installing nothing, anywhere else.
 * @param {string[]} packages
 * @param {string} why
 */
export function aptInstall(packages, why) {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !isDebianLike()) return false;
  console.log(`${why}: installing Debian's ${packages.join(', ')} with apt-get (one time).`);
  execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${packages.join(' ')} >/dev/null`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
}

/**
 * The path of a Chrome or Chromium: $CHROME_PATH, else the usual places; on Debian or
 * Ubuntu as root, Debian's `chromium` is installed with apt-get. Exits with a one-line
 * message when none can be had.
 * @returns {string}
 */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    process.exit(1);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (aptInstall(['chromium'], 'No Chrome or Chromium found') && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  console.error(
    'No Chrome or Chromium found: install one (e.g. `apt-get install chromium`, or Google Chrome) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

// `node scripts/find-chrome.mjs` prints the browser's path, installing Debian's chromium first if need be.
if (import.meta.url === `file://${process.argv[1]}`) console.log(findChrome());
