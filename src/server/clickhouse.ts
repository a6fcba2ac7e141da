/// <reference types="node" />
/**
 * The ClickHouse engine, over its HTTP interface: a table (a `Distributed` one over shards, or
 * a local one) of our columns, as Strings (`id`, `title`, `start`, `end`, `category`,
 * `summary`, any others) and the instants as `start_ms` and `end_ms` Int64 (18.16 has no
 * DateTime64). ClickHouse 18.16, Debian's, takes no query parameters: every value a client
 * sent reaches it as external data, a table of its own (the window and the search in a one-row
 * typed table, read with `WITH (SELECT …) AS`; the hidden categories and the lanes as lists
 * read with `IN`), so no SQL is ever made from a client's strings; the one name in the SQL,
 * the lanes field, is one of the table's own String columns (checked by the protocol against
 * `meta().lanes`).
 */
import { MAX_LANES, type RemoteAnswer, type RemoteEvent, type RemoteLane, type RemoteMeta } from '../remote/protocol.js';
import { binnedLane, laneOrder, sent } from '../remote/answer.js';
import { EngineError, exactNumber, type TimelineEngine } from './engine.js';

/** Options of {@link openClickHouse}. */
export interface ClickHouseOptions {
  /** The server's HTTP address (`http://127.0.0.1:8123`). */
  readonly url: string;
  /** The table of events, `db.table` or `table` (letters, digits and `_`). */
  readonly table: string;
  /** Who asks (a read-only user, ideally), and their password. */
  readonly user?: string;
  readonly password?: string;
  /** The most seconds a query may run (default 10). */
  readonly maxSeconds?: number;
}

/** Fields an event always has, which lanes never group by. */
const OWN = new Set(['id', 'title', 'start', 'end', 'summary', 'start_ms', 'end_ms', 'note']);
const NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?$/;

/** A TabSeparated field: backslash, tab and line breaks escaped. */
const tsv = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

/** A table of values sent with a query: its structure (`s Int64, q String`) and its rows. */
interface External {
  readonly structure: string;
  readonly rows: readonly (readonly (string | number)[])[];
}

