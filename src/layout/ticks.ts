import type { ScaleTime } from 'd3-scale';
import { DAY_MS } from './scale.js';

/** One labelled tick of the time axis. */
export interface AxisTick {
  readonly time: number;
  readonly x: number;
  readonly label: string;
  /** A tick that starts a larger unit (a new year among months, a new month among days). */
  readonly major: boolean;
}

/** The unit the ticks step by at the current zoom. */
export type TickUnit = 'decade' | 'year' | 'month' | 'day' | 'hour';

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
  return 'hour';
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
): { ticks: AxisTick[]; unit: TickUnit } {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  const dates = scale.ticks(count);
  const times = dates.map((d) => d.getTime());
  const step = times.length > 1 ? (times[1] ?? 0) - (times[0] ?? 0) : 365 * DAY_MS;
  const unit = unitOf(step);
  const ticks = times.map((time, i): AxisTick => {
    const d = new Date(time);
    let major = false;
    let options: Intl.DateTimeFormatOptions;
    switch (unit) {
      case 'decade':
      case 'year':
        options = { year: 'numeric' };
        break;
      case 'month':
        major = d.getUTCMonth() === 0;
        options = major || i === 0 ? { month: 'short', year: 'numeric' } : { month: 'short' };
        break;
      case 'day':
        major = d.getUTCDate() === 1;
        options = major || i === 0 ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric' };
        break;
      case 'hour':
        major = d.getUTCHours() === 0;
        options = major || i === 0 ? { day: 'numeric', month: 'short', hour: 'numeric' } : { hour: 'numeric' };
        break;
    }
    return { time, x: scale(time), label: formatUtc(time, locale, options), major };
  });
  return { ticks, unit };
}
