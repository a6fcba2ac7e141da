/// <reference types="node" />
/**
 * `sahel-timeline/server`'s HTTP face: `GET /api/meta` (what the data holds) and
 * `GET /api/events?start=&end=&bins=&most=&lanes=&hidden=&q=` (the protocol's question,
 * remote/protocol.ts), answered by an engine. Safe by construction: every value is read and
 * checked by the protocol before an engine sees it; answers are bounded in time and size;
 * CORS is off unless a page's origin is given; a failure is a status and a sentence, never a
 * stack trace; a failed request leaves the server serving.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isBad, readRequest } from '../remote/protocol.js';
import { EngineError, type TimelineEngine } from './engine.js';

/** Options of {@link createTimelineServer}. */
export interface TimelineServerOptions {
  readonly engine: TimelineEngine;
  /** The one origin allowed to read answers from another site (`https://news.example`); none by default. */
  readonly cors?: string;
  /** The longest an answer may take, in milliseconds (default 10,000). */
  readonly timeoutMs?: number;
  /** The largest answer, in bytes (default 4 MB). */
  readonly maxAnswerBytes?: number;
  /** A page to serve at `/` (the viewer the command line prints the address of). */
  readonly page?: string;
  /** Where failures are written for the operator (default: console.error). */
  readonly log?: (message: string) => void;
}

/** Makes the server (not yet listening: call `listen(port)`). */
export function createTimelineServer(options: TimelineServerOptions): Server {
  const { engine, cors, timeoutMs = 10_000, maxAnswerBytes = 4 * 1024 * 1024, page, log = (m: string) => { console.error(m); } } = options;
  return createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      // What the operator needs goes to the log; the client gets a sentence.
      log(`sahel-timeline server: ${req.method ?? ''} ${req.url ?? ''}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const status = error instanceof EngineError ? error.status : 503;
      send(res, status, { error: error instanceof EngineError ? error.message : 'The database could not answer this request; the server keeps serving.' });
    });
  });

  function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
    if (res.headersSent) {
      res.end();
      return;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (Buffer.byteLength(text) > maxAnswerBytes && status === 200) {
      send(res, 413, { error: `The answer would be over ${String(Math.round(maxAnswerBytes / 1024))} KB: ask for a narrower window or fewer events at once ("most").` });
      return;
    }
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (cors !== undefined) Object.assign(headers, { 'access-control-allow-origin': cors, vary: 'Origin' });
    res.writeHead(status, headers);
    res.end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS' && cors !== undefined) {
      res.writeHead(204, { 'access-control-allow-origin': cors, 'access-control-allow-methods': 'GET', vary: 'Origin' });
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { error: 'Only GET is answered here.' });
      return;
    }
    if (url.pathname === '/' && page !== undefined) {
      send(res, 200, page, 'text/html; charset=utf-8');
      return;
    }
    if (url.pathname === '/api/meta') {
      send(res, 200, await engine.meta());
      return;
    }
    if (url.pathname !== '/api/events') {
      send(res, 404, { error: `Nothing is at ${url.pathname.slice(0, 80)}: ask /api/meta or /api/events.` });
      return;
    }
    const meta = await engine.meta();
    const request = readRequest(url.searchParams, meta.lanes);
    if (isBad(request)) {
      send(res, request.status, { error: `This request cannot be answered: ${request.message}.` });
      return;
    }
    // A request given up by its client, or taking too long, is stopped in the database.
    const abort = new AbortController();
    const timer = setTimeout(() => { abort.abort('timeout'); }, timeoutMs);
    // The response closed before it was sent: the client went away (`req`'s own close comes
    // with the end of its body, not of the connection).
    res.on('close', () => { if (!res.writableFinished) abort.abort(); });
    try {
      send(res, 200, await engine.answer(request, abort.signal));
    } catch (error) {
      if (abort.signal.reason === 'timeout') throw new EngineError(`The database took longer than ${String(Math.round(timeoutMs / 1000))} s to answer: ask for a narrower window.`, 504);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
