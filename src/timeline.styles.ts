import { css, unsafeCSS } from 'lit';
import { OPEN_PALETTE_SIZE, OPEN_SLOTS } from './render/glyphs.js';

/**
 * Each open category's class takes the colour its table set on the frame (`--_oN`: the
 * page's choice or a palette colour), else a colour of the themed open palette.
 */
const openCategoryRules = unsafeCSS(
  Array.from({ length: OPEN_SLOTS }, (_, i) => `.c-o${i} { --_c: var(--_o${i}, var(--_p${i % OPEN_PALETTE_SIZE})); }`).join('\n'),
);

/**
 * The theming contract: public `--sahel-timeline-*` custom properties with defaults, read
 * into private `--_*` ones. Light by default, dark under `prefers-color-scheme: dark`
 * unless the page sets `theme="light"`, and always with `theme="dark"`.
 */
export const timelineStyles = css`
  :host {
    --_font: var(--sahel-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--sahel-timeline-text, #1b1f24);
    --_muted: var(--sahel-timeline-muted, #57606a);
    --_bg: var(--sahel-timeline-background, #ffffff);
    --_surface: var(--sahel-timeline-surface, #f4f6f8);
    --_grid: var(--sahel-timeline-grid, #d8dee4);
    --_accent: var(--sahel-timeline-accent, #0a58ca);
    --_focus: var(--sahel-timeline-focus, #0a58ca);
    --_row: var(--sahel-timeline-row-height, 34px);
    --_plot-height: var(--sahel-timeline-height, 340px);
    --_military: var(--sahel-timeline-color-military, #b42318);
    --_diplomacy: var(--sahel-timeline-color-diplomacy, #175cd3);
    --_politics: var(--sahel-timeline-color-politics, #6941c6);
    --_protest: var(--sahel-timeline-color-protest, #b54708);
    --_media: var(--sahel-timeline-color-media, #0e7c74);
    --_economy: var(--sahel-timeline-color-economy, #4d7c0f);
    --_violence: var(--sahel-timeline-color-violence, #9e165f);
    --_context: var(--sahel-timeline-color-context, #667085);
    --_other: var(--sahel-timeline-color-other, #475467);
    /* The open categories' palette: 4.5:1 or more on the background and the surface. */
    --_p0: #00708a;
    --_p1: #7a5200;
    --_p2: #a3127f;
    --_p3: #4052b5;
    --_p4: #5c6300;
    --_p5: #c02650;
    --_p6: #2b7041;
    --_p7: #8240a8;

    display: block;
    position: relative;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    font-family: var(--_font);
    font-size: 14px;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_bg);
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--sahel-timeline-text, #e6edf3);
      --_muted: var(--sahel-timeline-muted, #9da7b3);
      --_bg: var(--sahel-timeline-background, #0d1117);
      --_surface: var(--sahel-timeline-surface, #161b22);
      --_grid: var(--sahel-timeline-grid, #30363d);
      --_accent: var(--sahel-timeline-accent, #58a6ff);
      --_focus: var(--sahel-timeline-focus, #79c0ff);
      --_military: var(--sahel-timeline-color-military, #ff7b72);
      --_diplomacy: var(--sahel-timeline-color-diplomacy, #6cb6ff);
      --_politics: var(--sahel-timeline-color-politics, #b99bff);
      --_protest: var(--sahel-timeline-color-protest, #f0a04b);
      --_media: var(--sahel-timeline-color-media, #39c5bb);
      --_economy: var(--sahel-timeline-color-economy, #9fd356);
      --_violence: var(--sahel-timeline-color-violence, #f778ba);
      --_context: var(--sahel-timeline-color-context, #a5adb8);
      --_other: var(--sahel-timeline-color-other, #8b949e);
      --_p0: #4fc3dc;
      --_p1: #e0b050;
      --_p2: #f07ad8;
      --_p3: #a3aeff;
      --_p4: #c6cc55;
      --_p5: #ff8fa3;
      --_p6: #7fd1a8;
      --_p7: #d39be0;
      color-scheme: dark;
    }
  }

  :host([theme='dark']) {
    --_text: var(--sahel-timeline-text, #e6edf3);
    --_muted: var(--sahel-timeline-muted, #9da7b3);
    --_bg: var(--sahel-timeline-background, #0d1117);
    --_surface: var(--sahel-timeline-surface, #161b22);
    --_grid: var(--sahel-timeline-grid, #30363d);
    --_accent: var(--sahel-timeline-accent, #58a6ff);
    --_focus: var(--sahel-timeline-focus, #79c0ff);
    --_military: var(--sahel-timeline-color-military, #ff7b72);
    --_diplomacy: var(--sahel-timeline-color-diplomacy, #6cb6ff);
    --_politics: var(--sahel-timeline-color-politics, #b99bff);
    --_protest: var(--sahel-timeline-color-protest, #f0a04b);
    --_media: var(--sahel-timeline-color-media, #39c5bb);
    --_economy: var(--sahel-timeline-color-economy, #9fd356);
    --_violence: var(--sahel-timeline-color-violence, #f778ba);
    --_context: var(--sahel-timeline-color-context, #a5adb8);
    --_other: var(--sahel-timeline-color-other, #8b949e);
    --_p0: #4fc3dc;
    --_p1: #e0b050;
    --_p2: #f07ad8;
    --_p3: #a3aeff;
    --_p4: #c6cc55;
    --_p5: #ff8fa3;
    --_p6: #7fd1a8;
    --_p7: #d39be0;
    color-scheme: dark;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Not list-item boxes: as list items, every item of the hidden event list is marked for
     layout whenever marks come and go on the plot (Chromium renumbers them: "List value
     change" in a trace), 40% of what a zoom step lays out at 1,000 events. The elements
     keep their list semantics. */
  .sr-only li {
    display: block;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
    padding: 6px 8px;
    border-block-end: 1px solid var(--_grid);
  }
  /* Dates keep their own direction (an Arabic date on an English page reads right to left). */
  .toolbar .range {
    unicode-bidi: plaintext;
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
    min-inline-size: 32px;
    min-block-size: 32px;
    padding: 0 8px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_surface);
    cursor: pointer;
  }
  .control:hover {
    border-color: var(--_muted);
  }
  /* Room for a fingertip where the main pointer is one (WCAG 2.5.5's 44 px). */
  @media (pointer: coarse) {
    .control {
      min-inline-size: 44px;
      min-block-size: 44px;
    }
  }
  .control:disabled,
  .control[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .control svg {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .keys {
    padding: 8px 12px;
    border-block-end: 1px solid var(--_grid);
    background: var(--_surface);
    font-size: 13px;
  }
  .keys[hidden] {
    display: none;
  }
  .keys dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0;
  }
  .keys dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    min-inline-size: 1.6em;
    padding: 0 4px;
    border: 1px solid var(--_grid);
    border-block-end-width: 2px;
    border-radius: 4px;
    background: var(--_bg);
    font: 12px/1.5 var(--_font);
    text-align: center;
  }

  /* Plot */
  /* Time runs left to right on every page; text inside labels keeps its own direction. */
  .plot {
    direction: ltr;
    position: relative;
    block-size: var(--_plot-height);
    overflow: hidden;
    contain: strict;
    cursor: grab;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  /* One row's height, as CSS resolves --sahel-timeline-row-height, for layout to read. */
  .row-probe {
    position: absolute;
    inline-size: 0;
    block-size: var(--_row);
    visibility: hidden;
  }
  .plot:active {
    cursor: grabbing;
  }
  .grid {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .grid line.major {
    stroke: var(--_muted);
    stroke-opacity: 0.6;
  }
  .grid text {
    fill: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .grid text.major {
    fill: var(--_text);
    font-weight: 600;
  }
  .axis-line {
    stroke: var(--_muted);
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
    block-size: 6px;
    border-radius: 3px;
    background: var(--_c);
  }
  .event .bar.ongoing {
    background: linear-gradient(to right, var(--_c) 70%, transparent);
  }
  .event .bar.imprecise {
    background: repeating-linear-gradient(
      135deg,
      var(--_c) 0 4px,
      color-mix(in srgb, var(--_c) 45%, transparent) 4px 7px
    );
  }
  .event .label {
    position: absolute;
    inset-block-start: 8px;
    display: flex;
    align-items: center;
    gap: 4px;
    block-size: 20px;
    overflow: hidden;
    white-space: nowrap;
    font-size: 13px;
    font-weight: 500;
    line-height: 20px;
  }
  /* A point's glyph stands at its instant, its label beside it. A label put on the left of
     its mark (near the right edge) ends against the mark, a bar's glyph last. */
  .event .point {
    position: absolute;
    inset-block-start: 8px;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 14px;
    block-size: 20px;
  }
  .event .label.before {
    justify-content: flex-end;
  }
  .event .label.before > .glyph {
    order: 1;
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
    font-weight: 400;
  }
  /* On narrow plots the date has a line of its own, so the title gets the whole label. */
  .event .label.stacked {
    flex-wrap: wrap;
    align-content: flex-start;
    row-gap: 0;
    block-size: 36px;
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
    font-size: 12px;
    line-height: 16px;
  }
  .glyph {
    flex: none;
    inline-size: 12px;
    block-size: 12px;
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 0;
  }
  .glyph.hollow {
    fill: none;
    stroke-width: 2;
  }
  .event[aria-pressed='true'] .label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
    text-decoration-color: var(--_c);
  }
  .event[aria-pressed='true'] .bar {
    outline: 2px solid var(--_text);
    outline-offset: 1px;
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
    block-size: 24px;
    border-radius: 12px;
    border: 1.5px solid var(--_muted);
    background: var(--_surface);
    font-size: 12px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .cluster:hover {
    border-color: var(--_text);
  }

  .c-military { --_c: var(--_military); }
  .c-diplomacy { --_c: var(--_diplomacy); }
  .c-politics { --_c: var(--_politics); }
  .c-protest { --_c: var(--_protest); }
  .c-media { --_c: var(--_media); }
  .c-economy { --_c: var(--_economy); }
  .c-violence { --_c: var(--_violence); }
  .c-context { --_c: var(--_context); }
  ${openCategoryRules}

  .hint {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    transform: translate(-50%, -50%);
    padding: 8px 14px;
    border-radius: 8px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 14px;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .hint.shown {
    opacity: 0.92;
  }

  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }

  /* The list of a cluster that zooming cannot separate */
  .cluster-list {
    padding: 8px 12px 12px;
    border-block-start: 1px solid var(--_grid);
    background: var(--_surface);
  }
  .cluster-list header {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .cluster-list h2 {
    flex: 1;
    margin: 0;
    font-size: 15px;
  }
  .cluster-list ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    gap: 2px 12px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  .cluster-list li button {
    display: flex;
    align-items: center;
    gap: 6px;
    inline-size: 100%;
    min-block-size: 28px;
    padding: 2px 4px;
    border: 0;
    border-radius: 4px;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .cluster-list li button:hover {
    background: var(--_bg);
  }
  .cluster-list .when {
    unicode-bidi: plaintext;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 8px 12px;
    list-style: none;
    border-block-start: 1px solid var(--_grid);
    font-size: 13px;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend .count {
    color: var(--_muted);
  }

  /* Notice */
  .notice {
    display: flex;
    align-items: start;
    gap: 8px;
    margin: 8px;
    padding: 8px 12px;
    border: 1px solid var(--_protest);
    border-inline-start-width: 4px;
    border-radius: 6px;
    background: var(--_surface);
  }
  /* The text takes the room, so the close button stands at the notice's end. */
  .notice > div {
    flex: 1;
    min-inline-size: 0;
  }
  .notice p {
    margin: 0;
  }
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
    font-size: 13px;
  }

  /* Details */
  .details {
    padding: 12px 16px 16px;
    border-block-start: 1px solid var(--_grid);
    background: var(--_surface);
  }
  .details header {
    display: flex;
    align-items: start;
    gap: 12px;
  }
  .details .heading {
    flex: 1;
    min-inline-size: 0;
  }
  .details h2 {
    overflow-wrap: anywhere;
    margin: 0;
    font-size: 18px;
    line-height: 1.3;
  }
  .details .kicker {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0 0 4px;
    color: var(--_muted);
    font-size: 13px;
  }
  .details .date {
    unicode-bidi: plaintext;
    margin: 4px 0 8px;
    font-weight: 600;
  }
  .details .date .precision {
    color: var(--_muted);
    font-weight: 400;
  }
  .details p {
    margin: 0 0 8px;
    max-inline-size: 72ch;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 8px 0;
    font-size: 13px;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details .note {
    font-size: 13px;
    color: var(--_text);
    border-inline-start: 3px solid var(--_grid);
    padding-inline-start: 8px;
  }
  .details h3 {
    margin: 12px 0 4px;
    font-size: 13px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .details ul {
    margin: 0;
    padding-inline-start: 20px;
    font-size: 13px;
  }
  .details a {
    color: var(--_accent);
  }

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
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .hint {
      transition: none;
    }
  }
`;
