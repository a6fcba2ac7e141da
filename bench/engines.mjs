// The figures of issue #31: the mount and the reader's gesture in Chromium, Firefox and WebKit,
// timed the same way in each, inside the page (page-common.mjs inPageGesture and mount), with no
// engine's own tracing. Each engine is driven only to open the bench page and run a script in it:
// Chromium through puppeteer, Debian's firefox-esr through puppeteer over WebDriver BiDi, and
// WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver over HTTP, on an X display:
// Xvfb, so WebKit paints in software, where the other two are headless).
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { ensureDisplay, findFirefox, findWebKit, fitWindow, miniBrowserCapabilities, startWebKitDriver } from '../scripts/find-engines.mjs';
import { ENGINE_SIZES, NOTCH_DELTA, NOTCHES, PORT, RUNS, VIEWPORT } from './options.mjs';
import { fmt, fmtInt, fmtN, median, percentile, round, sleep, warn } from './stats.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** Between notches: long enough for a step's deferred work (debounced labels, idle callbacks) to end first. */
const GAP_MS = 150;

/** A page in Chromium or Firefox, through puppeteer. */
async function puppeteerSession(options) {
  const browser = await puppeteer.launch({ headless: true, defaultViewport: VIEWPORT, ...options });
  const page = await browser.newPage();
  return {
    version: await browser.version(),
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    run: (expression) => page.evaluate(expression),
    close: () => browser.close(),
  };
}

/** MiniBrowser's one page, through WebKitWebDriver's classic WebDriver protocol. */
async function webkitSession() {
  const { driver, browser } = findWebKit();
  const display = await ensureDisplay();
  const port = await startWebKitDriver(driver, { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LC_ALL: '' });
  const call = async (method, path, body) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const { value } = await res.json();
    if (!res.ok) throw new Error(`WebKitWebDriver, ${method} ${path}: ${value?.message ?? res.status}`);
    return value;
  };
  const { sessionId, capabilities } = await call('POST', '/session', { capabilities: { alwaysMatch: miniBrowserCapabilities(browser) } });
  const session = `/session/${sessionId}`;
  await call('POST', `${session}/timeouts`, { script: 300_000, pageLoad: 60_000 });
  const run = async (expression) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve(${expression}).then((value) => done({ value }), (error) => done({ error: String(error) }));`;
    const out = await call('POST', `${session}/execute/async`, { script, args: [] });
    if (out.error) throw new Error(out.error);
    return out.value;
  };
  // The window sized so that the viewport is VIEWPORT, as the other two engines' is.
  await call('POST', `${session}/url`, { url: 'about:blank' });
  const measure = () => run('[innerWidth, innerHeight, outerWidth, outerHeight]');
  await fitWindow(measure, (width, height) => call('POST', `${session}/window/rect`, { width, height }), VIEWPORT.width, VIEWPORT.height);
  return {
    version: `WebKitGTK ${capabilities.browserVersion}`,
    open: (url) => call('POST', `${session}/url`, { url }),
    run,
    close: () => call('DELETE', session),
  };
}

function openSession(engine) {
  // Firefox rounds performance.now() to the millisecond unless told not to (WebKit does too,
  // with no such switch: its figures are means over many steps, whose rounding evens out).
  if (engine === 'firefox') return puppeteerSession({ browser: 'firefox', executablePath: findFirefox(), extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false } });
  if (engine === 'webkit') return webkitSession();
  return puppeteerSession({ executablePath: findChrome(), args: CHROME_ARGS });
}

/** One fresh page: `n` events mounted, then the gesture (NOTCHES in, as many out) after two warm-up notches. */
async function runOnce(session, n, label, page = 'page.html') {
  await session.open(`http://localhost:${PORT}/bench/${page}`);
  for (let i = 0; !(await session.run('window.bench !== undefined')); i++) {
    if (i > 200) throw new Error(`${label}: the bench page did not start`);
    await sleep(100);
  }
  await session.run(`window.bench.generate(${n})`);
  const mount = await session.run('window.bench.mount()');
  await session.run('window.bench.fitBox()');
  await session.run(`window.bench.inPageGesture([${-NOTCH_DELTA}, ${NOTCH_DELTA}], ${GAP_MS})`);
  const deltas = [...Array(NOTCHES).fill(-NOTCH_DELTA), ...Array(NOTCHES).fill(NOTCH_DELTA)];
  const steps = await session.run(`window.bench.inPageGesture(${JSON.stringify(deltas)}, ${GAP_MS})`);
  const wrong = n === 0 ? 0 : steps.filter((s, i) => (i < NOTCHES ? !(s.span < s.spanBefore) : !(s.span > s.spanBefore))).length;
  if (wrong > 0) warn(`${label}: ${wrong} of ${steps.length} notches did not zoom the way they were sent`);
  const pick = (key) => steps.map((s) => s[key]);
  return { mountMs: mount.ms, rendered: mount.rendered, work: pick('work'), handled: pick('handled'), callbacks: pick('callbacks'), rendering: pick('rendering') };
}

