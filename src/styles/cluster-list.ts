/** The list of a cluster that zooming cannot separate, shown below the plot. */
import { css } from 'lit';

export const clusterList = css`
  .cluster-list {
    padding: 8px 12px 12px;
    border-block-start: 1px solid var(--_grid);
    background: var(--_surface);
  }
  .cluster-list header {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .cluster-list h2 {
    flex: 1;
    margin: 0;
    font-size: 15px;
  }
  .cluster-list ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    gap: 2px 12px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  .cluster-list li button {
    display: flex;
    align-items: center;
    gap: 6px;
    inline-size: 100%;
    min-block-size: 28px;
    padding: 2px 4px;
    border: 0;
    border-radius: 4px;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .cluster-list li button:hover {
    background: var(--_bg);
  }
  .cluster-list .when {
    unicode-bidi: plaintext;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
`;
