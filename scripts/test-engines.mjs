// `npm run test:browser` (and so `npm test`): the browser tests in Chromium, Firefox and WebKit,
// one engine after the other (web-test-runner.config.mjs's ENGINE; never two at once: element
// tests time glides and debounces on 2 cores). `--engines=chromium` (or ENGINES=chromium) runs
// fewer; other arguments go to each wtr run. Fails if any engine fails, after running them all,
// and says how long each took.
//
// A run the browser itself ended (its process crashed: "the browser disconnected") is run once
// more, and says so. WebKitGTK's MiniBrowser lost its web process ("WebProcess CRASHED") in CI
// in session 17, some 20 files into its one WebDriver session: the ink worker's OffscreenCanvas
// was the cause (render/ink-hand-over.ts no longer starts it in WebKit), and this is the net
// under that. A test that fails is never run again here (the config has the framework's retries).
import { spawn } from 'node:child_process';

const flag = process.argv.find((a) => a.startsWith('--engines='));
const args = process.argv.slice(2).filter((a) => a !== flag);
const engines = (flag?.slice('--engines='.length) ?? process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
/** What wtr prints when the browser went away under the tests, rather than a test failing. */
const LOST = /Tests were interrupted because the browser disconnected|WebProcess CRASHED/;

/** One wtr run in `engine`, its output shown as it comes: whether it passed, and whether the browser was lost. */
function run(engine) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wtr', ...args], { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, ENGINE: engine } });
    let lost = false;
    // The output's last few lines, so that a message split between two chunks is still found.
    let tail = '';
    const watch = (chunk) => {
      tail = (tail + chunk.toString()).slice(-4000);
      if (LOST.test(tail)) lost = true;
    };
    child.stdout.on('data', (chunk) => { process.stdout.write(chunk); watch(chunk); });
    child.stderr.on('data', (chunk) => { process.stderr.write(chunk); watch(chunk); });
    child.on('close', (code) => { resolve({ ok: code === 0, lost }); });
  });
}

const results = [];
for (const engine of engines) {
  console.log(`\n=== Browser tests in ${engine} ===`);
  const t0 = performance.now();
  let outcome = await run(engine);
  let note = '';
  if (!outcome.ok && outcome.lost) {
    console.log(`\n=== ${engine}'s browser was lost during the run (a crash, not a failing test): running ${engine} once more ===`);
    outcome = await run(engine);
    note = outcome.ok ? ' (on a second run: the first lost its browser)' : ' (twice)';
  }
  results.push({ engine, ok: outcome.ok, seconds: Math.round((performance.now() - t0) / 1000), note });
}
console.log('\nBrowser tests:');
for (const r of results) console.log(`  ${r.engine.padEnd(8)} ${r.ok ? 'passed' : 'FAILED'} in ${String(r.seconds)} s${r.note}`);
if (results.some((r) => !r.ok)) {
  if (engines.length > 1) console.log('One engine alone: ENGINES=chromium npm test (or firefox, webkit).');
  process.exit(1);
}
