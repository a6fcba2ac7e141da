// The benchmark's browser and server: the bundle as built just before the run, served from
// memory by a dev server over the repository, and one headless Chromium that is relaunched if
// a page will not close.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { PORT, VIEWPORT } from './options.mjs';
import { sleep, warn, withTimeout } from './stats.mjs';

const rootDir = new URL('..', import.meta.url).pathname;
const BUNDLE_PATH = '/dist/sahel-timeline.bundle.js';

/**
 * The bundle as built just before this run, read once and served from memory, so that every
 * page measures the same build even if dist/ is rebuilt (and emptied) while the bench runs.
 * @returns {Promise<{ body: string, info: { bytes: number, sha256: string } }>}
 */
export async function snapshotBundle() {
  const file = new URL(`..${BUNDLE_PATH}`, import.meta.url);
  for (let i = 0; i < 60; i++) {
    if (existsSync(file)) {
      const body = readFileSync(file, 'utf8');
      await sleep(500);
      if (existsSync(file) && readFileSync(file, 'utf8') === body && body.length > 0) {
        return { body, info: { bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex').slice(0, 16) } };
      }
    } else {
      await sleep(1000);
    }
  }
  throw new Error(`${BUNDLE_PATH} is missing: run \`npm run build\` first (or \`npm run bench\`).`);
}

/** A dev server over the repository at PORT, serving `bundle` in place of dist/'s. */
export function startServer(bundle) {
  return startDevServer({
    config: {
      rootDir,
      port: PORT,
      nodeResolve: true,
      plugins: [
        {
          name: 'bench-bundle-snapshot',
          serve(context) {
            if (context.path === BUNDLE_PATH) return { body: bundle, type: 'js' };
            return undefined;
          },
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}

/** Headless Chromium with a GC the page can force; `closePage` relaunches it if a page hangs. */
export async function launchBrowser() {
  const launchOptions = {
    executablePath: findChrome(),
    args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
    headless: true,
    defaultViewport: VIEWPORT,
  };
  let browser = await puppeteer.launch(launchOptions);
  return {
    newPage: () => browser.newPage(),
    version: () => browser.version(),
    close: () => browser.close(),
    /** Closes a page, relaunching the browser if the page's renderer will not let go (a hung mount). */
    async closePage(page) {
      const closed = await withTimeout(page.close().then(() => true, () => true), 10_000, false);
      if (!closed) {
        warn('a page would not close; restarting the browser');
        await withTimeout(browser.close(), 10_000, null);
        browser = await puppeteer.launch(launchOptions);
      }
    },
  };
}
