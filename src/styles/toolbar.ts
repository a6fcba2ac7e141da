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
    position: relative;
    unicode-bidi: plaintext;
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  /* While a gesture moves the view its steps draw the range on this canvas, as they draw the
     marks (render/ink.ts): writing the text would cost the page a frame of style, layout and
     paint at every step. The empty box marks the text's baseline for it. */
  .range > .baseline {
    display: inline-block;
    inline-size: 0;
    block-size: 0;
  }
  .range-ink {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    display: none;
    pointer-events: none;
  }
  .range.inking {
    color: transparent;
  }
  .range.inking > .range-ink {
    display: block;
  }
`;
