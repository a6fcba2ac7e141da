/**
 * The DuckDB engine (`@duckdb/node-api`, an optional peer dependency): a Parquet, CSV or JSON
 * file of events (our columns: `id`, `title`, `start`, `end`, `category`, `summary`, and any
 * others; or `start_ms` and `end_ms` as numbers) read once into a table sorted by time, then
 * each request answered with SQL whose values are all bound parameters; the one name that
 * reaches SQL, the lanes field, is one of the table's own columns (checked by the protocol
 * against `meta().lanes`) and quoted.
 *
 * Dates are ISO 8601 text of years 1 to 9999 at year, month, day or minute precision (a zone
 * `Z`, or none): rows whose start cannot be read are left out, and counted (`meta().left`).
 */
import type * as Duck from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { MAX_LANES, type RemoteAnswer, type RemoteEvent, type RemoteLane, type RemoteMeta } from '../remote/protocol.js';
import { buildMipmaps, levelFor, type Mipmaps } from './duckdb-mipmap.js';
import { binnedLane, laneOrder, longSpanMs, sent } from '../remote/answer.js';
import { EngineError, exactNumber, type TimelineEngine } from './engine.js';

type DuckDB = typeof Duck;
type Connection = DuckDBConnection;

/** Fields an event always has, which lanes never group by. */
const OWN = new Set(['id', 'title', 'start', 'end', 'summary', 'start_ms', 'end_ms', 'note']);

/** A SQL string literal (for the operator's own file path, never a client's value). */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
/** A quoted identifier. */
export const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The SQL that reads a file, by its extension. */
function reader(file: string): string {
  const f = literal(file);
  if (/\.parquet$/i.test(file)) return `read_parquet(${f})`;
  if (/\.(json|ndjson|jsonl)$/i.test(file)) return `read_json_auto(${f})`;
  if (/\.(csv|tsv|txt)$/i.test(file)) return `read_csv(${f}, header = true, all_varchar = true)`;
  throw new EngineError(`${file} is not a file the server reads: give it a .parquet, .csv, .tsv or .json file`, 400);
}

/** A partial ISO date's first instant, as a TIMESTAMP (NULL when it is not one). */
const FIRST = (c: string) =>
  `TRY_CAST(CASE length(${c}) WHEN 4 THEN ${c} || '-01-01' WHEN 7 THEN ${c} || '-01' ELSE replace(replace(${c}, 'T', ' '), 'Z', '') END AS TIMESTAMP)`;
/** The end of the period a partial ISO date names. */
const AFTER = (c: string, t: string) =>
  `CASE length(${c}) WHEN 4 THEN ${t} + INTERVAL 1 YEAR WHEN 7 THEN ${t} + INTERVAL 1 MONTH WHEN 10 THEN ${t} + INTERVAL 1 DAY ELSE ${t} + INTERVAL 1 MINUTE END`;

/** Options of {@link openDuckDB}. */
export interface DuckDBOptions {
  /** Threads DuckDB may use (default: its own choice). */
  readonly threads?: number;
}

