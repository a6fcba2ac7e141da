/**
 * What the element tells the reader outside the data: the dismissible notice, the wheel hint
 * over the plot, and the empty or loading state.
 */
import { css } from 'lit';

export const notice = css`
  .notice {
    display: flex;
    align-items: start;
    gap: 8px;
    margin: 8px;
    padding: 8px 12px;
    border: 1px solid var(--_protest);
    border-inline-start-width: 4px;
    border-radius: 6px;
    background: var(--_surface);
  }
  /* The text takes the room, so the close button stands at the notice's end. */
  .notice > div {
    flex: 1;
    min-inline-size: 0;
  }
  .notice p {
    margin: 0;
  }
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
    font-size: 13px;
  }

  .hint {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    transform: translate(-50%, -50%);
    padding: 8px 14px;
    border-radius: 8px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 14px;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .hint.shown {
    opacity: 0.92;
  }
  @media (prefers-reduced-motion: reduce) {
    .hint {
      transition: none;
    }
  }

  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
`;
