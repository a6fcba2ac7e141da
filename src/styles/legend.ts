/** The category legend below the plot. */
import { css } from 'lit';

export const legend = css`
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
`;
