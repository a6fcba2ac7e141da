/**
 * A timeline's side of the protocol (#35): asks a `sahel-timeline/server` what a view shows,
 * remembering the last answers (small pans and zooms snap to a request already answered), never
 * waiting on a request a newer one made stale (it is aborted), and keeping the last answer to
 * show while the next is on its way. No DOM; the element's remote source is built on it.
 */
import { MAX_MOST, requestParams, snapWindow, type RemoteAnswer, type RemoteMeta, type RemoteRequest } from './protocol.js';

/** What narrows the events, as the element's filters say it. */
export interface RemoteFilters {
  readonly lanes?: string | undefined;
  readonly hidden: readonly string[];
  readonly query: string;
}

/** What the client tells its owner. */
export interface RemoteListener {
  /** An answer came (the view may draw it). */
  answered(answer: RemoteAnswer): void;
  /** A request failed: why, in words. */
  failed(message: string): void;
}

/** How many pixels a bin of counts is drawn across. */
export const PX_PER_BIN = 4;

/** How many answers are remembered. */
const CACHE = 32;

export class RemoteClient {
  /** The answers remembered, by their request's query string, oldest first. */
  private readonly cache = new Map<string, RemoteAnswer>();
  private inFlight: { readonly key: string; readonly abort: AbortController } | undefined;
  /** The answer shown last: drawn while a newer one is on its way. */
  last: RemoteAnswer | undefined;
  /** How many requests went out (tests and the bench read it). */
  sent = 0;

  constructor(
    private readonly base: string,
    private readonly listener: RemoteListener,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
    private readonly most = 40,
  ) {}

  /** What the server's data holds. */
  async meta(): Promise<RemoteMeta> {
    const res = await this.fetcher(new URL('api/meta', this.base));
    if (!res.ok) throw new Error(await wordsOf(res));
    return (await res.json()) as RemoteMeta;
  }

  /** The request a view of `window` drawn across `width` pixels makes, with `filters`. */
  request(window: { readonly start: number; readonly end: number }, width: number, filters: RemoteFilters): RemoteRequest {
    // A bin every PX_PER_BIN pixels: the density reads as well, and 12 lanes of counts stay small.
    const w = snapWindow(window, width / PX_PER_BIN);
    const { lanes, hidden, query } = filters;
    return { start: w.start, end: w.end, bins: w.bins, lanes, hidden: [...hidden].sort(), query: query.trim(), most: Math.min(MAX_MOST, this.most) };
  }

  /**
   * The answer for a view, at once when remembered; else it is asked for (a request still on
   * its way for another view is aborted) and `answered` is called when it comes. Meanwhile
   * the last answer stands.
   */
  view(window: { readonly start: number; readonly end: number }, width: number, filters: RemoteFilters): RemoteAnswer | undefined {
    const request = this.request(window, width, filters);
    const key = requestParams(request).toString();
    const known = this.cache.get(key);
    if (known) {
      // Most recently used last.
      this.cache.delete(key);
      this.cache.set(key, known);
      this.inFlight?.abort.abort();
      this.inFlight = undefined;
      this.last = known;
      return known;
    }
    if (this.inFlight?.key === key) return undefined;
    this.inFlight?.abort.abort();
    const abort = new AbortController();
    this.inFlight = { key, abort };
    this.sent++;
    void this.fetcher(new URL(`api/events?${key}`, this.base), { signal: abort.signal }).then(
      async (res) => {
        if (!res.ok) throw new Error(await wordsOf(res));
        const answer = (await res.json()) as RemoteAnswer;
        if (this.inFlight?.key === key) this.inFlight = undefined;
        this.cache.set(key, answer);
        if (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value as string);
        this.last = answer;
        this.listener.answered(answer);
      },
    ).catch((error: unknown) => {
      // A request made stale by a newer one is not a failure.
      if (abort.signal.aborted) return;
      if (this.inFlight?.key === key) this.inFlight = undefined;
      this.listener.failed(error instanceof Error ? error.message : String(error));
    });
    return undefined;
  }

  /** Whether an answer is on its way (the view shows a quiet loading cue). */
  get loading(): boolean {
    return this.inFlight !== undefined;
  }
}

/** A failed answer's words: the server's sentence, else its status. */
async function wordsOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not the server's JSON: said by its status below.
  }
  return `The server answered ${String(res.status)}${res.statusText ? ` (${res.statusText})` : ''}.`;
}
