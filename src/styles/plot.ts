/**
 * The plot and the marks drawn on it: events (bars, points, labels and their glyphs),
 * clusters, and the category classes that give a mark, a legend entry or a panel its
 * colour, the open categories' included. Also the marks' look under forced colours.
 */
import { css, unsafeCSS } from 'lit';
import { OPEN_PALETTE_SIZE, OPEN_SLOTS } from '../render/glyphs.js';
import {
  BAR_HEIGHT, BAR_RADIUS, DATE_WEIGHT, FADE_FROM, GLYPH_SIZE, GLYPH_STROKE, HATCH_FAINT, HATCH_PERIOD, HATCH_STRIPE, LABEL_GAP, LABEL_LINE, LABEL_TOP,
  PILL_BORDER, PILL_HEIGHT, PILL_TEXT_SIZE, PILL_TEXT_WEIGHT, POINT_BOX, RING_GAP, RING_WIDTH, STACKED_DATE_LINE, STACKED_DATE_SIZE, TITLE_SIZE, TITLE_WEIGHT,
  STRIP_BAR_TOP, UNDERLINE, UNDERLINE_OFFSET,
} from '../render/geometry.js';

/**
 * Each open category's class takes the colour its table set on the frame (`--_oN`: the
 * page's choice or a palette colour), else a colour of the themed open palette.
 */
const openCategoryRules = unsafeCSS(
  Array.from({ length: OPEN_SLOTS }, (_, i) => `.c-o${i} { --_c: var(--_o${i}, var(--_p${i % OPEN_PALETTE_SIZE})); }`).join('\n'),
);