/**
 * The mount and the gesture's work per step at each of ENGINE_SIZES in each engine, the median
 * of RUNS fresh pages. An engine that cannot be launched here is reported and left out.
 */
export async function measureEngines() {
  const engines = [];
  for (const engine of ENGINES) {
    let session;
    try {
      session = await openSession(engine);
    } catch (error) {
      warn(`${ENGINE_NAMES[engine]} could not be launched: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    console.log(`${ENGINE_NAMES[engine]} (${session.version})`);
    const sizes = [];
    let floorMs;
    try {
      // The method's floor: the same notches on a page with no timeline (bench/empty.html).
      const floors = [];
      for (let run = 0; run < RUNS; run++) floors.push(mean((await runOnce(session, 0, `${ENGINE_NAMES[engine]} empty page #${run + 1}`, 'empty.html')).work));
      floorMs = round(median(floors), 2);
      console.log(`  ${ENGINE_NAMES[engine]} empty page: a step ${fmt(floorMs)} ms`);
      for (const n of ENGINE_SIZES) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const label = `${ENGINE_NAMES[engine]} ${fmtN(n)} #${run + 1}`;
          const r = await runOnce(session, n, label);
          console.log(
            `  ${label}: mount ${fmt(r.mountMs, 0)} ms, ${r.rendered} marks; a step ${fmt(mean(r.work))} ms (p95 ${fmt(percentile(r.work, 95))}): ` +
              `the wheel event ${fmt(mean(r.handled))}, the frame's callbacks ${fmt(mean(r.callbacks))}, style, layout and paint ${fmt(mean(r.rendering))}`,
          );
          runs.push(r);
        }
        sizes.push({
          n,
          mountMs: round(median(runs.map((r) => r.mountMs)), 1),
          stepMs: round(median(runs.map((r) => mean(r.work))), 2),
          stepP95Ms: round(median(runs.map((r) => percentile(r.work, 95))), 2),
          handledMs: round(median(runs.map((r) => mean(r.handled))), 2),
          callbacksMs: round(median(runs.map((r) => mean(r.callbacks))), 2),
          renderingMs: round(median(runs.map((r) => mean(r.rendering))), 2),
        });
      }
    } finally {
      await session.close();
    }
    engines.push({ engine, name: ENGINE_NAMES[engine], version: session.version, floorMs, sizes });
  }
  return { runs: RUNS, notches: NOTCHES, gapMs: GAP_MS, viewport: VIEWPORT, engines };
}

/** Chromium's figure `key` at `n` events: what the other engines are compared with. */
const chromiumAt = (result, n, key) => result.engines.find((e) => e.engine === 'chromium')?.sizes.find((s) => s.n === n)?.[key];

/** Each engine's figures against Chromium's, as table rows. */
function rows(result) {
  const ratio = (value, n, key) => {
    const base = chromiumAt(result, n, key);
    return base ? `${fmt(value / base, 1)}×` : '–';
  };
  return result.engines.flatMap((e) =>
    e.sizes.map((s) => [
      e.name,
      fmtInt(s.n),
      fmt(s.mountMs, 0),
      ratio(s.mountMs, s.n, 'mountMs'),
      fmt(s.stepMs),
      fmt(s.handledMs),
      fmt(s.callbacksMs ?? null),
      fmt(s.renderingMs ?? null),
      fmt(s.stepP95Ms),
      ratio(s.stepMs, s.n, 'stepMs'),
    ]),
  );
}

