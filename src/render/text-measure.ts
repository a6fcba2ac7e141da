/**
 * Text measured on a canvas in the plot's font, each text once: the measure a scene
 * (build-scene.ts) is built with, for the gesture canvas and the pictures of the view alike.
 */
import type { TextMeasure } from './scene.js';

/** Widths of texts in `family`, by size and weight, measured on a canvas of its own. */
export class CanvasMeasure implements TextMeasure {
  private readonly g: CanvasRenderingContext2D | null = document.createElement('canvas').getContext('2d');
  /** Widths by size and weight (`size * 1000 + weight`), then by text. */
  private readonly widths = new Map<number, Map<string, number>>();
  private readonly drops = new Map<number, number>();
  /** The size and weight the canvas's font has: setting a font is parsing it. */
  private current = -1;

  constructor(readonly family: string) {}

  width(text: string, size: number, weight: number): number {
    const key = size * 1000 + weight;
    let table = this.widths.get(key);
    if (!table) {
      table = new Map();
      this.widths.set(key, table);
    }
    let w = table.get(text);
    if (w === undefined) {
      w = this.use(size, weight)?.measureText(text).width ?? text.length * size * 0.55;
      if (table.size > 5000) table.clear();
      table.set(text, w);
    }
    return w;
  }

  /** A canvas's `middle` baseline to its `alphabetic` one, which is where texts are drawn from. */
  drop(size: number, weight: number): number {
    const key = size * 1000 + weight;
    let d = this.drops.get(key);
    if (d === undefined) {
      const g = this.use(size, weight);
      if (g) {
        g.textBaseline = 'middle';
        d = -g.measureText('x').alphabeticBaseline;
        g.textBaseline = 'alphabetic';
      }
      // About a quarter of the size, where a browser gives no baselines.
      if (d === undefined || !Number.isFinite(d)) d = size * 0.26;
      this.drops.set(key, d);
    }
    return d;
  }

  private use(size: number, weight: number): CanvasRenderingContext2D | null {
    const key = size * 1000 + weight;
    if (this.g && key !== this.current) {
      this.g.font = `${weight} ${size}px ${this.family}`;
      this.current = key;
    }
    return this.g;
  }
}
