/**
 * The vertical layout's chunk (`orientation="vertical"`: time down the plot), loaded when a
 * timeline is first vertical: its packing (layout/vertical.ts) and the DOM's painter of it.
 * The axis down the plot, its ticks' labels in a column at the left; the eras as bands across,
 * their titles in a strip at the right; each event a button whose label (title and date, a
 * line each) stands beside the axis, its glyph on the axis with a leader to it, a span's bar
 * along the axis; clusters as pills on the axis. The buttons are the horizontal plot's
 * (`.event`, `data-id`, the same names), so selection, the roving focus and the tests' harness
 * work on them unchanged.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EraBand, PreparedEra } from '../layout/eras.js';
import type { AxisTick } from '../layout/ticks.js';
import { pillMiddle, verticalGeometry, type VerticalCluster, type VerticalGeometry, type VerticalMark, type VerticalResult } from '../layout/vertical.js';
import { VERTICAL, verticalSides } from '../layout/vertical-view.js';
import { GLYPH_SIZE, PILL_HEIGHT, V_DATE_SIZE, V_LABEL_PAD, V_LINE, V_PILL, V_TICK_SIZE } from './geometry.js';
import { shorten } from './label-metrics.js';
import { clusterButton, eventButton, type MarkContext } from './marks.js';
import { setStyles } from './set-styles.js';

export { packVertical } from '../layout/vertical.js';

const LABEL = VERTICAL.label;
/** An unlabelled point's button: a touch target (WCAG 2.5.8). */
const BARE = 24;

/** What the vertical plot is drawn from: the view's layout, and the plot's size. */
export interface VerticalScene {
  readonly laid: VerticalResult;
  readonly ticks: readonly AxisTick[];
  readonly eras: readonly EraBand[];
  /** An era's colour (the eras chunk's: there are bands only once it has come). */
  readonly eraColour: ((era: PreparedEra) => string) | undefined;
  /** The plot's width and its length along time, px. */
  readonly width: number;
  readonly length: number;
}

/** The vertical plot's axis, eras, marks and clusters. */
export function renderVertical(scene: VerticalScene, ctx: MarkContext): TemplateResult {
  const g = verticalGeometry(scene.width, verticalSides(scene.width));
  return html`${scene.eraColour ? renderEras(scene.eras, scene.eraColour) : nothing}<div class="v-axis" part="axis" aria-hidden="true" ${setStyles({ '--_axis': `${g.axis}px` })}>${scene.ticks.map(
    (t) => html`<div class="v-tick ${t.major ? 'major' : ''}" ${setStyles({ transform: `translateY(${t.x}px)` })}>${t.labelled ? html`<span .textContent=${t.label}></span>` : nothing}</div>`,
  )}</div><div class="marks">${repeat(scene.laid.clusters, (c) => `c${c.first}`, (c) => renderCluster(c, g, scene.length, ctx))}${repeat(
    scene.laid.marks,
    (m) => m.item.event.id,
    (m) => renderMark(m, g, scene.length, ctx),
  )}</div>`;
}

/** The eras as bands across the plot, each titled along the strip at its right edge. */
function renderEras(bands: readonly EraBand[], eraColour: (era: PreparedEra) => string): TemplateResult | typeof nothing {
  if (bands.length === 0) return nothing;
  return html`<div class="v-eras" aria-hidden="true">${bands.map(
    (b) => html`<div class="v-era ${b.era.ongoing ? 'ongoing' : ''}" part="era" title=${b.era.era.title}
      ${setStyles({ transform: `translateY(${b.x0}px)`, height: `${b.x1 - b.x0}px`, '--_era': eraColour(b.era) })}
    >${b.title ? html`<span class="v-era-label" dir="auto" ${setStyles({ top: `${b.title.x - b.x0}px` })} .textContent=${b.title.text}></span>` : nothing}</div>`,
  )}</div>`;
}

function renderCluster(c: VerticalCluster, g: VerticalGeometry, length: number, ctx: MarkContext): TemplateResult {
  const mid = pillMiddle(c, length, PILL_HEIGHT);
  // Activating it zooms to its events, as a pill across does (ClusterController reads x0 and x1 along time).
  const across = { x0: c.y0, x1: Math.max(c.y1, c.y0 + 1), count: c.count, start: c.start, end: c.end, first: c.first };
  return clusterButton(across, ctx, 'cluster v', { transform: `translate(${g.axis - V_PILL / 2}px, ${mid - PILL_HEIGHT / 2}px)` });
}

