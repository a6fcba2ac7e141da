/**
 * Where a gesture painter's recorded drawing (ink-ops.ts) goes: the page's one ink worker
 * (ink-worker.ts), which holds the plot's canvas and the toolbar range's once a painter has
 * handed them over for good, or the canvases themselves, on which the page replays the
 * recording until the worker has started, and where none can run. A worker lost after it had
 * started gives the canvases back, as copies of the elements.
 */
import { replay, type InkList } from './ink-ops.js';
import type { FromInkWorker, ToInkWorker } from './ink-worker.js';
import { trustedScriptUrl } from '../trusted-types.js';

/** A canvas's pixels, as getImageData gives them. */
export interface InkPixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** Where a painter's recorded drawing goes: a worker's hold of the canvas, or the canvas itself. */
interface InkSink {
  /** Draws `list` on the canvas, sized `width` × `height` device pixels; `shown` once it is on screen. */
  draw(list: InkList, width: number, height: number, shown?: () => void): void;
  pixels(): Promise<InkPixels | null>;
}

/** Draws on the page's canvas, at once (where no worker may paint). */
export class CanvasSink implements InkSink {
  /** The canvas's context, once drawn on (a canvas with a context can no longer be handed to a worker). */
  private g: CanvasRenderingContext2D | null | undefined;
  private readonly paths = new Map<string, Path2D>();

  constructor(readonly canvas: HTMLCanvasElement) {}

  /** Whether the canvas has been drawn on. */
  get used(): boolean {
    return this.g !== undefined;
  }

  draw(list: InkList, width: number, height: number, shown?: () => void): void {
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.g ??= this.canvas.getContext('2d');
    if (this.g) replay(list.ops, list.texts, this.g, this.paths);
    shown?.();
  }

  pixels(): Promise<InkPixels | null> {
    const { width, height } = this.canvas;
    return Promise.resolve(this.g && width > 0 && height > 0 ? this.g.getImageData(0, 0, width, height) : null);
  }
}

/** The page's one ink worker: null where none may run (see `inkWorker`). */
let worker: Promise<Worker | null> | undefined;
/** The worker failed after it had started: painters take their canvases back (see `workerLost`). */
let lost = false;
let nextId = 1;
let nextAsk = 1;
const waiting = new Map<number, (pixels: InkPixels | null) => void>();
const acks = new Map<number, () => void>();
/** A removed timeline's canvas (and its painter's texts) are let go in the worker too. */
const drops = new FinalizationRegistry<number>((id) => {
  void worker?.then((w) => w?.postMessage({ kind: 'drop', id } satisfies ToInkWorker));
});

/**
 * Whether the page runs in WebKit (Safari, any iOS browser, WebKitGTK's). Its web process
 * crashed with this worker painting on a transferred OffscreenCanvas: WebKitGTK's MiniBrowser,
 * after some 20 pages of the tests, in every run of a batch of them with the worker and in none
 * without (session 17). Until that is understood, WebKit's pages paint their canvas themselves.
 */
function webKit(): boolean {
  const ua = navigator.userAgent;
  return ua.includes('AppleWebKit/') && !/(?:Chrome|Chromium)\//.test(ua);
}

/**
 * Starts the worker beside this chunk, once per page. Null in WebKit (`webKit`), and where
 * it cannot run: a bundle served from another origin (workers are same-origin), a
 * Content-Security-Policy refusing it, a Trusted Types page that leaves our policy out, or a
 * bundler that did not copy the file; the page's own canvas is painted then, as before.
 */
export function inkWorker(): Promise<Worker | null> {
  worker ??= new Promise<Worker | null>((resolve) => {
    if (webKit()) {
      resolve(null);
      return;
    }
    let w: Worker;
    try {
      const url = new URL('./ink-worker.js', import.meta.url);
      const script = trustedScriptUrl(url.href);
      if (script === null) {
        resolve(null);
        return;
      }
      w = new Worker(script, { type: 'module', name: 'sahel-timeline ink' });
    } catch {
      resolve(null);
      return;
    }
    const fail = () => {
      clearTimeout(timer);
      w.terminate();
      resolve(null);
    };
    // A worker that has not said it is ready in this long is not used (its canvas stays ours).
    const timer = setTimeout(fail, 5000);
    w.addEventListener('error', fail, { once: true });
    w.addEventListener('message', (event: MessageEvent<FromInkWorker>) => {
      const message = event.data;
      if (message.kind === 'ready') {
        clearTimeout(timer);
        w.removeEventListener('error', fail);
        w.addEventListener('error', () => { lose(w); }, { once: true });
        resolve(w);
      } else if (message.kind === 'shown') {
        acks.get(message.ack)?.();
        acks.delete(message.ack);
      } else {
        const { width, height, data } = message;
        waiting.get(message.ask)?.(data ? { width, height, data } : null);
        waiting.delete(message.ask);
      }
    });
  });
  return worker;
}

