import type { TimelineEvent } from '../dataset/types.js';
import { formatEventDate } from '../layout/format.js';
import { estimateLabelWidth } from '../layout/ticks.js';

/** Longest title drawn on the plot; the details panel shows it whole. */
const MAX_TITLE_CHARS = 90;

/** A title short enough for the plot. */
export function shorten(title: string): string {
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

/**
 * The width of each event's label (glyph, title and short date) as drawn, measured once
 * with a canvas in the plot's font, and each short date formatted once. Layout asks for
 * these on every frame of a zoom, for whatever is in view.
 */
export class LabelMetrics {
  private widths = new Map<string, number>();
  private axisWidths = new Map<string, number>();
  private dates = new WeakMap<TimelineEvent, string>();
  private context: CanvasRenderingContext2D | null | undefined;
  private font = '';
  private locale: string | undefined;

  /** `fontFamily` gives the plot's font family when first needed. */
  constructor(private readonly fontFamily: () => string) {}

  /** Forgets everything, for new data or a new language. */
  reset(locale: string | undefined): void {
    this.locale = locale;
    // The font is read again too: a page may have changed it, or loaded a web font.
    this.context = undefined;
    this.widths.clear();
    this.axisWidths.clear();
    this.dates = new WeakMap();
  }

  /** An event's short date ("Dec 2021"). */
  shortDate(event: TimelineEvent): string {
    let when = this.dates.get(event);
    if (when === undefined) {
      when = formatEventDate(event, this.locale);
      this.dates.set(event, when);
    }
    return when;
  }

  /** The width of an axis label in CSS pixels (12px; a label naming a larger unit in bold). */
  axisLabelWidth(label: string, major: boolean): number {
    const key = `${major ? 'b' : 'n'}${label}`;
    let w = this.axisWidths.get(key);
    if (w === undefined) {
      const context = this.canvas();
      if (context) {
        context.font = `${major ? 600 : 400} 12px ${this.font}`;
        w = Math.ceil(context.measureText(label).width);
      } else {
        w = estimateLabelWidth(label, major);
      }
      this.axisWidths.set(key, w);
    }
    return w;
  }

  private canvas(): CanvasRenderingContext2D | null {
    if (this.context === undefined) {
      this.context = document.createElement('canvas').getContext('2d');
      this.font = this.fontFamily();
    }
    return this.context;
  }

  /** The width of an event's label in CSS pixels. */
  width(event: TimelineEvent): number {
    const cached = this.widths.get(event.id);
    if (cached !== undefined) return cached;
    this.canvas();
    const title = shorten(event.title);
    const when = this.shortDate(event);
    let w: number;
    if (this.context) {
      this.context.font = `500 13px ${this.font}`;
      w = this.context.measureText(title).width;
      this.context.font = `400 13px ${this.font}`;
      w += this.context.measureText(` ${when}`).width;
    } else {
      w = (title.length + when.length + 1) * 7;
    }
    // Glyph (12), the gaps around it, and a pixel of slack for rounding.
    const total = Math.ceil(w) + 24;
    this.widths.set(event.id, total);
    return total;
  }
}
