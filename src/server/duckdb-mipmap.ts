/**
 * DuckDB's mipmaps (as Perfetto's and Mosaic's pre-aggregates): built once when a file is
 * opened, for each field lanes may group by (and for none), how many events start in each bin
 * of a power-of-two grid (2^k milliseconds, levels 16 times apart), per lane and category,
 * with each bin's longest event. A request whose bins are a whole number of a level's, on its
 * grid, without a search, reads the level instead of the events: the same counts and the same
 * longest events (the spans begun before the window are still read from the events, which
 * zone maps make cheap), at a cost that follows the bins, not the events.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** One level of one lanes field: its table and its grid. */
export interface MipLevel {
  readonly table: string;
  /** Its bins' length, 2^k milliseconds. */
  readonly ms: number;
}

/** The levels of each lanes field ('' for none), finest first. */
export type Mipmaps = ReadonlyMap<string, readonly MipLevel[]>;

/** The finest level has about this many bins over the data. */
const FINEST_BINS = 2 ** 18;
/** Each level is this many times coarser than the one under it. */
const STEP = 16;

/**
 * Builds the levels for `fields` (the lanes fields, and '' for none) over `events` spanning
 * `span` milliseconds, each level from the one under it. `quoted` quotes a column's name.
 */
export async function buildMipmaps(
  conn: DuckDBConnection,
  fields: readonly string[],
  span: number,
  hasCategory: boolean,
  quoted: (name: string) => string,
  /** The text fields an answer sends of an event (SENT_FIELDS the table has), kept with each bin's longest. */
  carried: readonly string[],
): Promise<Mipmaps> {
  const out = new Map<string, MipLevel[]>();
  const finest = 2 ** Math.max(10, Math.ceil(Math.log2(Math.max(1, span) / FINEST_BINS)));
  const category = hasCategory ? 'category' : 'NULL::VARCHAR';
  for (const [f, field] of [...fields, ''].entries()) {
    const lane = field === '' ? `''` : `coalesce(CAST(${quoted(field)} AS VARCHAR), '')`;
    const levels: MipLevel[] = [];
    for (let ms = finest, i = 0; ms <= Math.max(finest, span); ms *= STEP, i++) {
      const table = `mip_${String(f)}_${String(i)}`;
      const from = levels.at(-1);
      // The finest level from the events; each other from the level under it. Ties as the
      // protocol breaks them: the longest, then the earliest, then the smallest id.
      const more = carried.map((c) => `, ${quoted(c)}`).join('');
      const source = from
        ? `SELECT lane, category, floor(b * ${String(from.ms)} / ${String(ms)})::BIGINT AS b, n, dur, ls, lid${more} FROM ${from.table}`
        : `SELECT ${lane} AS lane, ${category} AS category, floor(start_ms / ${String(ms)})::BIGINT AS b, 1::BIGINT AS n, end_ms - start_ms AS dur, start_ms AS ls, id AS lid${more} FROM events`;
      await conn.run(`CREATE TABLE ${table} AS
        SELECT lane, category, b, sum(n) OVER g AS n, dur, ls, lid${more} FROM (${source})
        WINDOW g AS (PARTITION BY lane, category, b)
        QUALIFY row_number() OVER (PARTITION BY lane, category, b ORDER BY dur DESC, ls, lid) = 1
        ORDER BY b`);
      levels.push({ table, ms });
    }
    out.set(field, levels);
  }
  return out;
}

/** The coarsest level a request's bins and window fall on whole bins of, if any. */
export function levelFor(levels: readonly MipLevel[] | undefined, start: number, end: number, binMs: number): MipLevel | undefined {
  let best: MipLevel | undefined;
  for (const level of levels ?? []) {
    if (level.ms <= binMs && binMs % level.ms === 0 && start % level.ms === 0 && end % level.ms === 0) best = level;
  }
  return best;
}
