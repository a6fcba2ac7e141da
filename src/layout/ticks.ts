import type { ScaleTime } from 'd3-scale';
import { DAY_MS } from './scale.js';

/** One labelled tick of the time axis. */
export interface AxisTick {
  readonly time: number;
  readonly x: number;
  readonly label: string;
  /** Whether the label is drawn: not where it would overlap a neighbour's or run past the axis (the gridline stays). */
  readonly labelled: boolean;
  /** A tick that starts a larger unit (a new year among months, a new month among days). */
  readonly major: boolean;
}

/** The unit the ticks step by at the current zoom. */
export type TickUnit = 'decade' | 'year' | 'month' | 'day' | 'hour' | 'minute';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A cached `Intl.DateTimeFormat` in the UTC time zone; falls back to the default locale if `locale` is not valid. */
export function dateFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, f);
  }
  return f;
}

/** Formats a UTC instant with cached `Intl.DateTimeFormat`s, in the UTC time zone. */
export function formatUtc(time: number, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  return dateFormatter(locale, options).format(time);
}

function unitOf(step: number): TickUnit {
  if (step >= 3000 * DAY_MS) return 'decade';
  if (step >= 360 * DAY_MS) return 'year';
  if (step >= 28 * DAY_MS) return 'month';
  if (step >= DAY_MS) return 'day';
  if (step >= 3_600_000) return 'hour';
  return 'minute';
}

/** Whether an instant is the very start of the larger unit (1 January among months, the 1st among days…). */
function startsLargerUnit(unit: TickUnit, d: Date): boolean {
  const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
  switch (unit) {
    case 'month':
      return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    case 'day':
      return d.getUTCDate() === 1 && midnight;
    case 'hour':
    case 'minute':
      return midnight;
    default:
      return d.getUTCFullYear() % 10 === 0;
  }
}

/** The larger unit a tick belongs to, to tell when a new one begins (a new year among months…). */
function largerUnit(unit: TickUnit, d: Date): number {
  switch (unit) {
    case 'month':
      return d.getUTCFullYear();
    case 'day':
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    case 'hour':
    case 'minute':
      return Math.floor(d.getTime() / DAY_MS);
    default:
      return Math.floor(d.getUTCFullYear() / 10);
  }
}

/**
 * Ticks for the time axis: d3 chooses the instants (decades down to hours, about one per
 * `spacing` pixels) and `Intl.DateTimeFormat` writes them in the reader's language. The
 * first tick and each one that starts a larger unit also name that unit ("Jan 2022", "1 Mar").
 */
export function axisTicks(
  scale: ScaleTime<number, number>,
  locale: string | undefined,
  spacing = 96,
  labelWidth: (label: string, major: boolean) => number = estimateLabelWidth,
): { ticks: AxisTick[]; unit: TickUnit } {
  const [r0, r1] = scale.range() as [number, number];
  // Ask d3 for about one tick per `spacing` pixels, and more if a narrow axis got fewer than two.
  let count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  let dates = scale.ticks(count);
  while (dates.length < 2 && count < 64) dates = scale.ticks((count *= 2));
  const times = dates.map((d) => d.getTime());
  const [d0, d1] = scale.domain() as [Date, Date];
  const step = times.length > 1 ? (times[1] ?? 0) - (times[0] ?? 0) : Math.abs(+d1 - +d0);
  const unit = unitOf(step);
  let previous: number | undefined;
  const ticks = times.map((time): AxisTick => {
    const d = new Date(time);
    const larger = largerUnit(unit, d);
    // A tick is major when it starts a larger unit; the first tick, and the first of each
    // new larger unit, also name that unit.
    const major = previous === undefined ? startsLargerUnit(unit, d) : larger !== previous;
    const named = previous === undefined || major;
    previous = larger;
    let options: Intl.DateTimeFormatOptions;
    switch (unit) {
      case 'decade':
      case 'year':
        options = { year: 'numeric' };
        break;
      case 'month':
        options = named ? { month: 'short', year: 'numeric' } : { month: 'short' };
        break;
      case 'day':
        options = named ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric' };
        break;
      case 'hour':
        options = named ? { day: 'numeric', month: 'short', hour: 'numeric' } : { hour: 'numeric' };
        break;
      case 'minute':
        options = named ? { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' } : { hour: 'numeric', minute: '2-digit' };
        break;
    }
    return { time, x: scale(time), label: formatUtc(time, locale, options), major, labelled: true };
  });
  return { ticks: thinLabels(ticks, Math.max(r0, r1), labelWidth), unit };
}

/** About how wide an axis label is drawn (12px, tabular figures; majors in bold). */
export function estimateLabelWidth(label: string, major: boolean): number {
  return label.length * (major ? 7.4 : 6.8);
}

/** Where a tick's label starts, right of its gridline. */
export const TICK_LABEL_OFFSET = 4;
const LABEL_GAP = 8;

/**
 * Leaves out the labels that would overlap their neighbour's or run past the end of the
 * axis (their gridlines stay). Where two collide, a label that names a larger unit ("Jan 2022")
 * wins over a plain one ("Apr").
 */
function thinLabels(ticks: AxisTick[], end: number, width: (label: string, major: boolean) => number): AxisTick[] {
  const blank = new Set<number>();
  let last: { index: number; right: number; major: boolean } | undefined;
  for (const [i, t] of ticks.entries()) {
    const left = t.x + TICK_LABEL_OFFSET;
    const right = left + width(t.label, t.major);
    if (right > end) {
      blank.add(i);
      continue;
    }
    if (last && left < last.right + LABEL_GAP) {
      // The one that names a larger unit stays; else the earlier one.
      if (!t.major || last.major || last.index === 0) {
        blank.add(i);
        continue;
      }
      blank.add(last.index);
    }
    last = { index: i, right, major: t.major };
  }
  return ticks.map((t, i) => (blank.has(i) ? { ...t, labelled: false } : t));
}
