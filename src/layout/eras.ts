/**
 * Eras laid out: each era's instants worked out once, and the bands the view shows. Pure.
 */
import { parsePartialDate, toIntervalMs } from '../dataset/dates.js';
import { validateEras } from '../dataset/eras.js';
import { localize } from '../dataset/localize.js';
import type { Era } from '../dataset/types.js';
import type { ValidationIssue } from '../dataset/validate.js';
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

/** An era's title as drawn above the axis: whole where there is room, else cut or left out. */
export interface EraTitle {
  /** The title, whole or cut with an ellipsis; drawn in capitals. */
  readonly text: string;
  /** Its left edge and width on the plot, in pixels. */
  readonly x: number;
  readonly width: number;
  /** Its line above the axis, counted up from the axis: its era's `level`. */
  readonly line: number;
  /** Whether it is the whole title. */
  readonly whole: boolean;
}

/** Where an era's band goes on a plot: its left and right, cut to the plot, and its title. */
export interface EraBand {
  readonly era: PreparedEra;
  readonly x0: number;
  readonly x1: number;
  /** Undefined where no part of the title worth reading fits: the list of eras names it. */
  readonly title: EraTitle | undefined;
}

/** The width of a title (or a cut of it) as drawn: in capitals, 11px, semibold, in the plot's font. */
export type MeasureTitle = (text: string) => number;

/** A title's inset from its band's edges and the plot's. */
const ERA_TITLE_INSET = 6;
/** The fewest letters a cut title keeps ("OPE…" names nothing); a short title keeps half. */
const LEAST_KEPT = 6;
/** The fewest letters of a word that a cut may keep. */
const LEAST_WORD = 4;

/**
 * The bands of the eras in view, on a plot `width` pixels wide at scale `x`, with their titles
 * inside their own bands, so that a title always names the band it lies on:
 * 1. whole, on its era's line, where it fits (eras on one line never overlap, nor do these);
 * 2. else cut with an ellipsis, if the cut keeps a word's worth;
 * 3. else none.
 * An era is always named in full on hover and on focus (its band's title) and in the list of
 * eras under the plot. (A title set whole beside a narrow band lay over its neighbours' bands,
 * and read as theirs: "MILITARY RULE IN BURKINA FASO" over Mali's.)
 * The element's bands (render/eras.ts), the gesture's canvas (render/ink.ts) and the pictures
 * (render/build-scene.ts) all draw the titles where this puts them.
 */
export function eraBands(eras: readonly PreparedEra[], x: ViewScale, width: number, measure: MeasureTitle): EraBand[] {
  const bands: EraBand[] = [];
  for (const era of eras) {
    const x0 = Math.max(0, x(era.start));
    const x1 = Math.min(width, x(era.end));
    if (x1 <= x0) continue;
    bands.push({ era, x0, x1, title: titleIn(era, x1 - x0 - 2 * ERA_TITLE_INSET, measure, x0 + ERA_TITLE_INSET) });
  }
  return bands;
}

/**
 * An era's title in `room` pixels of its band from `left`: whole, cut, or none. Eras on one line
 * never overlap (prepareEras), and each title keeps inside its band, so no two titles meet.
 */
function titleIn(era: PreparedEra, room: number, measure: MeasureTitle, left: number): EraTitle | undefined {
  const whole = era.era.title;
  const wholeWidth = measure(whole);
  if (wholeWidth <= room) return { text: whole, x: left, width: wholeWidth, line: era.level, whole: true };
  const text = cutTitle(whole, room, measure);
  return text === '' ? undefined : { text, x: left, width: measure(text), line: era.level, whole: false };
}

/**
 * `title` cut with an ellipsis to `room` pixels, or '' if that would keep too little of it to
 * read: fewer than a few letters in all, or a last word cut to fewer than four ("THE GRE…" is
 * cut back to "THE…", and so left out).
 */
function cutTitle(title: string, room: number, measure: MeasureTitle): string {
  const least = Math.min(LEAST_KEPT, Math.ceil(title.length / 2));
  let lo = 0;
  let hi = title.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${title.slice(0, mid).trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  let kept = title.slice(0, lo);
  if (lo < title.length && !/\s/.test(title.charAt(lo))) {
    const space = kept.search(/\s\S*$/);
    if (kept.length - space - 1 < Math.min(LEAST_WORD, least)) kept = kept.slice(0, Math.max(0, space));
  }
  kept = kept.trimEnd();
  return kept.length >= least ? `${kept}…` : '';
}

/**
 * Eras as given, checked (problems reported as issues), shown in the reader's language
 * (their translations) and timed against the data's end: stage 4 of pipeline.ts.
 */
export function timeEras(
  given: unknown,
  language: string,
  dataEnd: number | undefined,
): { list: PreparedEra[]; shown: number; issues: readonly ValidationIssue[] } {
  const { eras, issues } = validateEras(given);
  return { list: prepareEras(localize<Era>(eras, language), dataEnd), shown: eras.length, issues };
}
