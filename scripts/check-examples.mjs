// Checks the framework examples (examples/react, vue, svelte) against the packed package, as
// an app would use it: packs dist/ (run `npm run build` first), installs the three apps from
// the tarball (one npm workspaces install), imports every entry in Node as a server renderer
// would and renders the React component to a string, type-checks and builds each app, then
// serves each build and drives it in headless Chromium: the app's own events are drawn, and
// a click on one reaches the app's `sahel-select` handler, which writes its title in the page.
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The apps are copied out of the repository and installed there, as an app of one's own would
// be: inside it, TypeScript and Node would find this repository's node_modules (its @types,
// its devDependencies) and pass an app that a user's install fails.
const examples = mkdtempSync(join(tmpdir(), 'sahel-timeline-examples-'));
cpSync(join(root, 'examples'), examples, { recursive: true, filter: (path) => !/[\\/](?:node_modules|dist)$/.test(path) });
process.on('exit', () => rmSync(examples, { recursive: true, force: true }));

/** Each app's own events (as in its source): these must be drawn, and `clicked`'s title reported. */
const APPS = {
  react: { ids: ['founded', 'licence', 'season', 'award'], clicked: { id: 'award', title: 'Regional press award' } },
  vue: { ids: ['school', 'well', 'harvest', 'visit'], clicked: { id: 'visit', title: 'Ministry visit' } },
  svelte: { ids: ['cooperative', 'market', 'training', 'fair'], clicked: { id: 'fair', title: 'Crafts fair in Bamako' } },
};

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** Runs a step, printing what it took; on failure, prints the command's output and exits. */
function step(name, fn) {
  const t = performance.now();
  try {
    const result = fn();
    console.log(`examples: ${name} (${seconds(t)})`);
    return result;
  } catch (error) {
    console.error(`examples: ${name} failed`);
    if (error.stdout) console.error(error.stdout);
    if (error.stderr) console.error(error.stderr);
    if (!error.stdout && !error.stderr) console.error(error);
    process.exit(1);
  }
}

step('packed the package', () => {
  const [report] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', examples], root));
  renameSync(join(examples, report.filename), join(examples, 'sahel-timeline.tgz'));
});
step('installed the three apps from the tarball', () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], examples);
});

step('imported every entry in Node, and rendered <SahelTimeline> on the server', () => {
  // No DOM here: lit's Node build brings a minimal customElements; nothing may touch
  // window, document or HTMLElement while loading. (@lit/react writes the element's tag and
  // HTML attributes on the server; its properties are set once it runs in the browser.)
  const script = `
    const entries = ['sahel-timeline', 'sahel-timeline/dataset', 'sahel-timeline/react', 'sahel-timeline/vue', 'sahel-timeline/svelte'];
    for (const entry of entries) await import(entry);
    const { createElement } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { SahelTimeline } = await import('sahel-timeline/react');
    const html = renderToString(createElement(SahelTimeline, { id: 'story', theme: 'dark' }));
    if (!/^<sahel-timeline[^>]*id="story"/.test(html)) throw new Error('server rendering wrote ' + html);
    console.log(entries.length);
  `;
  run('node', ['--input-type=module', '-e', script], join(examples, 'react'));
});

for (const name of Object.keys(APPS)) {
  step(`${name}: type-checked and built`, () => run('npm', ['run', 'build'], join(examples, name)));
}

/** Serves a folder over http on a free port, as a static host would. */
function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let failed = false;
try {
  for (const [name, app] of Object.entries(APPS)) {
    const t = performance.now();
    const server = await serve(join(examples, name, 'dist'));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('response', (response) => { if (response.status() >= 400) errors.push(`${response.status()} for ${response.url()}`); });
    try {
      await page.setViewport({ width: 1000, height: 800 });
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      // The app's events, and only them, are shown and drawn (not the built-in Sahel data).
      await page.waitForFunction(
        (ids) => {
          const el = document.querySelector('sahel-timeline');
          const shown = el?.shownEvents?.map((e) => e.id).sort().join() ?? '';
          const drawn = ids.every((id) => el.shadowRoot?.querySelector(`[part~="plot"] [data-id="${id}"]`));
          return shown === [...ids].sort().join() && drawn;
        },
        { timeout: 15000 },
        app.ids,
      );
      // A real click on the mark's label reaches the app's own sahel-select handler.
      const box = await page.evaluate((id) => {
        const mark = document.querySelector('sahel-timeline').shadowRoot.querySelector(`[part~="plot"] [data-id="${id}"]`);
        const r = (mark.querySelector('[part~="label"]') ?? mark).getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, app.clicked.id);
      await page.mouse.click(box.x, box.y);
      await page.waitForFunction((title) => document.querySelector('#selected')?.textContent === title, { timeout: 10000 }, app.clicked.title);
      if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
      console.log(`examples: ${name}: drew its ${app.ids.length} events; its handler got sahel-select for "${app.clicked.title}" (${seconds(t)})`);
    } catch (error) {
      failed = true;
      const text = await page.evaluate(() => document.body.innerText).catch(() => '');
      console.error(`examples: ${name} in Chromium: ${error.message}\n  page text: ${text.replace(/\s+/g, ' ').slice(0, 300)}${errors.length ? `\n  page errors: ${errors.join('\n')}` : ''}`);
    } finally {
      await page.close();
      server.close();
    }
  }
} finally {
  await browser.close();
}
if (failed) process.exit(1);
console.log(`examples: all three apps pass (${seconds(started)} in all)`);
