/** The toolbar: the row of controls above the plot and the date range it shows. */
import { css } from 'lit';

export const toolbar = css`
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
`;
