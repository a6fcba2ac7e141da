// @ts-check
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { wheelPlugin } from './scripts/wtr-wheel-plugin.mjs';

const executablePath = findChrome();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [
    // Pages under test/fixtures/csp/ are served with a strict Content-Security-Policy.
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', "default-src 'self'");
      return next();
    },
    // /test/slow/<ms>/<title>.json answers after <ms> milliseconds with one event titled <title>,
    // to test a slow response overtaken by a newer one.
    // /test/slow-body/<ms>/<title>.json sends its headers and half its body at once, the rest
    // after <ms> milliseconds: a load cut short while its body is on the way.
    async function slowBody(context, next) {
      const m = /^\/test\/slow-body\/(\d+)\/([\w-]+)\.json$/.exec(context.path);
      if (!m) return next();
      const body = new PassThrough();
      context.type = 'application/json';
      context.body = body;
      body.write(`[{"id":"${m[2]}","title":"${m[2]}",`);
      setTimeout(() => body.end('"start":"2020-01-01"}]'), Number(m[1]));
      return undefined;
    },
    async function slowJson(context, next) {
      const m = /^\/test\/slow\/(\d+)\/([\w-]+)\.json$/.exec(context.path);
      if (!m) return next();
      await new Promise((resolve) => setTimeout(resolve, Number(m[1])));
      context.type = 'application/json';
      context.body = JSON.stringify([{ id: m[2], title: m[2], start: '2020-01-01' }]);
      return undefined;
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), wheelPlugin()],
  browsers: [
    chromeLauncher({
      // A time zone far from UTC (UTC+14), so that a date read in local time fails a test.
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS, env: { ...process.env, TZ: 'Pacific/Kiritimati' } },
    }),
  ],
};
