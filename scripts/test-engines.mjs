// `npm run test:browser` (and so `npm test`): the browser tests in Chromium, Firefox and WebKit,
// one engine after the other (web-test-runner.config.mjs's ENGINE; never two at once: element
// tests time glides and debounces on 2 cores). `--engines=chromium` (or ENGINES=chromium) runs
// fewer; other arguments go to each wtr run. Fails if any engine fails, after running them all,
// and says how long each took.
import { spawnSync } from 'node:child_process';

const flag = process.argv.find((a) => a.startsWith('--engines='));
const args = process.argv.slice(2).filter((a) => a !== flag);
const engines = (flag?.slice('--engines='.length) ?? process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const results = [];
for (const engine of engines) {
  console.log(`\n=== Browser tests in ${engine} ===`);
  const t0 = performance.now();
  const run = spawnSync('npx', ['wtr', ...args], { stdio: 'inherit', env: { ...process.env, ENGINE: engine } });
  results.push({ engine, ok: run.status === 0, seconds: Math.round((performance.now() - t0) / 1000) });
}
console.log('\nBrowser tests:');
for (const r of results) console.log(`  ${r.engine.padEnd(8)} ${r.ok ? 'passed' : 'FAILED'} in ${String(r.seconds)} s`);
if (results.some((r) => !r.ok)) {
  if (engines.length > 1) console.log('One engine alone: ENGINES=chromium npm test (or firefox, webkit).');
  process.exit(1);
}