const HEADER = [
  'Engine', 'Events', 'Mount (ms)', 'Mount vs Chromium', 'Work a step (ms)', 'the wheel event', "the frame's callbacks", 'style, layout, paint', 'p95 (ms)', 'Step vs Chromium',
];

/**
 * Where the time goes in an engine whose step is over twice Chromium's at some size (#31 asks
 * for a note): written from a run's breakdown, and shown with the table.
 */
const NOTES = {};

/** The notes for the engines over twice Chromium's step, or a line saying one is missing. */
function slowNotes(result) {
  return result.engines.flatMap((e) => {
    const slow = e.sizes.filter((s) => s.stepMs > 2 * (chromiumAt(result, s.n, 'stepMs') ?? Infinity));
    if (slow.length === 0) return [];
    const where = `${e.name}'s step is over twice Chromium's at ${slow.map((s) => fmtInt(s.n)).join(' and ')} events`;
    return [NOTES[e.engine] ? `${where}: ${NOTES[e.engine]}` : `**${where}, and no note says where the time goes** (bench/engines.mjs NOTES).`];
  });
}

/** The engines' part of bench/results.md. */
export function enginesMarkdown(result) {
  const notes = slowNotes(result);
  const table = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => (i < 1 ? '---' : '---:')).join('|')}|`, ...rows(result).map((r) => `| ${r.join(' | ')} |`)];
  return `## Chromium, Firefox and WebKit (#31)

<!-- Written by \`npm run bench\` or \`node bench/run.mjs --only=engines\` on ${result.date?.slice(0, 10) ?? ''}. -->

The same page, data and gesture in each engine, timed inside the page the same way: ${result.notches} ctrl + wheel notches in then ${result.notches} out from the fit view, dispatched on the plot ${result.gapMs} ms apart once a pointer has come over it (as a reader's does before a wheel turns: it is what fetches the canvas painter where a page has no idle callbacks, as in Safari); a step's work is the handling of its wheel event plus the frame it draws (from the frame's first animation callback to a message posted there, which runs once the frame's script, style, layout and paint are done), averaged over the gesture's steps (WebKit gives the page whole milliseconds only, and a mean over many steps evens the rounding out; Firefox is told not to round). The three columns after it split a step into the wheel event's handling (with the microtasks it sets off), the frame's animation callbacks, and its style, layout and paint. Work a step defers past that frame is not in it: Chromium's traced figure in the first table counts it. Mount is from handing over the data to the second frame after the marks show. Each figure is the median of ${result.runs} fresh pages; p95 is that of the steps. ${result.engines.map((e) => `${e.name}: ${e.version}`).join('; ')}; WebKit runs in MiniBrowser's window on Xvfb, the other two headless.

${table.join('\n')}

The method's floor, the same notches on a page with no timeline: ${result.engines.map((e) => `${e.name} ${fmt(e.floorMs ?? null, 2)} ms`).join(', ')} a step.
${notes.length ? `\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}${result.warnings?.length ? `\nWarnings of the engines' run:\n\n${result.warnings.map((w) => `- ${w}`).join('\n')}\n` : ''}`;
}

/** The engines' figures in the console. */
export function printEngines(result) {
  console.log('\nChromium, Firefox and WebKit (in-page timing):');
  for (const r of rows(result)) {
    console.log(`  ${r[0].padEnd(9)} ${r[1].padStart(9)}  mount ${r[2].padStart(6)} ms (${r[3]})  a step ${r[4].padStart(6)} ms (${r[5]} + ${r[6]} + ${r[7]}), p95 ${r[8].padStart(6)} (${r[9]})`);
  }
  for (const note of slowNotes(result)) console.log(`  ${note}`);
}
