/**
 * How wide each label is drawn, measured once with a canvas in the plot's font, and each
 * event's short date; layout packs rows with these widths.
 */
import { en } from '../strings.js';
import type { TimelineEvent } from '../dataset/types.js';
import type { CalendarWords } from '../layout/chronology.js';
import { formatEventDate } from '../layout/format.js';
import { estimateLabelWidth } from '../layout/ticks.js';
import { labelLimits, stackedLabels } from '../layout/label-room.js';
import type { PackOptions } from '../layout/pack.js';
import { DATE_SIZE, DATE_WEIGHT, ERA_TITLE_SIZE, ERA_TITLE_WEIGHT, LABEL_GAP, TICK_SIZE, TITLE_SIZE, TITLE_WEIGHT } from './geometry.js';

/** Longest title drawn on the plot; the details panel shows it whole. */
const MAX_TITLE_CHARS = 90;

/** A title short enough for the plot. */
export function shorten(title: string): string {
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

/** The least of a title kept when it is cut: a letter or two and the ellipsis. */
const LEAST_TITLE = 28;

/** How a label is laid out: on one line, or (on narrow plots) the date on a line of its own. */
export interface LabelShape {
  /** The date goes on a second line under the title. */
  readonly stacked: boolean;
}

/**
 * The width of each event's label as drawn (title and short date, as `.label` lays
 * them out), measured once with a canvas in the plot's fonts, and each short date formatted
 * once. Layout asks for these on every frame of a zoom, for whatever is in view.
 */
export class LabelMetrics {
  /** Title and date widths, by event id. */
  private widths = new Map<string, { title: number; date: number }>();
  private axisWidths = new Map<string, number>();
  private eraWidths = new Map<string, number>();
  private dates = new WeakMap<TimelineEvent, string>();
  /** Short dates by what they are made of (many events share a day), and their widths. */
  private dateTexts = new Map<string, string>();
  private dateWidths = new Map<string, number>();
  /** The font the canvas has: setting one parses it, which costs as much as a measurement. */
  private contextFont = '';
  private context: CanvasRenderingContext2D | null | undefined;
  private font = '';
  private locale: string | undefined;
  private since = en.since;
  private calendar: CalendarWords = en;

  /** `fontFamily` gives the plot's font family when first needed. */
  constructor(private readonly fontFamily: () => string) {}

  /** How wide labels are, as drawn, on a plot `width` pixels wide; `crowded`: a label may shorten to its least (not during a gesture's steps). */
  sizes(width: number, crowded: boolean): Pick<PackOptions, 'labelWidth' | 'minLabelWidth' | 'maxLabelWidth' | 'fullLabelWidth' | 'labelCrowded'> {
    const stacked = stackedLabels(width);
    return {
      labelCrowded: crowded,
      labelWidth: (p) => this.width(p.event, { stacked }),
      minLabelWidth: (p) => this.minWidth(p.event, { stacked }),
      ...labelLimits(width),
    };
  }

  /** Forgets everything, for new data or a new language. */
  reset(locale: string | undefined, since?: string, calendar?: CalendarWords): void {
    this.locale = locale;
    if (since !== undefined) this.since = since;
    if (calendar !== undefined) this.calendar = calendar;
    // The font is read again too: a page may have changed it, or loaded a web font.
    this.context = undefined;
    this.contextFont = '';
    this.widths.clear();
    this.axisWidths.clear();
    this.eraWidths.clear();
    this.dates = new WeakMap();
    this.dateTexts.clear();
    this.dateWidths.clear();
  }

  /** An event's short date ("Dec 2021", "27–31 Mar 2022"). */
  shortDate(event: TimelineEvent): string {
    let when = this.dates.get(event);
    if (when === undefined) {
      const key = `${event.start}|${event.end ?? ''}|${event.kind === 'ongoing' ? 'o' : ''}`;
      when = this.dateTexts.get(key);
      if (when === undefined) {
        when = formatEventDate(event, this.locale, 'short', this.since, this.calendar);
        if (this.dateTexts.size > 20_000) this.dateTexts.clear();
        this.dateTexts.set(key, when);
      }
      this.dates.set(event, when);
    }
    return when;
  }

  /** The width of an axis label in CSS pixels (a label naming a larger unit in bold). */
  axisLabelWidth(label: string, major: boolean): number {
    const key = `${major ? 'b' : 'n'}${label}`;
    let w = this.axisWidths.get(key);
    if (w === undefined) {
      const context = this.canvas();
      if (context) {
        this.setFont(context, `${major ? '600' : '400'} ${TICK_SIZE}px ${this.font}`);
        w = Math.ceil(context.measureText(label).width);
      } else {
        w = estimateLabelWidth(label, major);
      }
      this.axisWidths.set(key, w);
    }
    return w;
  }

  /** The width of an era's title (or a cut of it) as `.era-label` draws it: in capitals, 11px, semibold. */
  eraTitleWidth(text: string): number {
    let w = this.eraWidths.get(text);
    if (w === undefined) {
      const context = this.canvas();
      if (context) {
        this.setFont(context, `${ERA_TITLE_WEIGHT} ${ERA_TITLE_SIZE}px ${this.font}`);
        w = context.measureText(text.toUpperCase()).width;
      } else {
        w = text.length * 8;
      }
      if (this.eraWidths.size > 5000) this.eraWidths.clear();
      this.eraWidths.set(text, w);
    }
    return w;
  }

  private canvas(): CanvasRenderingContext2D | null {
    if (this.context === undefined) {
      this.context = document.createElement('canvas').getContext('2d');
      this.contextFont = '';
      this.font = this.fontFamily();
    }
    return this.context;
  }

  private setFont(context: CanvasRenderingContext2D, font: string): void {
    if (font === this.contextFont) return;
    context.font = font;
    this.contextFont = font;
  }

  /** The title's and the date's widths, in the fonts `.text` and `.when` are drawn in. */
  private parts(event: TimelineEvent): { title: number; date: number } {
    const cached = this.widths.get(event.id);
    if (cached !== undefined) return cached;
    this.canvas();
    const title = shorten(event.title);
    const when = this.shortDate(event);
    let parts: { title: number; date: number };
    const context = this.context;
    if (context) {
      // A stacked date is drawn smaller, so this is an upper bound for it too. Dates repeat:
      // each is measured once, so that the canvas mostly keeps the titles' font.
      let date = this.dateWidths.get(when);
      if (date === undefined) {
        this.setFont(context, `${DATE_WEIGHT} ${DATE_SIZE}px ${this.font}`);
        date = context.measureText(when).width;
        if (this.dateWidths.size > 20_000) this.dateWidths.clear();
        this.dateWidths.set(when, date);
      }
      this.setFont(context, `${TITLE_WEIGHT} ${TITLE_SIZE}px ${this.font}`);
      parts = { title: context.measureText(title).width, date };
    } else {
      parts = { title: title.length * 7, date: when.length * 7 };
    }
    this.widths.set(event.id, parts);
    return parts;
  }

  /** The width of an event's title as drawn (shortened, uncut), in CSS pixels. */
  titleWidth(event: TimelineEvent): number {
    return this.parts(event).title;
  }

  /** The width of an event's whole label in CSS pixels, rounded up. */
  width(event: TimelineEvent, shape: LabelShape): number {
    const { title, date } = this.parts(event);
    return this.fit(title, date, shape);
  }

  /**
   * The narrowest its label may be cut to: the title may shrink to an ellipsis, the date
   * never does, or it would read as another date ("Nov 23, 2017 – Apr 1…").
   */
  minWidth(event: TimelineEvent, shape: LabelShape): number {
    const { title, date } = this.parts(event);
    return this.fit(Math.min(title, LEAST_TITLE), date, shape);
  }

  private fit(title: number, date: number, { stacked }: LabelShape): number {
    // A pixel of slack for subpixel rounding between canvas and layout.
    return Math.ceil(stacked ? Math.max(title, date) : title + LABEL_GAP + date) + 1;
  }
}