/** Opens a file of events in DuckDB, read once into memory, sorted by time. */
export async function openDuckDB(file: string, options: DuckDBOptions = {}): Promise<TimelineEngine> {
  let duck: DuckDB;
  try {
    duck = await import('@duckdb/node-api');
  } catch {
    throw new EngineError('The DuckDB engine needs the package @duckdb/node-api: npm install @duckdb/node-api', 500);
  }
  const instance = await duck.DuckDBInstance.create(':memory:', options.threads ? { threads: String(options.threads) } : {});
  const setup = await instance.connect();
  try {
    await setup.run(`CREATE TABLE src AS SELECT * FROM ${reader(file)}`);
    const described = await setup.runAndReadAll(`SELECT column_name FROM (DESCRIBE src)`);
    const columns = described.getRowObjectsJS() as { column_name: string }[];
    const has = new Set(columns.map((c) => c.column_name));
    for (const need of ['id', 'title']) if (!has.has(need)) throw new EngineError(`${file} has no "${need}" column`, 400);
    const text = columns.filter((c) => !['start_ms', 'end_ms'].includes(c.column_name)).map((c) => `CAST(${quoted(c.column_name)} AS VARCHAR) AS ${quoted(c.column_name)}`);
    const timed = has.has('start_ms')
      ? `CAST(start_ms AS BIGINT) AS start_ms, CAST(${has.has('end_ms') ? 'end_ms' : 'start_ms + 1'} AS BIGINT) AS end_ms`
      : (() => {
          if (!has.has('start')) throw new EngineError(`${file} has neither a "start" nor a "start_ms" column`, 400);
          const end = has.has('end') ? `coalesce(NULLIF(trim("end"), ''), trim("start"))` : `trim("start")`;
          return `epoch_ms(${FIRST('trim("start")')}) AS start_ms, epoch_ms(${AFTER(end, FIRST(end))}) AS end_ms`;
        })();
    await setup.run(`CREATE TABLE events AS SELECT * FROM (SELECT ${text.join(', ')}, ${timed} FROM src) WHERE start_ms IS NOT NULL AND end_ms > start_ms ORDER BY start_ms, id`);
    await setup.run('DROP TABLE src');
  } catch (error) {
    setup.closeSync();
    instance.closeSync();
    throw error instanceof EngineError ? error : new EngineError(`${file} could not be read: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`, 400);
  }
  const stats = (await setup.runAndReadAll('SELECT count(*) AS n, min(start_ms) AS a, max(end_ms) AS b, coalesce(max(end_ms - start_ms), 0) AS d FROM events')).getRowObjectsJS()[0] ?? {};
  const total = exactNumber(stats.n, 'the number of events');
  const longest = exactNumber(stats.d, 'the longest event');
  const fields = ((await setup.runAndReadAll(`SELECT column_name FROM (DESCRIBE events)`)).getRowObjectsJS() as { column_name: string }[]).map((c) => c.column_name);
  // Lanes group by a field of at most MAX_LANES values (a country, a type of event; not actors by the hundred).
  const candidates = fields.filter((f) => !OWN.has(f));
  const distinct = candidates.length === 0 ? {} : (await setup.runAndReadAll(`SELECT ${candidates.map((f, i) => `count(DISTINCT ${quoted(f)}) AS c${String(i)}`).join(', ')} FROM events`)).getRowObjectsJS()[0] ?? {};
  const lanes = candidates.filter((_, i) => exactNumber(distinct[`c${String(i)}`], 'a count') <= MAX_LANES);
  const categories = fields.includes('category')
    ? ((await setup.runAndReadAll('SELECT DISTINCT category FROM events WHERE category IS NOT NULL ORDER BY category')).getRowObjectsJS() as { category: string }[]).map((r) => r.category)
    : [];
  const span = total > 0 ? exactNumber(stats.b, 'the last instant') - exactNumber(stats.a, 'the first instant') : 0;
  const carried = ['title', 'start', 'end', 'kind'].filter((f) => fields.includes(f));
  const mipmaps: Mipmaps = total > 0 ? await buildMipmaps(setup, lanes, span, fields.includes('category'), quoted, carried) : new Map();
  setup.closeSync();
  const meta: RemoteMeta = { total, extent: total > 0 ? [exactNumber(stats.a, 'the first instant'), exactNumber(stats.b, 'the last instant')] : null, lanes, categories };
  const { BIGINT, DOUBLE, INTEGER, LIST, VARCHAR, listValue } = duck;

  return {
    meta: () => Promise.resolve(meta),
    async answer(r, signal) {
      const conn: Connection = await instance.connect();
      const stop = () => { conn.interrupt(); };
      signal.addEventListener('abort', stop);
      try {
        const lane = r.lanes === undefined ? `''` : `coalesce(CAST(${quoted(r.lanes)} AS VARCHAR), '')`;
        // In the window (a span begun before it too: looked back as far as the longest event),
        // in a category shown, holding the search.
        const searching = r.query !== '';
        const where = `start_ms < $end AND end_ms > $start AND start_ms >= $look
          AND ${fields.includes('category') ? '(category IS NULL OR NOT list_contains($hidden, category))' : 'len($hidden) >= 0'}
          ${searching ? 'AND contains(lower(title), $q)' : ''}`;
        const hidden = listValue([...r.hidden]);
        const values = { start: BigInt(r.start), end: BigInt(r.end), look: BigInt(r.start - longest), hidden, ...(searching && { q: r.query.toLowerCase() }) };
        const types = { start: BIGINT, end: BIGINT, look: BIGINT, hidden: LIST(VARCHAR), ...(searching && { q: VARCHAR }) };
        const binms = (r.end - r.start) / r.bins;
        // Without a search, on a level's grid: counted from the level (and the spans begun before the window).
        const level = searching ? undefined : levelFor(mipmaps.get(r.lanes ?? ''), r.start, r.end, binms);
        const shown = fields.includes('category') ? '(category IS NULL OR NOT list_contains($hidden, category))' : 'len($hidden) >= 0';
        const list = LIST(VARCHAR);
        const levelValues = level && { start: values.start, look: values.look, hidden, b0: BigInt(r.start / level.ms), b1: BigInt(r.end / level.ms) };
        const levelTypes = { start: BIGINT, look: BIGINT, hidden: list, b0: BIGINT, b1: BIGINT };
        const totals = (level && levelValues
          ? await conn.runAndReadAll(`SELECT lane, sum(n) AS n FROM (SELECT lane, n FROM ${level.table} WHERE b >= $b0 AND b < $b1 AND ${shown}
              UNION ALL SELECT ${lane} AS lane, 1 AS n FROM events WHERE start_ms >= $look AND start_ms < $start AND end_ms > $start AND ${shown}) GROUP BY 1`, levelValues, levelTypes)
          : await conn.runAndReadAll(`SELECT ${lane} AS lane, count(*) AS n FROM events WHERE ${where} GROUP BY 1`, values, types)).getRowObjectsJS() as { lane: string; n: bigint }[];
        const small = totals.filter((t) => exactNumber(t.n, 'a count') <= r.most).map((t) => t.lane);
        const big = totals.filter((t) => exactNumber(t.n, 'a count') > r.most).map((t) => t.lane);
        const byLane = new Map<string, RemoteLane>();
        if (small.length > 0) {
          const rows = (await conn.runAndReadAll(`SELECT ${lane} AS _lane, * FROM events WHERE ${where} AND ${lane} = ANY($lanes) ORDER BY start_ms, id`,
            { ...values, lanes: listValue(small) }, { ...types, lanes: LIST(VARCHAR) })).getRowObjectsJS();
          const each = new Map<string, RemoteEvent[]>(small.map((l) => [l, []]));
          for (const row of rows) each.get(row._lane as string)?.push(sent(remoteEvent(row), r.lanes));
          for (const [id, events] of each) byLane.set(id, { id, total: events.length, events });
        }
        if (big.length > 0) {
          const bin = (at: string) => `least($bins - 1, greatest(0, floor((${at} - $start) / $binms)))::INTEGER`;
          const params = { ...values, lanes: listValue(big), bins: r.bins, binms };
          const kinds = { ...types, lanes: LIST(VARCHAR), bins: INTEGER, binms: DOUBLE };
          let rows: Record<string, unknown>[];
          // Whether any event could be a long span here (remote/answer.ts spanning).
          const spans = longest >= longSpanMs(r);
          let counted: Record<string, unknown>[];
          if (level) {
            // The level's bins in the window, and the spans begun before it (in the first bin).
            const inLevel = `FROM ${level.table} WHERE b >= $b0 AND b < $b1 AND ${shown} AND lane = ANY($lanes)`;
            const before = `FROM events WHERE start_ms >= $look AND start_ms < $start AND end_ms > $start AND ${shown} AND ${lane} = ANY($lanes)`;
            // Only the parameters these queries name (DuckDB refuses others).
            const { start, look, hidden: h, lanes: l, bins, binms: w } = params;
            const lv = { start, look, hidden: h, lanes: l, bins, binms: w, p: level.ms, b0: BigInt(r.start / level.ms), b1: BigInt(r.end / level.ms) };
            const lk = { start: BIGINT, look: BIGINT, hidden: list, lanes: list, bins: INTEGER, binms: DOUBLE, b0: BIGINT, b1: BIGINT, p: DOUBLE };
            counted = (await conn.runAndReadAll(
              `SELECT _lane, _bin, sum(n) AS n FROM (SELECT lane AS _lane, ${bin('b * $p')} AS _bin, n ${inLevel}
                UNION ALL SELECT ${lane} AS _lane, 0 AS _bin, 1 AS n ${before}) GROUP BY 1, 2`, lv, lk)).getRowObjectsJS();
            // Each bin's longest, as the level keeps it (its sent fields with it): no look-up in the events.
            const more = carried.map((c) => `, ${quoted(c)}`).join('');
            const named = r.lanes === undefined ? '' : `, NULLIF(_lane, '') AS ${quoted(r.lanes)}`;
            // No event is a long span at this zoom (the longest of all is shorter): none is looked for.
            rows = !spans ? [] : (await conn.runAndReadAll(
              `SELECT _lane, _bin, lid AS id, ls AS start_ms, ls + dur AS end_ms, category${more}${named} FROM (
                 SELECT lane AS _lane, ${bin('b * $p')} AS _bin, dur, ls, lid, category${more} ${inLevel}
                 UNION ALL SELECT ${lane} AS _lane, 0 AS _bin, end_ms - start_ms AS dur, start_ms AS ls, id AS lid,
                   ${fields.includes('category') ? 'category' : 'NULL::VARCHAR AS category'}${more} ${before})
               QUALIFY row_number() OVER (PARTITION BY _lane, _bin ORDER BY dur DESC, ls, lid) = 1`, lv, lk)).getRowObjectsJS();
          } else {
            rows = !spans ? [] : (await conn.runAndReadAll(
              `SELECT * FROM (SELECT ${lane} AS _lane, ${bin('start_ms')} AS _bin, * FROM events WHERE ${where} AND ${lane} = ANY($lanes))
               QUALIFY row_number() OVER (PARTITION BY _lane, _bin ORDER BY end_ms - start_ms DESC, start_ms, id) = 1`, params, kinds)).getRowObjectsJS();
            counted = (await conn.runAndReadAll(
              `SELECT ${lane} AS _lane, ${bin('start_ms')} AS _bin, count(*) AS n FROM events WHERE ${where} AND ${lane} = ANY($lanes) GROUP BY 1, 2`, params, kinds)).getRowObjectsJS();
          }
          for (const id of big) {
            const counts = counted.filter((c) => c._lane === id).map((c) => ({ bin: Number(c._bin), n: exactNumber(c.n, 'a count') }));
            const longestRows = rows.filter((row) => row._lane === id).map((row) => ({ bin: Number(row._bin), event: remoteEvent(row) }));
            byLane.set(id, binnedLane(id, r, counts, longestRows));
          }
        }
        const order = [...byLane.keys()].sort(laneOrder);
        const answer: RemoteAnswer = { start: r.start, end: r.end, bins: r.bins, lanes: order.map((id) => byLane.get(id) as RemoteLane) };
        return answer;
      } catch (error) {
        if (signal.aborted) throw new EngineError('the answer took too long, and was given up', 504);
        throw error;
      } finally {
        signal.removeEventListener('abort', stop);
        conn.closeSync();
      }
    },
    close() {
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

/** A row of the events table as the protocol sends it: its text fields, and its instants as numbers. */
function remoteEvent(row: Record<string, unknown>): RemoteEvent {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('_') || key === 'start_ms' || key === 'end_ms' || value === null || value === undefined) continue;
    out[key] = value;
  }
  out.startMs = exactNumber(row.start_ms, 'a start');
  out.endMs = exactNumber(row.end_ms, 'an end');
  return out as unknown as RemoteEvent;
}
