/** The time axis drawn across the plot: its gridlines, tick labels and baseline. */
import { css } from 'lit';
import { MAJOR_GRID, TICK_SIZE } from '../render/geometry.js';

export const axis = css`
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
    stroke-opacity: ${MAJOR_GRID / 100};
  }
  .grid text {
    fill: var(--_muted);
    font-size: ${TICK_SIZE}px;
    font-variant-numeric: tabular-nums;
  }
  .grid text.major {
    fill: var(--_text);
    font-weight: 600;
  }
  .axis-line {
    stroke: var(--_muted);
  }
`;
