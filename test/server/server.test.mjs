// `sahel-timeline/server` in Node (node --test, after the build): DuckDB answers the protocol
// exactly as the in-memory reference does (remote/answer.ts), event for event and bin for bin,
// and every bad request gets a status and a sentence while the server keeps serving.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URLSearchParams } from 'node:url';
import { answerFrom, createTimelineServer, openDuckDB, requestParams, snapWindow } from '../../dist/server/index.js';

import { csv, DAY, CATEGORIES, instants, rows } from './fixture.mjs';

const N = 20_000;

describe('sahel-timeline/server, DuckDB', () => {
  const data = rows(N);
  const reference = data.map(instants);
  let engine;
  let server;
  let base;
  const logged = [];

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-server-'));
    const file = join(dir, 'events.csv');
    writeFileSync(file, csv(data));
    engine = await openDuckDB(file, { threads: 2 });
    server = createTimelineServer({ engine, log: (m) => logged.push(m) });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await engine.close();
  });

  const get = async (path) => {
    const res = await fetch(base + path);
    return { status: res.status, headers: res.headers, body: await res.json() };
  };

  it('/api/meta says how many events, their extent, the lanes and the categories', async () => {
    const { status, body } = await get('/api/meta');
    assert.equal(status, 200);
    assert.equal(body.total, N);
    assert.deepEqual(body.extent, [Math.min(...reference.map((e) => e.startMs)), Math.max(...reference.map((e) => e.endMs))]);
    assert.ok(body.lanes.includes('country') && body.lanes.includes('category'));
    assert.deepEqual(body.categories, [...CATEGORIES].sort());
  });

  const requests = [
    ['the whole range, dense: bins', 'bins', { ...snapWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) }, 1600), most: 500, hidden: [], query: '' }],
    ['in lanes by country, dense', 'bins', { ...snapWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) }, 1600), lanes: 'country', most: 500, hidden: [], query: '' }],
    ['a month, in lanes: events', 'events', { ...snapWindow({ start: Date.UTC(2010, 4, 1), end: Date.UTC(2010, 5, 1) }, 1200), lanes: 'country', most: 500, hidden: [], query: '' }],
    // The window snaps to about 795 days: some 330 events a country lane, 220 in the lane of events with none.
    ['a year, some lanes in bins and some not', 'both', { ...snapWindow({ start: Date.UTC(2011, 0, 1), end: Date.UTC(2012, 0, 1) }, 800), lanes: 'country', most: 275, hidden: [], query: '' }],
    ['categories hidden and a search', 'events', { ...snapWindow({ start: Date.UTC(2005, 0, 1), end: Date.UTC(2006, 0, 1) }, 1000), lanes: 'category', most: 200, hidden: ['politics', 'protest'], query: 'ATTACK' }],
  ];
  for (const [name, shape, r] of requests) {
    it(`answers as the in-memory reference: ${name}`, async () => {
      const request = { start: r.start, end: r.end, bins: r.bins, lanes: r.lanes, hidden: r.hidden, query: r.query, most: r.most };
      const { status, body } = await get(`/api/events?${requestParams(request)}`);
      assert.equal(status, 200, JSON.stringify(body));
      // The case is the one named: lanes of events, of bins, or both.
      const kinds = new Set(body.lanes.map((l) => ('counts' in l ? 'bins' : 'events')));
      assert.deepEqual([...kinds].sort(), shape === 'both' ? ['bins', 'events'] : [shape]);
      assert.ok(body.lanes.some((l) => l.total > 0));
      assert.deepEqual(body, JSON.parse(JSON.stringify(answerFrom(reference, request))));
    });
  }

  it('reads a search as text: quotes, percent signs and SQL find nothing and break nothing', async () => {
    const w = snapWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) }, 100);
    for (const q of ["' OR 1=1 --", '%', '_', '"; DROP TABLE events; --']) {
      const { status, body } = await get(`/api/events?${requestParams({ ...w, hidden: [q], query: q, most: 10 })}`);
      assert.equal(status, 200);
      assert.deepEqual(body.lanes, []);
    }
    assert.equal((await get('/api/meta')).body.total, N, 'the table is still there');
  });

  it('refuses bad requests with a status and a sentence, and keeps serving', async () => {
    const w = snapWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) }, 100);
    const ok = requestParams({ ...w, hidden: [], query: '', most: 10 });
    const cases = [
      [422, { ...Object.fromEntries(ok), lanes: 'title"; DROP TABLE events; --' }, /cannot be grouped by/],
      [422, { ...Object.fromEntries(ok), lanes: 'nonexistent' }, /try .*country/],
      [400, { ...Object.fromEntries(ok), start: 'abc' }, /whole number/],
      [400, { ...Object.fromEntries(ok), bins: '8192' }, /power of two/],
      [400, { ...Object.fromEntries(ok), end: String(w.start) }, /after "start"/],
      [400, { ...Object.fromEntries(ok), start: '-99999999999999999' }, /whole number|270,000/],
      [413, { ...Object.fromEntries(ok), most: '99999' }, /most/],
      [413, { ...Object.fromEntries(ok), q: 'x'.repeat(500) }, /at most 200/],
    ];
    for (const [status, params, words] of cases) {
      const res = await get(`/api/events?${new URLSearchParams(params)}`);
      assert.equal(res.status, status, JSON.stringify(params));
      assert.match(res.body.error, words);
      assert.doesNotMatch(res.body.error, /\n\s+at /, 'no stack trace');
    }
    assert.equal((await get('/api/nowhere')).status, 404);
    assert.equal((await fetch(`${base}/api/events`, { method: 'POST' })).status, 405);
    assert.equal((await get('/api/meta')).status, 200, 'still serving');
  });

  it('sends no CORS header unless an origin is given', async () => {
    const res = await get('/api/meta');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('a request its client gives up, or that takes too long, is stopped in the engine', async () => {
    const stopped = [];
    const slow = {
      meta: () => engine.meta(),
      answer: (_request, signal) => new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          stopped.push(performance.now());
          reject(new Error('interrupted'));
        });
      }),
      close: () => Promise.resolve(),
    };
    const server2 = createTimelineServer({ engine: slow, timeoutMs: 300, log: () => undefined });
    await new Promise((resolve) => server2.listen(0, '127.0.0.1', resolve));
    try {
      const at = `http://127.0.0.1:${server2.address().port}`;
      const w = snapWindow({ start: 0, end: DAY }, 10);
      const query = `${at}/api/events?${requestParams({ ...w, hidden: [], query: '', most: 10 })}`;
      const gone = new globalThis.AbortController();
      const asked = fetch(query, { signal: gone.signal }).catch(() => 'gone');
      await new Promise((r) => setTimeout(r, 50));
      gone.abort();
      assert.equal(await asked, 'gone');
      for (let t = 0; stopped.length === 0 && t < 100; t++) await new Promise((r) => setTimeout(r, 10));
      assert.equal(stopped.length, 1, 'the engine was told when the client went away');
      const res = await fetch(query);
      assert.equal(res.status, 504);
      assert.match((await res.json()).error, /took longer than/);
      assert.equal(stopped.length, 2, 'and when the answer took too long');
    } finally {
      await new Promise((resolve) => server2.close(resolve));
    }
  });

  it('an engine that fails gets a 503 in words, with no details, and the server keeps serving', async () => {
    const broken = createTimelineServer({
      engine: { meta: () => engine.meta(), answer: () => Promise.reject(new Error('Connection refused at 127.0.0.1:9000 (secret detail)')), close: () => Promise.resolve() },
      log: () => undefined,
    });
    await new Promise((resolve) => broken.listen(0, '127.0.0.1', resolve));
    try {
      const at = `http://127.0.0.1:${broken.address().port}`;
      const w = snapWindow({ start: 0, end: DAY }, 10);
      const res = await fetch(`${at}/api/events?${requestParams({ ...w, hidden: [], query: '', most: 10 })}`);
      assert.equal(res.status, 503);
      const body = await res.json();
      assert.match(body.error, /could not answer/);
      assert.doesNotMatch(body.error, /secret|127\.0\.0\.1/);
      assert.equal((await fetch(`${at}/api/meta`)).status, 200);
    } finally {
      await new Promise((resolve) => broken.close(resolve));
    }
  });
});
