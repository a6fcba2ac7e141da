/** The category legend below the plot: a row of toggles, one per category. */
import { css } from 'lit';

export const legend = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    padding: 6px 8px;
    border-block-start: 1px solid var(--_grid);
    font-size: 13px;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 28px;
    padding: 2px 8px;
    border: 1px solid transparent;
    border-radius: 14px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* Room for a fingertip, as the toolbar's buttons have (styles/control.ts). */
  @media (pointer: coarse) {
    .legend-item {
      min-block-size: 44px;
    }
  }
  .legend-item:hover {
    border-color: var(--_grid);
  }
  .legend-item:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  /* A hidden category: its glyph hollow and its name struck through, not only paler. */
  .legend-item[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] svg {
    opacity: 0.45;
  }
  .legend .count {
    color: var(--_muted);
  }
`;
