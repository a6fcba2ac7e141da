// The figures of issue #35, data too large for a browser: a `sahel-timeline/server` over
// DuckDB, its events ACLED-shaped (a day, a country of 12, an admin region, actors, an event
// type, fatalities) and generated in DuckDB itself, then the reader's gesture as the element
// asks it: from the whole range to a single day at 1,600 px in 12 lanes (by country), each
// window halved around the same middle, every request through HTTP as a page would send it.
// Per size: the file opened (read, sorted, mipmaps built), the first view (the meta and the
// whole range), and each zoom step's answer: its time (p50, p95) and size (the largest).
//
// Usage: node bench/server.mjs [--rows=10000000]   (npm run bench runs it at 1,000,000 and 10,000,000;
//        100,000,000 takes some minutes and about 12 GB: node bench/server.mjs --rows=100000000)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createTimelineServer, openDuckDB } from '../dist/server/index.js';
import { RemoteClient } from '../dist/remote/remote-client.js';

/** Issue #35's budgets for a zoom step's answer. */
export const SERVER_BUDGET = { p95Ms: 100, bytes: 64 * 1024 };

const DAY = 86_400_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

/** Writes `rows` ACLED-shaped events over 1997-2024 to a Parquet file, generated in DuckDB. */
async function generate(file, rows) {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const from = Date.UTC(1997, 0, 1);
  const days = Math.round((Date.UTC(2025, 0, 1) - from) / DAY);
  await c.run(`COPY (
    SELECT 'e' || i AS id,
      ['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Protests', 'Riots', 'Strategic developments'][1 + (hash(i) % 6)::BIGINT] || ' ' || i AS title,
      ${from} + (hash(i * 7) % ${days})::BIGINT * ${DAY} AS start_ms,
      ${from} + (hash(i * 7) % ${days})::BIGINT * ${DAY} + ${DAY} AS end_ms,
      ['ML', 'BF', 'NE', 'TD', 'CF', 'SD', 'NG', 'CM', 'MR', 'SN', 'LY', 'DZ'][1 + (hash(i * 13) % 12)::BIGINT] AS country,
      'Region ' || (hash(i * 17) % 40) AS admin1,
      ['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Protests', 'Riots', 'Strategic developments'][1 + (hash(i) % 6)::BIGINT] AS category,
      'Actor ' || (hash(i * 19) % 300) AS actors,
      (hash(i * 23) % 20)::INTEGER AS fatalities
    FROM range(${rows}) t(i)
  ) TO '${file}' (FORMAT parquet)`);
  c.closeSync();
  db.closeSync();
}

