// Takes screenshots of the demo in light and dark themes at three zoom levels, into
// screenshots/ (not committed), so a person can look at what the component draws.
// Usage: npm run build && node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const out = new URL('../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const server = await startDevServer({
  config: { rootDir: new URL('..', import.meta.url).pathname, port: 8765, nodeResolve: true },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto('http://localhost:8765/demo/', { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('sahel-timeline')?.shadowRoot?.querySelector('.event'));
    const shots = [
      ['fit', (el) => el.fit()],
      ['2022', (el) => el.zoomTo('2021-11-15', '2022-05-20')],
      ['april-2022', (el) => { el.zoomTo('2022-03-24', '2022-04-12'); el.selected = 'moura-massacre'; }],
      ['filtered', (el) => { el.selected = null; el.fit(); el.hiddenCategories = ['military', 'context']; el.query = 'mali'; }],
    ];
    for (const [name, action] of shots) {
      await page.evaluate(`(${action.toString()})(document.querySelector('sahel-timeline'))`);
      await new Promise((r) => setTimeout(r, 400));
      await page.screenshot({ path: new URL(`${scheme}-${name}.png`, out).pathname, fullPage: true });
    }
    await page.close();
  }
  // The story view (mode="story"): the title card and a slide with media, at a desk and on a
  // phone, light and dark, English and French.
  for (const [size, viewport] of [['desk', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844, deviceScaleFactor: 2 }]]) {
    for (const [look, scheme, lang] of [['light', 'light', 'en'], ['dark', 'dark', 'en'], ['fr', 'light', 'fr']]) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
      // The demo's own switches (a mode set from outside would follow the window's width).
      await page.goto(`http://localhost:8765/demo/?mode=story&lang=${lang}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('sahel-timeline')?.shadowRoot?.querySelector('[part~="story"] section'));
      await new Promise((r) => setTimeout(r, 400));
      await page.screenshot({ path: new URL(`story-${size}-${look}-card.png`, out).pathname });
      await page.evaluate(() => { document.querySelector('sahel-timeline').selected = 'mali-coup-august-2020'; });
      await new Promise((r) => setTimeout(r, 600));
      await page.screenshot({ path: new URL(`story-${size}-${look}-slide.png`, out).pathname, fullPage: true });
      await page.close();
    }
  }
  // A phone-sized page, where embeds in articles are most often read.
  const phone = await browser.newPage();
  await phone.setViewport({ width: 390, height: 844, deviceScaleFactor: 2 });
  await phone.goto('http://localhost:8765/demo/', { waitUntil: 'networkidle0' });
  await phone.waitForFunction(() => document.querySelector('sahel-timeline')?.shadowRoot?.querySelector('.event, .cluster'));
  await phone.screenshot({ path: new URL('phone.png', out).pathname });
  await phone.close();
} finally {
  await browser.close();
  await server.stop();
}
console.log(`screenshots written to ${out.pathname}`);
