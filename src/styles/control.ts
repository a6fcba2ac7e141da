/**
 * The icon button: the toolbar's buttons and the close buttons of the notice, the details
 * and the cluster list all wear it, so it belongs to none of those parts.
 */
import { css } from 'lit';

export const control = css`
  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
    min-inline-size: 32px;
    min-block-size: 32px;
    padding: 0 8px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_surface);
    cursor: pointer;
  }
  .control:hover {
    border-color: var(--_muted);
  }
  /* Room for a fingertip where the main pointer is one (WCAG 2.5.5's 44 px). */
  @media (pointer: coarse) {
    .control {
      min-inline-size: 44px;
      min-block-size: 44px;
    }
  }
  .control:disabled,
  .control[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .control svg {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
