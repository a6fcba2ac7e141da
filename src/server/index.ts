/**
 * `sahel-timeline/server`: a small Node HTTP server that answers a timeline's questions about
 * data too large for a browser with SQL (#35): the protocol (remote/protocol.ts), the HTTP
 * face, and the engines behind one adapter (DuckDB; ClickHouse to come). Node only.
 * @module
 */
export { createTimelineServer, type TimelineServerOptions } from './http.js';
export { openDuckDB, type DuckDBOptions } from './duckdb.js';
export { EngineError, type TimelineEngine } from './engine.js';
export { answerFrom } from '../remote/answer.js';
export { readRequest, requestParams, snapWindow, type RemoteAnswer, type RemoteEvent, type RemoteLane, type RemoteMeta, type RemoteRequest } from '../remote/protocol.js';
export { openClickHouse, type ClickHouseOptions } from './clickhouse.js';
