/**
 * The question a timeline asks a server for data too large for a browser (#35), and its
 * answer, shared by the element's remote source and `sahel-timeline/server`. In: a window,
 * the bins it is drawn in (a power of two, about one a pixel), the field lanes group by, the
 * categories hidden and the search; out, per lane: its events where at most `most` are in the
 * window, else how many start in each bin and each bin's longest event where it lasts a bin or
 * more (so long spans stay visible, and the answer stays small). Requests snap to a grid of power-of-two bins and to windows a little wider than
 * the view, so that small pans and zooms ask the same question again (a cache hit). Pure.
 */

/** The most bins a request may ask for. */
export const MAX_BINS = 4096;
/** The most events per lane an answer holds one by one. */
export const MAX_MOST = 2000;
/** The most lanes an answer holds. */
export const MAX_LANES = 64;
/** The longest search a request may carry, in characters. */
export const MAX_QUERY = 200;
/** The most categories a request may hide. */
export const MAX_HIDDEN = 100;
/** Instants a request may name: about ±270,000 years (a Date's range), in milliseconds. */
export const MAX_INSTANT = 8.64e15;

/** What the view asks a server. */
export interface RemoteRequest {
  /** The window asked for, [start, end) in UTC milliseconds: a whole number of bins. */
  readonly start: number;
  readonly end: number;
  /** How many equal bins the window is cut into (a power of two). */
  readonly bins: number;
  /** The field lanes group by (one of the server's `lanes`), or none. */
  readonly lanes?: string | undefined;
  /** The categories the legend hides. */
  readonly hidden: readonly string[];
  /** The search ('' for none): events whose title holds it, whatever the case. */
  readonly query: string;
  /** Past this many events in a lane's window, that lane is answered in bins. */
  readonly most: number;
}

/** An event as a server sends it: our fields, its dates as written, and its instants. */
export interface RemoteEvent {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end?: string;
  readonly category?: string;
  readonly summary?: string;
  /** Its first instant and the end of its last, in UTC milliseconds. */
  readonly startMs: number;
  readonly endMs: number;
  /** Any other field the data has (text only). */
  readonly [field: string]: unknown;
}

/** One lane of an answer: its events, or its bins. */
export type RemoteLane =
  | { readonly id: string; readonly total: number; readonly events: readonly RemoteEvent[] }
  | {
      readonly id: string;
      readonly total: number;
      readonly counts: readonly number[];
      /** By bin, the bin's longest event where it is a long span (remote/answer.ts `spanning`: a bar worth drawing); the others are counts alone. */
      readonly longest: Readonly<Record<string, RemoteEvent>>;
    };

/** A server's answer: the request it answers, and each lane (one, `''`, without lanes). */
export interface RemoteAnswer {
  readonly start: number;
  readonly end: number;
  readonly bins: number;
  readonly lanes: readonly RemoteLane[];
}

/** What a server says of its data before any window is asked for. */
export interface RemoteMeta {
  /** How many events, and the instants they cover. */
  readonly total: number;
  readonly extent: readonly [number, number] | null;
  /** The fields lanes may group by, and the categories there are. */
  readonly lanes: readonly string[];
  readonly categories: readonly string[];
}

/** A window snapped to the grid: [start, end) of `bins` bins of `binMs` each. */
export interface SnappedWindow {
  readonly start: number;
  readonly end: number;
  readonly bins: number;
  readonly binMs: number;
}

/** The smallest power of two at least `x` (1 for anything up to 1). */
export function powerOfTwoAtLeast(x: number): number {
  return x <= 1 ? 1 : 2 ** Math.ceil(Math.log2(x));
}

/**
 * The request for a view of `window` drawn across `width` pixels: bins of a power-of-two
 * number of milliseconds, about one a pixel (never finer than a millisecond), on a grid that
 * starts at 0; a window of a power-of-two number of bins, at least half as long again as the
 * view, that holds it, placed on a grid of a quarter of its own length. Pans and zooms that
 * stay inside it (a third of the view or so, a zoom within a factor of two) snap to the same
 * request: the answer already there.
 */