/**
 * A worker that failed after it had started (an error it did not catch, the browser ending
 * it) is let go: no painter sends it another drawing, a drawing waiting for it counts as on
 * screen (so that a gesture shows the page's canvas from its next step), and no later
 * timeline starts another.
 */
function lose(w: Worker): void {
  w.terminate();
  lost = true;
  worker = Promise.resolve(null);
  const shown = [...acks.values()];
  acks.clear();
  for (const done of shown) done();
  for (const answer of waiting.values()) answer(null);
  waiting.clear();
}

/**
 * Whether the page's worker failed after it had started: a painter whose canvases it held
 * takes them back (`takeBack`), and none hands it any more.
 */
export function workerLost(): boolean {
  return lost;
}

/**
 * A canvas the worker held, back on the page: a transferred canvas can never be drawn on from
 * the page again, so a copy of the element takes its place.
 */
export function takeBack(sink: WorkerSink): CanvasSink {
  const fresh = sink.canvas.cloneNode(false) as HTMLCanvasElement;
  sink.canvas.replaceWith(fresh);
  return new CanvasSink(fresh);
}

/**
 * How much of a painter's table of texts the worker has: the table's id there, which of the
 * recorder's tables it copies, and how many of its texts it has been sent. Shared by the
 * painter's two sinks (plot and range), which draw from one recorder.
 */
export interface SentTexts {
  readonly id: number;
  table: number;
  count: number;
}

/** A new table of texts in the worker for `painter`, let go there with it. */
export function sentTexts(painter: object): SentTexts {
  const sent: SentTexts = { id: nextId++, table: -1, count: 0 };
  drops.register(painter, sent.id);
  return sent;
}

/** Sends the drawing to the worker that holds the canvas. */
export class WorkerSink implements InkSink {
  constructor(
    private readonly worker: Worker,
    private readonly id: number,
    readonly canvas: HTMLCanvasElement,
    private readonly sent: SentTexts,
  ) {}

  draw(list: InkList, width: number, height: number, shown?: () => void): void {
    let ack: number | undefined;
    if (shown) {
      ack = nextAsk++;
      acks.set(ack, shown);
    }
    // Only the texts the worker has not had; all of a new table.
    const sent = this.sent;
    const restart = sent.table !== list.table;
    const texts = list.texts.slice(restart ? 0 : sent.count);
    sent.table = list.table;
    sent.count = list.texts.length;
    const { ops } = list;
    this.worker.postMessage(
      { kind: 'draw', id: this.id, width, height, ops, texts: { id: sent.id, restart, add: texts }, ...(ack !== undefined && { ack }) } satisfies ToInkWorker,
      [ops.buffer],
    );
  }

  pixels(): Promise<InkPixels | null> {
    const ask = nextAsk++;
    return new Promise((resolve) => {
      waiting.set(ask, resolve);
      this.worker.postMessage({ kind: 'pixels', id: this.id, ask } satisfies ToInkWorker);
    });
  }
}

/** The families of a CSS `font-family` list, unquoted and in lower case. */
function families(list: string): string[] {
  return list.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase());
}

/**
 * Whether the plot's font is one of the page's web fonts: a worker has only the system's,
 * so the page's own canvas, which has them, is painted instead.
 */
export function usesWebFont(fontFamily: string): boolean {
  const wanted = new Set(families(fontFamily));
  for (const face of document.fonts) if (wanted.has(families(face.family)[0] ?? '')) return true;
  return false;
}

/**
 * Hands the sink's canvas to the worker for good, or, when the page has drawn on it (it can
 * no longer be handed over), a copy laid over it, to which the old one is pushed in
 * `retired` to go once the worker's first drawing is on screen. Its id is let go in the
 * worker once the canvas is collected.
 */
export function handOver(w: Worker, sink: CanvasSink, retired: HTMLCanvasElement[], sent: SentTexts): WorkerSink {
  let canvas = sink.canvas;
  if (sink.used) {
    const fresh = canvas.cloneNode(false) as HTMLCanvasElement;
    canvas.after(fresh);
    retired.push(canvas);
    canvas = fresh;
  }
  const id = nextId++;
  const offscreen = canvas.transferControlToOffscreen();
  w.postMessage({ kind: 'canvas', id, canvas: offscreen } satisfies ToInkWorker, [offscreen]);
  drops.register(canvas, id);
  return new WorkerSink(w, id, canvas, sent);
}