/* Sizes the scene draws with too (render/geometry.ts): the gesture canvas and the export. */
export const plot = css`
  /* Time runs left to right on every page; text inside labels keeps its own direction. */
  .plot {
    direction: ltr;
    position: relative;
    block-size: var(--sahel-timeline-height, var(--_fit-height, 340px));
    max-block-size: var(--_plot-room);
    overflow: hidden;
    contain: strict;
    cursor: grab;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  /* One row's height (--_row) as CSS resolves it, for layout to read. */
  .row-probe,
  .room-probe {
    position: absolute;
    inline-size: 0;
    block-size: var(--_row);
    visibility: hidden;
  }
  /* As wide as the plot and as tall as the most it may be (the page's height, or the
     maximum), for layout to read; unlike the plot's, its size does not follow the rows. */
  .room-probe {
    inset-inline: 0;
    inline-size: auto;
    block-size: var(--_plot-room);
  }
  .plot:active {
    cursor: grabbing;
  }
  /* The canvases a gesture's steps are drawn on: hidden until the painter's styles
     (styles/ink.ts) come with it and a gesture shows them. */
  .ink,
  .range-ink {
    display: none;
  }

  .event,
  .cluster {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
    --_c: var(--_other);
  }
  .event {
    block-size: calc(var(--_row) - 4px);
    /* Each mark lays out and styles on its own: moving one does not relayout the rest. */
    contain: layout style;
  }
  .event .bar {
    position: absolute;
    inset-block-start: 0;
    block-size: ${BAR_HEIGHT}px;
    border-radius: ${BAR_RADIUS}px;
    background: var(--_c);
  }
  /* A bar in the cluster strip (no row had room for it) sits on the pills' line. */
  .event.in-strip .bar {
    inset-block-start: ${STRIP_BAR_TOP}px;
  }
  .event .bar.ongoing {
    background: linear-gradient(to right, var(--_c) ${FADE_FROM}%, transparent);
  }
  .event .bar.imprecise {
    background: repeating-linear-gradient(
      135deg,
      var(--_c) 0 ${HATCH_STRIPE}px,
      color-mix(in srgb, var(--_c) ${HATCH_FAINT}%, transparent) ${HATCH_STRIPE}px ${HATCH_PERIOD}px
    );
  }
  .event .label {
    position: absolute;
    inset-block-start: ${LABEL_TOP}px;
    display: flex;
    align-items: center;
    gap: ${LABEL_GAP}px;
    block-size: ${LABEL_LINE}px;
    overflow: hidden;
    white-space: nowrap;
    font-size: ${TITLE_SIZE}px;
    font-weight: ${TITLE_WEIGHT};
    line-height: ${LABEL_LINE}px;
  }
  /* An event's glyph stands at its date (a point's instant, a band's start), its label
     beside it. A label put on the left of its glyph (near the right edge) ends against it. */
  .event .point {
    position: absolute;
    inset-block-start: ${LABEL_TOP + (LABEL_LINE - GLYPH_SIZE) / 2}px;
    margin-inline-start: ${(POINT_BOX - GLYPH_SIZE) / 2}px;
  }
  .event .label.before {
    justify-content: flex-end;
  }
  /* When a label is cut short the title gives way, never the date: a cut date reads as
     another date. Layout never cuts a label narrower than its date (label-metrics.ts
     measures these fonts: keep them in step). */
  .event .label .text {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .event .label .when {
    unicode-bidi: plaintext;
    flex: none;
    color: var(--_muted);
    font-weight: ${DATE_WEIGHT};
  }
  /* On narrow plots the date has a line of its own, so the title gets the whole label. */
  .event .label.stacked {
    flex-wrap: wrap;
    align-content: flex-start;
    row-gap: 0;
    block-size: ${LABEL_LINE + STACKED_DATE_LINE}px;
  }
  .event .label.stacked .text {
    flex: 1 1 0;
  }
  .event .label.stacked.before .text,
  .event .label.stacked.before .when {
    text-align: end;
  }
  .event .label.stacked .when {
    order: 2;
    flex-basis: 100%;
    font-size: ${STACKED_DATE_SIZE}px;
    line-height: ${STACKED_DATE_LINE}px;
  }
  .glyph {
    flex: none;
    inline-size: ${GLYPH_SIZE}px;
    block-size: ${GLYPH_SIZE}px;
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 0;
  }
  .glyph.hollow {
    fill: none;
    stroke-width: ${GLYPH_STROKE};
  }
  .event[aria-pressed='true'] .label {
    text-decoration: underline;
    text-decoration-thickness: ${UNDERLINE}px;
    text-underline-offset: ${UNDERLINE_OFFSET}px;
    text-decoration-color: var(--_c);
  }
  .event[aria-pressed='true'] .bar {
    outline: ${RING_WIDTH}px solid var(--_text);
    outline-offset: ${RING_GAP}px;
  }
  .event:hover .text {
    text-decoration: underline;
  }
  .event:focus-visible {
    outline: none;
  }
  .event:focus-visible .label {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 3px;
  }
  .plot:focus-visible {
    outline-offset: -3px;
  }

  .cluster {
    display: flex;
    align-items: center;
    justify-content: center;
    block-size: ${PILL_HEIGHT}px;
    border-radius: ${PILL_HEIGHT / 2}px;
    border: ${PILL_BORDER}px solid var(--_muted);
    background: var(--_surface);
    font-size: ${PILL_TEXT_SIZE}px;
    font-weight: ${PILL_TEXT_WEIGHT};
    font-variant-numeric: tabular-nums;
  }
  .cluster:hover {
    border-color: var(--_text);
  }
  /* After .event and .cluster, which give every mark the colour of events without a
     category: of equal specificity, a mark's own category must come later to win. */
  .c-military { --_c: var(--_military); }
  .c-diplomacy { --_c: var(--_diplomacy); }
  .c-politics { --_c: var(--_politics); }
  .c-protest { --_c: var(--_protest); }
  .c-media { --_c: var(--_media); }
  .c-economy { --_c: var(--_economy); }
  .c-violence { --_c: var(--_violence); }
  .c-context { --_c: var(--_context); }
  ${openCategoryRules}

  @media (forced-colors: active) {
    .event .bar,
    .cluster {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .glyph {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .cluster {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