export function snapWindow(window: { readonly start: number; readonly end: number }, width: number): SnappedWindow {
  const span = Math.max(1, window.end - window.start);
  const binMs = powerOfTwoAtLeast(span / Math.max(1, Math.round(width)));
  const bins = Math.min(MAX_BINS, powerOfTwoAtLeast(Math.ceil((span * 1.5) / binMs)));
  const length = bins * binMs;
  const step = Math.max(binMs, length / 4);
  // Centred, then onto the grid; moved a step where that left the view's end out (a view
  // longer than MAX_BINS allow keeps its start).
  let start = Math.floor((window.start - (length - span) / 2) / step) * step;
  if (start + length < window.end && start + step <= window.start) start += step;
  return { start, end: start + length, bins, binMs };
}

/** The request as the query of a URL (`start`, `end`, `bins`, `lanes`, `hidden` repeated, `q`, `most`). */
export function requestParams(r: RemoteRequest): URLSearchParams {
  const p = new URLSearchParams({ start: String(r.start), end: String(r.end), bins: String(r.bins), most: String(r.most) });
  if (r.lanes) p.set('lanes', r.lanes);
  for (const h of r.hidden) p.append('hidden', h);
  if (r.query !== '') p.set('q', r.query);
  return p;
}

/** A request a server cannot answer: the status to send and why, in words. */
export interface BadRequest {
  readonly status: 400 | 413 | 422;
  readonly message: string;
}

const INTEGER = /^-?\d{1,16}$/;

/**
 * Reads a request from a URL's query, checking every value: whole numbers in range, a window
 * of at most MAX_BINS bins, a lanes field among `fields` (no other name ever reaches SQL), a
 * bounded search and list of hidden categories. Else the status and the reason.
 */
export function readRequest(p: URLSearchParams, fields: readonly string[]): RemoteRequest | BadRequest {
  const number = (name: string, fallback?: number): number | string => {
    const v = p.get(name);
    if (v === null) return fallback ?? `"${name}" is missing`;
    if (!INTEGER.test(v)) return `"${name}" should be a whole number, not "${v.slice(0, 40)}"`;
    const n = Number(v);
    return Math.abs(n) > MAX_INSTANT ? `"${name}" is beyond the ±270,000 years a timeline holds` : n;
  };
  const read = [number('start'), number('end'), number('bins'), number('most', 500)];
  for (const v of read) if (typeof v === 'string') return { status: 400, message: v };
  const [s, e, b, m] = read as [number, number, number, number];
  if (e <= s) return { status: 400, message: '"end" should come after "start"' };
  if (b < 1 || b > MAX_BINS || powerOfTwoAtLeast(b) !== b) return { status: 400, message: `"bins" should be a power of two from 1 to ${String(MAX_BINS)}` };
  if ((e - s) % b !== 0) return { status: 400, message: 'the window should be a whole number of bins' };
  if (m < 0 || m > MAX_MOST) return { status: 413, message: `"most" should be from 0 to ${String(MAX_MOST)} events` };
  const lanes = p.get('lanes') ?? undefined;
  if (lanes !== undefined && !fields.includes(lanes)) {
    return { status: 422, message: `the events cannot be grouped by "${lanes.slice(0, 40)}": ${fields.length > 0 ? `try ${fields.join(', ')}` : 'they have no field to group by'}` };
  }
  const hidden = p.getAll('hidden');
  if (hidden.length > MAX_HIDDEN) return { status: 413, message: `at most ${String(MAX_HIDDEN)} categories can be hidden` };
  const query = p.get('q') ?? '';
  if (query.length > MAX_QUERY) return { status: 413, message: `the search should be at most ${String(MAX_QUERY)} characters` };
  return { start: s, end: e, bins: b, lanes, hidden, query, most: m };
}

/** Whether a read request is an error. */
export function isBad(r: RemoteRequest | BadRequest): r is BadRequest {
  return 'status' in r;
}
