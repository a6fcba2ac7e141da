/** The toolbar: the row of controls above the plot and the date range it shows. */
import { css } from 'lit';

export const toolbar = css`
  .toolbar {
    container: sahel-toolbar / inline-size;
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
  @media (pointer: coarse) {
    .toolbar .search input {
      min-block-size: 44px;
    }
  }
  .toolbar .search input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .toolbar .shown-count {
    color: var(--_muted);
    font-size: 13px;
  }
  /* The buttons wrap rather than run past the element's edge; where the eight do not fit on
     one line they go four and four, not seven and one left alone. Each is 34px wide (an icon,
     padding and border), 44px for a fingertip (styles/control.ts). */
  .toolbar .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  @container sahel-toolbar (inline-size < 300px) {
    .toolbar .buttons {
      max-inline-size: 148px;
    }
  }
  @media (pointer: coarse) {
    @container sahel-toolbar (inline-size < 380px) {
      .toolbar .buttons {
        max-inline-size: 188px;
      }
    }
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
