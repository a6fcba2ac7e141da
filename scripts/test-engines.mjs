// `npm run test:browser`: the browser tests in each engine asked for, one after the other
// (web-test-runner.config.mjs's ENGINE; never two at once: element tests time glides and
// debounces on 2 cores). `--engines=chromium,firefox,webkit` (or ENGINES=...) picks them; the
// default is Chromium alone until the Firefox and WebKit runs pass whole (issue #31, which
// says where they stand). Other arguments go to each wtr run. Fails if any engine fails, after
// running them all, and says how long each took.
import { spawnSync } from 'node:child_process';

const flag = process.argv.find((a) => a.startsWith('--engines='));
const args = process.argv.slice(2).filter((a) => a !== flag);
const engines = (flag?.slice('--engines='.length) ?? process.env.ENGINES ?? 'chromium').split(',').map((e) => e.trim()).filter(Boolean);
const results = [];
for (const engine of engines) {
  console.log(`\n=== Browser tests in ${engine} ===`);
  const t0 = performance.now();
  const run = spawnSync('npx', ['wtr', ...args], { stdio: 'inherit', env: { ...process.env, ENGINE: engine } });
  results.push({ engine, ok: run.status === 0, seconds: Math.round((performance.now() - t0) / 1000) });
}
console.log('\nBrowser tests:');
for (const r of results) console.log(`  ${r.engine.padEnd(8)} ${r.ok ? 'passed' : 'FAILED'} in ${String(r.seconds)} s`);
if (results.some((r) => !r.ok)) process.exit(1);
