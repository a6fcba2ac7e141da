/**
 * Eras laid out: each era's instants worked out once, and the bands the view shows. Pure.
 */
import { parsePartialDate, toIntervalMs } from '../dataset/dates.js';
import type { Era } from '../dataset/types.js';
import type { ViewScale } from './pack.js';

/** An era with its instants: from the start of its start to the end of its end. */
export interface PreparedEra {
  readonly era: Era;
  readonly start: number;
  /** For an era still going on, the end of the data (or of its start's period). */
  readonly end: number;
  readonly ongoing: boolean;
  /** Its position in order of start: eras without a colour of their own take the palette's in turn. */
  readonly index: number;
  /**
   * The line its title goes on, counted up from the axis: an era overlapping an earlier one
   * puts its title above that one's, so that titles never run into each other.
   */
  readonly level: number;
}

/** Eras ready to draw, in order of start; `dataEnd` is where one still going on is drawn to. */
export function prepareEras(eras: readonly Era[], dataEnd: number | undefined): PreparedEra[] {
  const timed = eras
    .map((era) => {
      const [start, startEnd] = toIntervalMs(parsePartialDate(era.start));
      const ongoing = era.end === undefined;
      const end = ongoing ? Math.max(startEnd, dataEnd ?? startEnd) : toIntervalMs(parsePartialDate(era.end))[1];
      return { era, start, end, ongoing };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // Each line's last end: an era takes the lowest line free at its start.
  const lines: number[] = [];
  return timed.map((e, index) => {
    let level = lines.findIndex((end) => end <= e.start);
    if (level < 0) level = lines.length;
    lines[level] = e.end;
    return { ...e, index, level };
  });
}

/** Where an era's band goes on a plot: its left and right, cut to the plot. */
export interface EraBand {
  readonly era: PreparedEra;
  readonly x0: number;
  readonly x1: number;
}

/** The bands of the eras in view, on a plot `width` pixels wide at scale `x`. */
export function eraBands(eras: readonly PreparedEra[], x: ViewScale, width: number): EraBand[] {
  const bands: EraBand[] = [];
  for (const era of eras) {
    const x0 = Math.max(0, x(era.start));
    const x1 = Math.min(width, x(era.end));
    if (x1 > x0) bands.push({ era, x0, x1 });
  }
  return bands;
}
