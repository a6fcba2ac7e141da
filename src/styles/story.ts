/**
 * The story view (`mode="story"`): the buttons to the slides either side, then a slide drawn
 * large above the plot, its media beside its words where the timeline is wide enough and above
 * them where it is not.
 */
import { css } from 'lit';

export const story = css`
  .story {
    container: sahel-story / inline-size;
    overflow: hidden;
    border-block-end: 1px solid var(--_grid);
    background: var(--_surface);
  }
  .story .details {
    box-sizing: border-box;
    max-inline-size: 920px;
    margin-inline: auto;
    border: 0;
    padding: 20px 24px 8px;
    background: none;
  }
  .story .details:has(> .media > .media-frame) {
    max-inline-size: 1240px;
  }
  .story .details h2 {
    margin-block-end: 6px;
    font-size: 24px;
    line-height: 1.25;
  }
  .story h2:focus {
    outline: none;
  }
  .story h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .story .details > p:not(.note),
  .story .details .summary {
    font-size: 16px;
    line-height: 1.5;
  }
  .story .media-frame {
    max-inline-size: none;
  }
  /* A slide taller than its room scrolls within it, so the navigator stays in sight under it
     (its whole width scrolls: the bar at the timeline's edge, not beside the words). */
  .story .slide {
    max-block-size: var(--sahel-timeline-slide-height, 65vh);
    overflow-y: auto;
    /* A shade at the foot while there is more below: the cover scrolls with the words and
       hides it at their end (Lea Verou's scrolling shadows). */
    background:
      linear-gradient(transparent, var(--_surface) 60%) bottom / 100% 28px no-repeat local,
      linear-gradient(transparent, color-mix(in srgb, var(--_text) 10%, transparent)) bottom / 100% 14px no-repeat scroll;
  }
  /* Wide: a picture or video on the left, the words beside it (the last row takes what the
     media's height leaves). A link card stays in the words' column. */
  @container sahel-story (inline-size >= 720px) {
    .story .details:has(> .media > .media-frame) {
      display: grid;
      grid-template-columns: minmax(0, 11fr) minmax(0, 9fr);
      grid-template-rows: repeat(9, auto) 1fr;
      column-gap: 28px;
      align-items: start;
    }
    .story .details:has(> .media > .media-frame) > .media {
      grid-column: 1;
      grid-row: 1 / -1;
      margin: 4px 0 12px;
    }
    .story .details:has(> .media > .media-frame) > :not(.media) {
      grid-column: 2;
    }
  }
  /* Left to right on a right-to-left page too, as time runs on the plot under it and as ← and → go. */
  .slide-nav {
    direction: ltr;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 12px 16px 0;
  }
  .slide-step {
    flex: 0 1 40%;
    min-inline-size: 0;
    min-block-size: 44px;
    color: inherit;
    font: inherit;
  }
  .slide-step.previous {
    justify-content: start;
    text-align: start;
  }
  .slide-step.next {
    justify-content: end;
    text-align: end;
  }
  .step-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .step-word {
    font-size: 13px;
    font-weight: 600;
  }
  .step-title {
    overflow: hidden;
    color: var(--_muted);
    font-size: 12px;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .slide-count {
    margin: 0;
    white-space: nowrap;
    color: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  @container sahel-story (inline-size < 480px) {
    .step-title {
      display: none;
    }
    .story .details {
      padding: 14px 14px 4px;
    }
    .story .details h2 {
      font-size: 20px;
    }
  }
  /* A slide moves in from the way the reader went (not when motion is reduced, nor the first). */
  @media (prefers-reduced-motion: no-preference) {
    .slide.enter-forward > .details {
      animation: sahel-slide-forward 220ms ease-out;
    }
    .slide.enter-back > .details {
      animation: sahel-slide-back 220ms ease-out;
    }
  }
  /* On paper: the slide whole, without its buttons. */
  @media print {
    .story .slide {
      max-block-size: none;
      overflow: visible;
      background: none;
    }
    .slide-nav {
      display: none;
    }
  }
  @keyframes sahel-slide-forward {
    from {
      opacity: 0;
      transform: translateX(32px);
    }
  }
  @keyframes sahel-slide-back {
    from {
      opacity: 0;
      transform: translateX(-32px);
    }
  }
`;
