/**
 * The worker that paints gestures' steps (render/ink.ts) on the timelines' canvases, handed to
 * it with transferControlToOffscreen: rasterising the marks, their labels and the axis then
 * costs the page's main thread nothing, and the frames go to the screen without a main-thread
 * frame. One worker serves every timeline of a page. Self-contained (the standalone bundle
 * copies it beside its chunks): it imports only the replay of a recorded list.
 */
import { replay } from './ink-ops.js';

/** What the page sends. */
export type ToInkWorker =
  | { readonly kind: 'canvas'; readonly id: number; readonly canvas: OffscreenCanvas }
  /**
   * Draws `ops` (ink-ops.ts) on a canvas `width` × `height` device pixels, reading texts from
   * table `texts.id`, to which `texts.add` are added (after emptying it, with `restart`); `ack`
   * asks for `shown` once it is on screen.
   */
  | {
      readonly kind: 'draw';
      readonly id: number;
      readonly width: number;
      readonly height: number;
      readonly ops: Float64Array;
      readonly texts: { readonly id: number; readonly restart: boolean; readonly add: readonly string[] };
      readonly ack?: number;
    }
  /** Asks for the canvas's pixels (tests read what was drawn). */
  | { readonly kind: 'pixels'; readonly id: number; readonly ask: number }
  /** Lets go of a canvas, or a table of texts. */
  | { readonly kind: 'drop'; readonly id: number };

/** What the worker answers. */
export type FromInkWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'shown'; readonly id: number; readonly ack: number }
  | { readonly kind: 'pixels'; readonly ask: number; readonly width: number; readonly height: number; readonly data: Uint8ClampedArray | null };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToInkWorker>) => void) | null;
  postMessage(message: FromInkWorker): void;
  requestAnimationFrame?: (callback: () => void) => number;
}

const scope = self as unknown as WorkerScope;
const canvases = new Map<number, { canvas: OffscreenCanvas; g: OffscreenCanvasRenderingContext2D | null }>();
const paths = new Map<string, Path2D>();
/** Each painter's texts, as its recorder numbers them. */
const tables = new Map<number, string[]>();

/** Runs `then` once the frame just drawn has been handed to the screen. */
function afterFrame(then: () => void): void {
  if (scope.requestAnimationFrame) scope.requestAnimationFrame(then);
  else setTimeout(then, 16);
}

scope.onmessage = ({ data: message }) => {
  switch (message.kind) {
    case 'canvas':
      canvases.set(message.id, { canvas: message.canvas, g: message.canvas.getContext('2d') });
      break;
    case 'draw': {
      const target = canvases.get(message.id);
      if (!target?.g) break;
      const { canvas, g } = target;
      if (canvas.width !== message.width || canvas.height !== message.height) {
        canvas.width = message.width;
        canvas.height = message.height;
      }
      const { texts } = message;
      let table = tables.get(texts.id);
      if (!table || texts.restart) tables.set(texts.id, (table = []));
      for (const text of texts.add) table.push(text);
      replay(message.ops, table, g, paths);
      const ack = message.ack;
      if (ack !== undefined) afterFrame(() => { scope.postMessage({ kind: 'shown', id: message.id, ack }); });
      break;
    }
    case 'pixels': {
      const target = canvases.get(message.id);
      const { width = 0, height = 0 } = target?.canvas ?? {};
      const data = target?.g && width > 0 && height > 0 ? target.g.getImageData(0, 0, width, height).data : null;
      scope.postMessage({ kind: 'pixels', ask: message.ask, width, height, data });
      break;
    }
    case 'drop':
      canvases.delete(message.id);
      tables.delete(message.id);
      break;
  }
};

scope.postMessage({ kind: 'ready' });
