// Checks `npm start`'s server (scripts/serve.mjs) as a newcomer meets it, against site/ as
// `npm run docs` wrote it: with the port it asks for taken, it serves on another, prints that
// URL first and the home page answers there; a bad request exits non-zero with one line.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';

const fail = (why) => {
  console.error(`check-start: ${why}`);
  process.exit(1);
};

/** Runs serve.mjs with `args` until it exits or `until(output)` holds; resolves with what it printed. */
function serve(args, until = () => false) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '' } });
  let out = '';
  let err = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill(), 20_000);
    const check = () => {
      if (until(out)) resolve({ child, out, err, code: undefined, timer });
    };
    child.stdout.on('data', (d) => { out += d; check(); });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ child, out, err, code, timer });
    });
  });
}

// site/ is written by `npm run docs` (and by the docs tests): once, if it is missing.
if (!existsSync('site/index.html')) execFileSync(process.execPath, ['scripts/build-docs.mjs'], { stdio: 'inherit' });

// Take a port, as another program would: the server must not die on it.
const blocker = createServer();
blocker.listen({ port: 0, host: 'localhost' });
await once(blocker, 'listening');
const taken = blocker.address().port;

const first = await serve(['--port', String(taken)], (out) => /http:\/\/localhost:\d+\//.test(out));
if (first.code !== undefined) fail(`with port ${taken} taken it exited (${first.code}): ${first.err.trim() || first.out.trim()}`);
const url = /http:\/\/localhost:(\d+)\//.exec(first.out);
if (!url || Number(url[1]) === taken) fail(`with port ${taken} taken it printed ${JSON.stringify(first.out.trim())}, not another port`);
const page = await fetch(url[0]).then((r) => (r.ok ? r.text() : `HTTP ${r.status}`), (e) => e.message);
clearTimeout(first.timer);
first.child.kill();
blocker.close();
if (!page.includes('<sahel-timeline')) fail(`${url[0]} answered ${JSON.stringify(page.slice(0, 80))}, not the home page`);

const bad = await serve(['--port', 'eighty']);
const lines = bad.err.trim().split('\n');
if (bad.code === 0 || bad.code === undefined || lines.length !== 1) fail(`--port eighty: exit code ${bad.code}, printed ${JSON.stringify(bad.err)} (want non-zero and one line)`);

console.log(`check-start: with port ${taken} taken, npm start served on ${url[1]} and printed it first; a bad port exits ${bad.code} with one line`);