/** One size: the file opened, then the gesture through HTTP. */
export async function measureServer(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-server-'));
  try {
    const file = join(dir, 'events.parquet');
    let t = performance.now();
    await generate(file, rows);
    const generateMs = performance.now() - t;
    t = performance.now();
    const engine = await openDuckDB(file);
    const openMs = performance.now() - t;
    const server = createTimelineServer({ engine, log: () => undefined });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${server.address().port}/`;
      let bytes = 0;
      const sized = async (...args) => {
        const res = await fetch(...args);
        const text = await res.text();
        bytes = Buffer.byteLength(text);
        return new globalThis.Response(text, { status: res.status });
      };
      const answers = [];
      const client = new RemoteClient(base, { answered: (a) => answers.push(a), failed: (m) => { throw new Error(m); } }, sized);
      t = performance.now();
      const meta = await client.meta();
      const [a, b] = meta.extent;
      const filters = { lanes: 'country', hidden: [], query: '' };
      const ask = async (window) => {
        const before = answers.length;
        const t0 = performance.now();
        if (client.view(window, 1600, filters)) return { ms: 0, bytes: 0, cached: true };
        while (answers.length === before) await new Promise((r) => setTimeout(r, 1));
        return { ms: performance.now() - t0, bytes, cached: false };
      };
      const first = await ask({ start: a, end: b });
      const firstViewMs = performance.now() - t;
      // The gesture: the span halved around a middle in 2010 down to a day.
      const middle = Date.UTC(2010, 5, 15, 12);
      const steps = [];
      for (let span = b - a; span >= DAY; span /= 2) steps.push(await ask({ start: middle - span / 2, end: middle + span / 2 }));
      const asked = steps.filter((s) => !s.cached);
      const last = answers.at(-1);
      const eventsAtDay = last?.lanes.reduce((n, l) => n + ('events' in l ? l.events.length : 0), 0) ?? 0;
      return {
        rows, generateMs: Math.round(generateMs), openMs: Math.round(openMs), firstViewMs: Math.round(firstViewMs), firstBytes: first.bytes,
        steps: steps.length, asked: asked.length,
        p50Ms: Math.round(median(asked.map((s) => s.ms)) * 10) / 10, p95Ms: Math.round(p95(asked.map((s) => s.ms)) * 10) / 10,
        maxBytes: Math.max(...asked.map((s) => s.bytes)), eventsAtDay, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
        each: asked.map((s) => `${Math.round(s.ms)} ms ${Math.round(s.bytes / 1024)} KB`),
      };
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await engine.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The sizes `npm run bench` measures (100,000,000 by hand: see the top of this file). */
export const SERVER_SIZES = [1_000_000, 10_000_000];

/** The server's figures, at each size. */
export async function measureServers(sizes = SERVER_SIZES) {
  const out = [];
  for (const rows of sizes) out.push(await measureServer(rows));
  return { sizes: out };
}

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
function lines(r) {
  return r.sizes.flatMap((s) => [
    `| ${s.rows.toLocaleString('en-US')} events (DuckDB): the file opened (read, sorted, mipmaps built) | ${(s.openMs / 1000).toFixed(1)} s | – | |`,
    `| ${s.rows.toLocaleString('en-US')} events: the first view (meta and the whole range) | ${s.firstViewMs} ms | – | |`,
    `| ${s.rows.toLocaleString('en-US')} events: a zoom step's answer, p50 and p95 (${s.asked} of ${s.steps} steps asked) | ${s.p50Ms} and ${s.p95Ms} ms | p95 ≤ ${SERVER_BUDGET.p95Ms} ms | ${s.p95Ms <= SERVER_BUDGET.p95Ms ? 'met' : 'missed'} |`,
    `| ${s.rows.toLocaleString('en-US')} events: the largest answer | ${kb(s.maxBytes)} | ≤ ${kb(SERVER_BUDGET.bytes)} | ${s.maxBytes <= SERVER_BUDGET.bytes ? 'met' : 'missed'} |`,
  ]);
}

export function printServers(r) {
  console.log('\nThe server (#35), DuckDB through HTTP:');
  for (const line of lines(r)) console.log(`  ${line.replace(/^\| | \|$/g, '').split(' | ').filter(Boolean).join('  ')}`);
}

export function serverMarkdown(r) {
  return `## Data too large for a browser (#35, in progress)

<!-- Written by \`npm run bench\` or \`node bench/run.mjs --only=server\` on ${r.date?.slice(0, 10) ?? ''}. -->

\`sahel-timeline/server\` over DuckDB, in Node beside the browser: ACLED-shaped events (a day each over 1997–2024, 12 countries, 40 regions, 300 actors, 6 event types) generated in DuckDB and written to Parquet, then opened as a user's file is. The gesture is a reader's as the element's client asks it: the whole range, then the window halved around a day of 2010 down to a single day, at 1,600 px (a bin of counts every 4 px) in 12 lanes by country, every request through HTTP; an answer already asked for comes from the client's cache. 100,000,000 events do not fit this machine's memory as DuckDB holds them today (an on-disk database is next), nor does the element read a server yet.

| Figure | Value | Budget | |
|---|---:|---|---|
${lines(r).join('\n')}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 10_000_000);
  const r = await measureServer(rows);
  console.log(JSON.stringify(r, null, 2));
  if (r.p95Ms > SERVER_BUDGET.p95Ms) console.log(`missed: a zoom step's answer at p95 takes ${r.p95Ms} ms (budget ${SERVER_BUDGET.p95Ms})`);
  if (r.maxBytes > SERVER_BUDGET.bytes) console.log(`missed: the largest answer is ${r.maxBytes} bytes (budget ${SERVER_BUDGET.bytes})`);
}