function renderMark(m: VerticalMark, g: VerticalGeometry, length: number, ctx: MarkContext): TemplateResult {
  const e = m.item.event;
  const cat = ctx.looks.look(e.category);
  const when = ctx.labels.shortDate(e);
  const labelled = Number.isFinite(m.labelY);
  // The button is the label; the glyph (or a span's bar) on the axis and the leader joining
  // them are inside it, drawn outside its box, so that pressing them presses it too.
  const span = m.track >= 0;
  // Unlabelled: a span's bar, or a point's glyph on the axis in a touch target's square.
  const left = labelled ? g.labelX(m.side) : span ? g.barX(m.track) - 6 : g.axis - BARE / 2;
  const top = labelled ? m.labelY : span ? m.y0 : m.y0 - BARE / 2;
  const barTop = Math.max(0, m.y0) - top;
  const barHeight = Math.max(4, Math.min(length, m.y1) - Math.max(0, m.y0));
  // The leader, in the button's pixels: from the glyph on the axis to the label's near edge, at its middle.
  const edge = m.side === 1 ? 0 : g.labelWidth;
  const box = { transform: `translate(${left}px, ${top}px)`, width: `${labelled ? g.labelWidth : span ? 12 : BARE}px`, height: `${labelled ? LABEL : span ? barHeight : BARE}px` };
  const classes = `v ${m.side === 0 ? 'left' : ''} ${labelled ? '' : 'bare'}`;
  return eventButton(m.item, ctx, { classes, box, when, cut: shorten(e.title) !== e.title }, html`${span
    ? html`<span class="bar ${m.item.kind === 'ongoing' ? 'ongoing' : ''}" part="bar" ${setStyles({ left: `${g.barX(m.track) - 2 - left}px`, top: `${barTop}px`, height: `${barHeight}px` })}></span>`
    : html`<svg class="glyph point ${cat.shape.hollow ? 'hollow' : ''}" viewBox="0 0 12 12" aria-hidden="true" focusable="false"
        ${setStyles({ left: `${g.axis - GLYPH_SIZE / 2 - left}px`, top: `${m.y0 - top - GLYPH_SIZE / 2}px` })}><path d=${cat.shape.path}></path></svg>`}${labelled
    ? html`<svg class="leader" aria-hidden="true" focusable="false"><line x1=${g.axis - left} y1=${m.y0 - top} x2=${edge} y2=${LABEL / 2}></line></svg
      ><span class="label" part="label"><span class="text" dir="auto" .textContent=${shorten(e.title)}></span> <span class="when" .textContent=${when}></span></span>`
    : nothing}`);
}

/** The vertical plot's styles: adopted with the chunk. */
export const verticalStyles = css`
  .plot.vertical {
    cursor: grab;
  }
  /* While a gesture's steps are painted on the canvas (ink.ts), the axis and eras are there too. */
  .plot.inking > .v-axis,
  .plot.inking > .v-eras {
    opacity: 0;
  }
  .v-axis {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  /* The axis line, down the whole plot. */
  .v-axis::before {
    content: '';
    position: absolute;
    inset-block: 0;
    left: calc(var(--_axis) - 1px);
    inline-size: 2px;
    background: var(--_muted);
    opacity: 0.6;
  }
  .v-tick {
    position: absolute;
    inset-inline: 0;
    top: 0;
    block-size: 0;
    border-top: 1px solid var(--_grid);
  }
  .v-tick.major {
    border-top-color: color-mix(in srgb, var(--_muted) 45%, transparent);
  }
  /* Below its line, so that the first tick's label shows whole at the plot's top. */
  .v-tick span {
    position: absolute;
    left: 4px;
    top: 1px;
    max-inline-size: 56px;
    padding-inline-end: 2px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    background: var(--_surface);
    color: var(--_muted);
    font-size: ${V_TICK_SIZE}px;
    line-height: ${V_LINE}px;
    font-variant-numeric: tabular-nums;
  }
  .v-tick.major span {
    color: var(--_text);
    font-weight: 600;
  }
  .v-eras {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .v-era {
    position: absolute;
    inset-inline: 0;
    top: 0;
    background: color-mix(in srgb, var(--_era) 10%, transparent);
    border-inline-end: 4px solid color-mix(in srgb, var(--_era) 70%, transparent);
  }
  .v-era-label {
    position: absolute;
    right: 6px;
    writing-mode: vertical-rl;
    max-block-size: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .event.v {
    contain: none;
    border-radius: 4px;
  }
  .event.v .label {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: flex-start;
    block-size: auto;
    padding-inline: ${V_LABEL_PAD}px;
    line-height: ${V_LINE}px;
  }
  .event.v.left .label {
    align-items: flex-end;
    text-align: end;
  }
  .event.v .label .text,
  .event.v .label .when {
    max-inline-size: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .event.v .label .when {
    font-size: ${V_DATE_SIZE}px;
  }
  .event.v .glyph {
    position: absolute;
    margin: 0;
  }
  .event.v .bar {
    inline-size: 4px;
    border-radius: 2px;
  }
  .event.v .bar.ongoing {
    background: linear-gradient(to bottom, var(--_c) 70%, transparent);
  }
  /* From the glyph on the axis to the label's near edge. */
  .event.v .leader {
    position: absolute;
    inset: 0;
    inline-size: 1px;
    block-size: 1px;
    overflow: visible;
    pointer-events: none;
  }
  .event.v .leader line {
    stroke: color-mix(in srgb, var(--_c) 60%, transparent);
    stroke-width: 1;
  }
  .event.v:focus-visible .label {
    outline: 3px solid var(--_focus);
    outline-offset: -1px;
  }
  .event.v.bare:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .cluster.v {
    inline-size: ${V_PILL}px;
  }
`;
