/**
 * Lanes as the reader sees them: a scrolling stack of groups (`role="group"`, part `lane`),
 * each with a header that names it, counts its events and collapses it (part `lane-label`,
 * `aria-expanded`), then its marks, or when collapsed a strip that darkens where its events
 * are dense. Only the lanes near the part in view are in the DOM.
 *
 * A chunk loaded on demand (LaneController): with the grouping and packing of lanes and
 * their styles, so that a page without `group-by` never downloads any of it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { lanesInView, type LanesLayout } from '../layout/lane-stack.js';
import { densityAlpha, DENSITY_PX, LANE_HEADER, type ShownLane } from '../layout/lanes.js';
import type { Words } from '../strings.js';
import { domMarks, type MarkContext } from './marks.js';
import { setStyles } from './set-styles.js';

export { packLanes } from '../layout/lane-stack.js';
export { lanesAmong, laneStep } from '../layout/lanes-shown.js';
export { LaneGrouping } from '../controllers/lane-grouping.js';
export { lanes as laneStyles } from '../styles/lanes.js';

export interface LanesContext {
  readonly marks: MarkContext;
  /** The lane the roving focus is in: only there does an event take Tab. */
  readonly active: number;
  readonly words: Words;
  onToggle(index: number): void;
  onScroll(top: number): void;
  /** The pointer moved over or out of the lanes. */
  onHover(e: PointerEvent): void;
}

const chevron = svg`<svg class="chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true"><path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** The stack of lanes. */
export function renderLanes(lanes: readonly ShownLane[], layout: LanesLayout, ctx: LanesContext): TemplateResult {
  // Half a screen above and below stays in the DOM, so a short scroll shows lanes ready (a
  // whole screen's worth doubled the DOM of a stack of twenty lanes).
  const near = lanesInView(layout.boxes, layout.scrollTop, layout.scrollTop + layout.viewport, layout.viewport / 2);
  // A shade at an edge with lanes beyond it, so a reader knows the stack scrolls.
  const above = layout.scrollTop > 0.5;
  const below = layout.scrollTop + layout.viewport < layout.height - 0.5;
  // Where the stack scrolls, how many lanes start below its foot.
  const foot = layout.scrollTop + layout.viewport;
  const more = below ? layout.boxes.filter((b) => b.top >= foot - LANE_HEADER / 2).length : 0;
  return html`<div
    class="lanes ${above ? 'more-above' : ''} ${below ? 'more-below' : ''}"
    ${setStyles({ 'block-size': `${layout.viewport}px` })}
    @scroll=${(e: Event) => { ctx.onScroll((e.currentTarget as HTMLElement).scrollTop); }}
    @pointerover=${(e: PointerEvent) => { ctx.onHover(e); }}
    @pointerleave=${(e: PointerEvent) => { ctx.onHover(e); }}
  >
    <div class="lane-stack" ${setStyles({ 'block-size': `${layout.height}px` })}>
      ${repeat(near, (i) => lanes[i]?.id ?? i, (i) => renderLane(i, lanes[i] as ShownLane, layout, ctx))}
    </div>
  </div>
  ${more > 0
    ? html`<div class="more-lanes" part="more-lanes" aria-hidden="true" ${setStyles({ 'inset-block-start': `${layout.viewport}px` })}>
        ${ctx.words.plural(ctx.words.strings.moreLanes, more)}
      </div>`
    : nothing}`;
}

function renderLane(i: number, lane: ShownLane, layout: LanesLayout, ctx: LanesContext): TemplateResult {
  const box = layout.boxes[i] ?? { top: 0, bodyTop: 0, bottom: 0 };
  const { words } = ctx;
  const count = lane.timeline.events.length;
  // A lane with nothing in the window is its header alone, which says so.
  const empty = !lane.collapsed && (layout.laneRows[i] ?? 0) < 0;
  const packed = layout.packed.get(i);
  const density = layout.density.get(i);
  const marks = ctx.marks;
  const activeOrder = i === ctx.active ? marks.activeOrder : -1;
  return html`<div
    class="lane ${lane.collapsed ? 'collapsed' : ''} ${lane.other ? 'other' : ''} ${empty ? 'empty' : ''}"
    part="lane"
    role="group"
    aria-labelledby="lane-${i}"
    data-lane=${i}
    ${setStyles({ 'inset-block-start': `${box.top}px`, 'block-size': `${box.bottom - box.top}px` })}
  >
    <div class="lane-header"><button type="button" class="lane-toggle" part="lane-label" aria-expanded=${lane.collapsed ? 'false' : 'true'} @click=${() => { ctx.onToggle(i); }}
      >${chevron}<span id="lane-${i}" class="lane-name" dir="auto" .textContent=${lane.label}></span> <span
        class="lane-count" .textContent=${`${words.events(count)}${empty && count > 0 ? `, ${words.strings.noneInView}` : ''}`}></span></button></div>
    ${lane.collapsed
      ? html`<div class="density" aria-hidden="true" ${setStyles({ 'background-image': densityGradient(density) })}></div>`
      : html`<div class="marks">${packed
          ? guard(
              [packed, activeOrder, marks.selected, marks.linked, words, marks.looks, marks.rows, marks.stacked],
              () => domMarks.render(packed, { ...marks, activeOrder }),
            )
          : nothing}</div>`}
  </div>`;
}

/** A density strip as a CSS gradient: one background, however many columns. */
function densityGradient(bins: Uint32Array | undefined): string {
  if (!bins) return 'none';
  const stops: string[] = [];
  let from = 0;
  let alpha = -1;
  const close = (to: number) => {
    if (alpha > 0) stops.push(`color-mix(in srgb, var(--_muted) ${String(Math.round(alpha * 100))}%, transparent) ${String(from * DENSITY_PX)}px ${String(to * DENSITY_PX)}px`);
    else if (to > from) stops.push(`transparent ${String(from * DENSITY_PX)}px ${String(to * DENSITY_PX)}px`);
  };
  for (const [i, n] of bins.entries()) {
    const a = Math.round(densityAlpha(n) * 20) / 20;
    if (a === alpha) continue;
    close(i);
    from = i;
    alpha = a;
  }
  close(bins.length);
  return stops.length > 1 ? `linear-gradient(to right, ${stops.join(', ')})` : stops.length === 1 ? `linear-gradient(to right, ${stops[0] as string}, transparent 0)` : 'none';
}
