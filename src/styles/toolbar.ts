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
  .toolbar .search {
    display: flex;
    flex: 0 1 12em;
    min-inline-size: 8em;
  }
  .toolbar .search input {
    inline-size: 100%;
    min-block-size: 28px;
    margin-inline-start: 8px;
    padding: 2px 8px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: 13px;
  }
  .toolbar .search input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .toolbar .shown-count {
    color: var(--_muted);
    font-size: 13px;
  }
  .toolbar .buttons {
    display: flex;
    gap: 4px;
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
