/**
 * The time axis and its gridlines, as SVG behind the marks.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { AXIS_HEIGHT } from '../layout/rows.js';
import { TICK_LABEL_OFFSET, type AxisTick } from '../layout/ticks.js';

/** The time axis and its gridlines, over the full height of a plot `height` pixels tall. */
export function renderAxis(ticks: readonly AxisTick[], height: number): TemplateResult {
  const y = Math.max(0, height - AXIS_HEIGHT);
  return html`<svg class="grid" part="axis" aria-hidden="true">
    ${ticks.map(
      (t) => svg`<line class=${t.major ? 'major' : ''} x1=${t.x} x2=${t.x} y1="0" y2=${y + 6}></line>
        ${t.labelled ? svg`<text class=${t.major ? 'major' : ''} x=${t.x + TICK_LABEL_OFFSET} y=${y + 20}>${t.label}</text>` : nothing}`,
    )}
    <line class="axis-line" x1="0" x2="100%" y1=${y} y2=${y}></line>
  </svg>`;
}
