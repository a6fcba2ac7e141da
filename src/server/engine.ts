/**
 * What `sahel-timeline/server` asks of a database (the adapter every engine implements:
 * DuckDB here, ClickHouse to come), and the words it answers a failed request with.
 */
import type { RemoteAnswer, RemoteMeta, RemoteRequest } from '../remote/protocol.js';

/** A database that answers the protocol. */
export interface TimelineEngine {
  /** What the data holds, before any window is asked for. */
  meta(): Promise<RemoteMeta>;
  /** The answer to one request; `signal` aborts it (the client went away, or it took too long). */
  answer(request: RemoteRequest, signal: AbortSignal): Promise<RemoteAnswer>;
  /** Lets go of the database. */
  close(): Promise<void>;
}

/** A failure the server reports in words, with its HTTP status; anything else is a 503 with no details. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly status = 503,
  ) {
    super(message);
  }
}

/** A number a database gave as a BIGINT, as a JS number: exact, or a failure in words. */
export function exactNumber(v: unknown, what: string): number {
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new EngineError(`${what} is not a whole number the timeline can hold`);
  return n;
}
