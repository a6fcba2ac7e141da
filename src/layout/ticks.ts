/**
 * Ticks for the time axis: instants from d3, words from Intl, and labels left out where they
 * would collide. Pure.
 */
import { calendarTicks, EN_CALENDAR, loadCalendarTicks, formatUtc, largerUnit, startsLargerUnit, tickFormat, tickUnitOf, YEAR_MS, yearTicks, type CalendarWords, type DomainOf, type TickUnit } from './chronology.js';

/** What ticks need of a scale: instants to pixels, its domain and its range. */
export interface AxisScale extends DomainOf {
  (time: number): number;
  range(): readonly number[];
}


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

/**
 * Ticks for the time axis, about one per `spacing` pixels. Where they step by a year or more,
 * they are round numbers of years, of any size ("500 BCE", "2020", "66 million years ago");
 * below that d3 chooses the instants (months down to minutes) and `Intl.DateTimeFormat` writes
 * them in the reader's language. The first tick and each one that starts a larger unit also
 * name that unit ("Jan 2022", "1 Mar").
 */
export function axisTicks(
  scale: AxisScale,
  locale: string | undefined,
  spacing = 96,
  labelWidth: (label: string, major: boolean) => number = estimateLabelWidth,
  calendar: CalendarWords = EN_CALENDAR,
): { ticks: AxisTick[]; unit: TickUnit; waiting?: Promise<unknown> } {
  const [r0, r1] = scale.range() as [number, number];
  // Ask d3 for about one tick per `spacing` pixels, and more if a narrow axis got fewer than two.
  let count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  // Ticks a year or more apart are counted in years; yearTicks says when they would be closer.
  const years = (d1 - d0) / YEAR_MS >= count / 2 ? yearTicks(d0, d1, count, locale, calendar) : undefined;
  if (years && years.length >= 2) {
    const step = (years[1]?.time ?? 0) - (years[0]?.time ?? 0);
    const ticks = years.map((t): AxisTick => ({ time: t.time, x: scale(t.time), label: t.label, major: t.major, labelled: true }));
    let thinned = thinLabels(ticks, Math.max(r0, r1), labelWidth);
    // Where long words leave fewer than three ticks labelled ("5 billion years ago" ran past a
    // phone's axis, which named one), all in short words ("5bn years ago") if that labels more.
    if (labelledCount(thinned) < 3 && thinned.some((t) => !t.labelled) && years.some((t) => t.short)) {
      const short = thinLabels(ticks.map((t, i) => ({ ...t, label: years[i]?.short ?? t.label })), Math.max(r0, r1), labelWidth);
      if (labelledCount(short) > labelledCount(thinned)) thinned = short;
    }
    return { ticks: thinned, unit: tickUnitOf(step) };
  }
  // Ticks are never closer than a minute, the finest unit labels write.
  count = Math.min(count, Math.max(2, Math.floor((d1 - d0) / 60_000)));
  let times = calendarTicks(scale, count);
  // Months down to minutes wait for d3-time's chunk: no ticks until it has come.
  if (!times) return { ticks: [], unit: 'year', waiting: loadCalendarTicks() };
  while (times.length < 2 && count < 64 && count * 60_000 < d1 - d0) times = calendarTicks(scale, (count *= 2)) ?? [];
  const step = times.length > 1 ? (times[1] ?? 0) - (times[0] ?? 0) : Math.abs(d1 - d0);
  const unit = tickUnitOf(step);
  let previous: number | undefined;
  const ticks = times.map((time): AxisTick => {
    const larger = largerUnit(unit, time);
    // A tick is major when it starts a larger unit; the first tick, and the first of each
    // new larger unit, also name that unit.
    const major = previous === undefined ? startsLargerUnit(unit, time) : larger !== previous;
    const named = previous === undefined || major;
    previous = larger;
    return { time, x: scale(time), label: formatUtc(time, locale, tickFormat(unit, named), calendar), major, labelled: true };
  });
  return { ticks: thinLabels(ticks, Math.max(r0, r1), labelWidth), unit };
}

const labelledCount = (ticks: readonly AxisTick[]) => ticks.reduce((n, t) => n + (t.labelled ? 1 : 0), 0);

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
