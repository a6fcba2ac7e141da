// `npm start`'s server: serves the docs site that `npm run docs` wrote to site/ (the same
// static files a host would serve): the home page, with the Sahel timeline, is the root; the
// Sahel story (the demo) is /demo/. Asks for port 8000 (or `--port N`, or `PORT=N`) and, when
// that port is taken, serves on the next free one, as Vite does, printing the URL it really
// serves first. Any failure exits non-zero with one line saying why.
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';

/** How many ports after the one asked for are tried before giving up. */
const TRIES = 20;

/** Prints one line saying why, and exits non-zero. */
function fail(why) {
  console.error(`npm start: ${why}`);
  process.exit(1);
}

/** Whether nothing listens on `port` on this machine (checked by listening on it for a moment). */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: 'localhost', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

let values;
try {
  ({ values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } }));
} catch (error) {
  fail(`${error.message} (the one option is --port N)`);
}
const asked = values.port ?? process.env.PORT ?? '8000';
const wanted = Number(asked);
if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535) fail(`"${asked}" is not a port number (1 to 65535)`);
if (!existsSync('site/index.html')) fail('site/ has not been built: run `npm run docs` first (npm start does)');

let port;
for (let p = wanted; p < Math.min(wanted + TRIES, 65536) && port === undefined; p++) {
  if (await isFree(p)) port = p;
}
if (port === undefined) fail(`ports ${wanted} to ${Math.min(wanted + TRIES, 65536) - 1} are all in use: free one, or ask for another with npm start -- --port N`);

const url = `http://localhost:${port}/`;
console.log(`\n  The sahel-timeline docs are at ${url} (the Sahel story: ${url}demo/)`);
if (port !== wanted) console.log(`  (port ${wanted} is in use, so this serves on ${port})`);
console.log('');

// Port and address are settled here, not read again from the command line or a config file.
process.on('uncaughtException', (error) => fail(error.message));
await startDevServer({
  config: { rootDir: 'site', port, hostname: 'localhost', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: true,
}).catch((error) => fail(error.message));
