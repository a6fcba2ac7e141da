// Same protocol, same answers (#35): the in-memory reference, DuckDB and ClickHouse (two shards
// on loopback ports and a Distributed table over them, started and stopped here) answer the
// same requests over the same 1,000,000 events identically, event for event and bin for bin.
// ClickHouse is Debian's 18.16, installed by scripts/clickhouse-shards.mjs when missing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { answerFrom, createTimelineServer, openClickHouse, openDuckDB, requestParams, snapWindow } from '../../dist/server/index.js';
import { startShards } from '../../scripts/clickhouse-shards.mjs';
import { csv, instants, rows } from './fixture.mjs';

const N = 1_000_000;
const COLUMNS = 'id String, title String, start String, end String, category String, country String, start_ms Int64, end_ms Int64';

describe('the reference, DuckDB and ClickHouse answer alike', { timeout: 240_000 }, () => {
  const data = rows(N);
  const reference = data.map(instants);
  let shards;
  let dir;
  const engines = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sahel-engines-'));
    const file = join(dir, 'events.csv');
    writeFileSync(file, csv(data));
    engines.duckdb = await openDuckDB(file, { threads: 2 });
    shards = await startShards(2);
    const run = (url, sql, body) => fetch(`${url}/?query=${encodeURIComponent(sql)}`, { method: 'POST', ...(body && { body }) }).then(async (r) => {
      if (!r.ok) throw new Error(await r.text());
    });
    for (const url of shards.urls) {
      await run(url, `CREATE TABLE ev_local (${COLUMNS}) ENGINE = MergeTree PARTITION BY toYear(toDate(intDiv(start_ms, 1000))) ORDER BY (start_ms, id)`);
      await run(url, `CREATE TABLE ev (${COLUMNS}) ENGINE = Distributed(two_shards, default, ev_local, cityHash64(id))`);
    }
    // Half the events on each shard, written straight to its own table (a Distributed insert is asynchronous).
    const tsv = (list) => list.map((e) => [e.id, e.title, e.start, data[i0(e)].end, e.category, e.country ?? '', e.startMs, e.endMs].join('\t')).join('\n');
    const i0 = (e) => Number(e.id.slice(1));
    for (const [s, url] of shards.urls.entries()) await run(url, 'INSERT INTO ev_local FORMAT TabSeparated', tsv(reference.filter((_, i) => i % 2 === s)));
    engines.clickhouse = await openClickHouse({ url: shards.urls[0], table: 'ev', user: 'viewer', password: 'viewer' });
  });
  after(async () => {
    await engines.duckdb?.close();
    await engines.clickhouse?.close();
    await shards?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('each says the same of its data: the count, the extent, the lanes and the categories', async () => {
    const duck = await engines.duckdb.meta();
    const house = await engines.clickhouse.meta();
    assert.equal(duck.total, N);
    assert.deepEqual(house, duck);
  });

  const requests = [
    ['twenty years at 1,600 px in 12-ish lanes: bins', { ...snapWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2020, 0, 1) }, 1600), lanes: 'country', most: 500, hidden: [], query: '' }],
    ['a year, by category, some hidden, a search: bins', { ...snapWindow({ start: Date.UTC(2012, 0, 1), end: Date.UTC(2013, 0, 1) }, 1200), lanes: 'category', most: 500, hidden: ['protest'], query: 'attack' }],
    ['a week: events, spans begun before it included', { ...snapWindow({ start: Date.UTC(2015, 5, 1), end: Date.UTC(2015, 5, 8) }, 1000), lanes: 'country', most: 2000, hidden: [], query: '' }],
    ['a day, no lanes', { ...snapWindow({ start: Date.UTC(2018, 2, 3), end: Date.UTC(2018, 2, 4) }, 900), most: 2000, hidden: [], query: '' }],
  ];
  for (const [name, r] of requests) {
    it(name, async () => {
      const request = { start: r.start, end: r.end, bins: r.bins, lanes: r.lanes, hidden: r.hidden, query: r.query, most: r.most };
      const expected = JSON.parse(JSON.stringify(answerFrom(reference, request)));
      assert.ok(expected.lanes.some((l) => l.total > 0), 'a request that finds events');
      const signal = new globalThis.AbortController().signal;
      for (const [engine, answerer] of Object.entries(engines)) {
        const got = JSON.parse(JSON.stringify(await answerer.answer(request, signal)));
        assert.deepEqual(got, expected, `${engine} differs`);
      }
    });
  }

  it('ClickHouse stopped: the server says so in words, and keeps serving', async () => {
    const server = createTimelineServer({ engine: engines.clickhouse, log: () => undefined });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await shards.stop();
      shards = undefined;
      const base = `http://127.0.0.1:${server.address().port}`;
      const w = snapWindow({ start: Date.UTC(2010, 0, 1), end: Date.UTC(2011, 0, 1) }, 100);
      const res = await fetch(`${base}/api/events?${requestParams({ ...w, hidden: [], query: '', most: 10 })}`);
      assert.equal(res.status, 503);
      assert.match((await res.json()).error, /did not answer/);
      assert.equal((await fetch(`${base}/api/meta`)).status, 200, 'still serving what it knows');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
