/** The time axis drawn across the plot: its gridlines, tick labels and baseline. */
import { css } from 'lit';

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
`;