/** Opens a ClickHouse table of events. */
export async function openClickHouse(options: ClickHouseOptions): Promise<TimelineEngine> {
  const { url, table, user, password, maxSeconds = 10 } = options;
  if (!NAME.test(table)) throw new EngineError(`"${table}" is not a table's name (letters, digits and _, with a database before a dot)`, 400);
  const ident = table.split('.').map((p) => `\`${p}\``).join('.');

  /** Runs a query (its SQL ours alone) with the client's values as external tables; its rows as objects. */
  async function query(sql: string, tables: Readonly<Record<string, External>> = {}, signal?: AbortSignal): Promise<Record<string, unknown>[]> {
    const address = new URL(url);
    address.searchParams.set('query', `${sql} FORMAT JSON`);
    address.searchParams.set('max_execution_time', String(maxSeconds));
    if (user !== undefined) address.searchParams.set('user', user);
    if (password !== undefined) address.searchParams.set('password', password);
    let body: FormData | undefined;
    for (const [name, t] of Object.entries(tables)) {
      address.searchParams.set(`${name}_structure`, t.structure);
      address.searchParams.set(`${name}_format`, 'TabSeparated');
      body ??= new FormData();
      // A part with a file name: ClickHouse reads other parts as settings.
      body.append(name, new Blob([t.rows.map((r) => `${r.map((v) => tsv(String(v))).join('\t')}\n`).join('')]), name);
    }
    let res: Response;
    try {
      res = await fetch(address, { method: 'POST', ...(body && { body }), ...(signal && { signal }) });
    } catch (error) {
      if (signal?.aborted) throw new EngineError('the answer took too long, and was given up', 504);
      throw new EngineError(`ClickHouse did not answer (${error instanceof Error ? error.message : String(error)})`);
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`ClickHouse: ${text.slice(0, 300)}`);
    return (JSON.parse(text) as { data: Record<string, unknown>[] }).data;
  }

  const described = await query(`DESCRIBE TABLE ${ident}`).catch((error: unknown) => {
    throw new EngineError(`the table ${table} could not be read at ${url}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`, 400);
  });
  const columns = new Map(described.map((c) => [String(c.name), String(c.type)]));
  for (const need of ['id', 'title', 'start_ms', 'end_ms']) if (!columns.has(need)) throw new EngineError(`the table ${table} has no "${need}" column`, 400);
  const stats = (await query(`SELECT count() AS n, min(start_ms) AS a, max(end_ms) AS b, max(end_ms - start_ms) AS d FROM ${ident}`))[0] ?? {};
  const total = exactNumber(Number(stats.n), 'the number of events');
  const longest = total > 0 ? exactNumber(Number(stats.d), 'the longest event') : 0;
  // Lanes group by a String field of at most MAX_LANES values.
  const candidates = [...columns].filter(([name, type]) => !OWN.has(name) && type === 'String').map(([name]) => name);
  const distinct = candidates.length === 0 ? {} : ((await query(`SELECT ${candidates.map((f, i) => `uniqExact(\`${f}\`) AS c${String(i)}`).join(', ')} FROM ${ident}`))[0] ?? {});
  const lanes = candidates.filter((_, i) => Number(distinct[`c${String(i)}`]) <= MAX_LANES);
  const categories = columns.has('category') ? (await query(`SELECT DISTINCT category FROM ${ident} WHERE category != '' ORDER BY category`)).map((r) => String(r.category)) : [];
  const meta: RemoteMeta = { total, extent: total > 0 ? [exactNumber(Number(stats.a), 'the first instant'), exactNumber(Number(stats.b), 'the last instant')] : null, lanes, categories };

  return {
    meta: () => Promise.resolve(meta),
    async answer(r, signal) {
      const lane = r.lanes === undefined ? `''` : `toString(\`${r.lanes}\`)`;
      const binMs = (r.end - r.start) / r.bins;
      const p: External = { structure: 's Int64, e Int64, look Int64, bins Int32, bw Float64, q String', rows: [[r.start, r.end, r.start - longest, r.bins, binMs, r.query.toLowerCase()]] };
      const h: External = { structure: 'v String', rows: r.hidden.map((v) => [v]) };
      const scalars = `WITH (SELECT s FROM p) AS s0, (SELECT e FROM p) AS e0, (SELECT look FROM p) AS l0, (SELECT q FROM p) AS q0,
        (SELECT bins FROM p) AS b0, (SELECT bw FROM p) AS bw0`;
      const where = `start_ms < e0 AND end_ms > s0 AND start_ms >= l0
        AND ${columns.has('category') ? `(category = '' OR category NOT IN h)` : '1'} AND (q0 = '' OR position(lowerUTF8(title), q0) > 0)`;
      const bin = `toInt32(least(toInt64(b0) - 1, greatest(toInt64(0), toInt64(floor((start_ms - s0) / bw0)))))`;
      const totals = await query(`${scalars} SELECT ${lane} AS _lane, count() AS n FROM ${ident} WHERE ${where} GROUP BY _lane`, { p, h }, signal);
      const count = (t: Record<string, unknown>) => exactNumber(Number(t.n), 'a count');
      const small = totals.filter((t) => count(t) <= r.most).map((t) => String(t._lane));
      const big = totals.filter((t) => count(t) > r.most).map((t) => String(t._lane));
      const byLane = new Map<string, RemoteLane>();
      if (small.length > 0) {
        const ln: External = { structure: 'v String', rows: small.map((v) => [v]) };
        const rows = await query(`${scalars} SELECT ${lane} AS _lane, * FROM ${ident} WHERE ${where} AND _lane IN ln ORDER BY start_ms, id`, { p, h, ln }, signal);
        const each = new Map<string, RemoteEvent[]>(small.map((l) => [l, []]));
        for (const row of rows) each.get(String(row._lane))?.push(sent(remoteEvent(row), r.lanes));
        for (const [id, events] of each) byLane.set(id, { id, total: events.length, events });
      }
      if (big.length > 0) {
        const ln: External = { structure: 'v String', rows: big.map((v) => [v]) };
        const counted = await query(`${scalars} SELECT ${lane} AS _lane, ${bin} AS _bin, count() AS n FROM ${ident} WHERE ${where} AND _lane IN ln GROUP BY _lane, _bin`, { p, h, ln }, signal);
        const rows = await query(
          `${scalars} SELECT ${lane} AS _lane, ${bin} AS _bin, * FROM ${ident} WHERE ${where} AND _lane IN ln
           ORDER BY _lane, _bin, end_ms - start_ms DESC, start_ms, id LIMIT 1 BY _lane, _bin`,
          { p, h, ln },
          signal,
        );
        for (const id of big) {
          const counts = counted.filter((c) => String(c._lane) === id).map((c) => ({ bin: Number(c._bin), n: count(c) }));
          const longestRows = rows.filter((row) => String(row._lane) === id).map((row) => ({ bin: Number(row._bin), event: remoteEvent(row) }));
          byLane.set(id, binnedLane(id, r, counts, longestRows));
        }
      }
      const order = [...byLane.keys()].sort(laneOrder);
      const answer: RemoteAnswer = { start: r.start, end: r.end, bins: r.bins, lanes: order.map((id) => byLane.get(id) as RemoteLane) };
      return answer;
    },
    close: () => Promise.resolve(),
  };
}

/** A row as the protocol sends it: its text fields (ClickHouse's empty strings left out), its instants as numbers. */
function remoteEvent(row: Record<string, unknown>): RemoteEvent {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('_') || key === 'start_ms' || key === 'end_ms' || value === '' || value === null) continue;
    out[key] = value;
  }
  out.startMs = exactNumber(Number(row.start_ms), 'a start');
  out.endMs = exactNumber(Number(row.end_ms), 'an end');
  return out as unknown as RemoteEvent;
}
