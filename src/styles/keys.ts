/** The keyboard shortcuts panel the toolbar opens, and its key caps. */
import { css } from 'lit';

export const keys = css`
  .keys {
    padding: 8px 12px;
    border-block-end: 1px solid var(--_grid);
    background: var(--_surface);
    font-size: 13px;
  }
  .keys[hidden] {
    display: none;
  }
  .keys dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0;
  }
  .keys dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    min-inline-size: 1.6em;
    padding: 0 4px;
    border: 1px solid var(--_grid);
    border-block-end-width: 2px;
    border-radius: 4px;
    background: var(--_bg);
    font: 12px/1.5 var(--_font);
    text-align: center;
  }
`;
