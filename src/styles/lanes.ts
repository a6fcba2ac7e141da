/** Lanes: the scrolling stack, each lane's sticky header, and a collapsed lane's density strip. */
import { css } from 'lit';
import { LANE_STRIP, LANE_STRIP_INSET } from '../layout/lanes.js';
import { DENSITY_TRACK } from '../render/geometry.js';

export const lanes = css`
  .lanes {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    overflow-x: hidden;
    overflow-y: auto;
    /* No scrollbar: a classic one (Windows, Firefox on Linux) took the stack's right edge from
       the layout, over the pills and marks there. The shades at the edges and the count of
       lanes below say that the stack scrolls. */
    scrollbar-width: none;
  }
  .lanes::-webkit-scrollbar {
    display: none;
  }
  /* How many lanes are below the foot of a stack that scrolls. */
  .more-lanes {
    position: absolute;
    inset-inline-start: 50%;
    z-index: 3;
    padding: 1px 10px;
    border: 1px solid var(--_grid);
    border-radius: 10px;
    background: var(--_bg);
    color: var(--_muted);
    font-size: 12px;
    white-space: nowrap;
    transform: translate(-50%, calc(-100% - 4px));
    pointer-events: none;
  }
  .lane-stack {
    position: relative;
  }
  /* Shades at the edges the stack scrolls past (an inset shadow stays put as the lanes scroll). */
  .lanes.more-below {
    box-shadow: inset 0 -14px 12px -12px color-mix(in srgb, var(--_text) 25%, transparent);
  }
  .lanes.more-above.more-below {
    box-shadow:
      inset 0 -14px 12px -12px color-mix(in srgb, var(--_text) 25%, transparent),
      inset 0 14px 12px -12px color-mix(in srgb, var(--_text) 25%, transparent);
  }
  .lanes.more-above:not(.more-below) {
    box-shadow: inset 0 14px 12px -12px color-mix(in srgb, var(--_text) 25%, transparent);
  }
  .lane {
    position: absolute;
    inset-inline: 0;
    border-block-start: 1px solid var(--_grid);
  }
  .lane:first-child {
    border-block-start: 0;
  }
  /* The header stays in view while its lane scrolls under it. */
  .lane-header {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: flex;
    align-items: center;
    block-size: 30px;
    padding-inline: 4px;
    background: color-mix(in srgb, var(--_bg) 88%, transparent);
    pointer-events: none;
  }
  .lane-toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 26px;
    padding: 2px 8px 2px 4px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 13px;
    cursor: pointer;
    pointer-events: auto;
  }
  .lane-toggle:hover {
    border-color: var(--_grid);
  }
  .lane-toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .lane-name {
    font-weight: 600;
  }
  .lane-count {
    color: var(--_muted);
  }
  .lane.other .lane-name {
    font-style: italic;
  }
  .chevron {
    transition: transform 0.15s;
  }
  .lane.collapsed .chevron {
    transform: rotate(-90deg);
  }
  .lane > .marks {
    position: relative;
  }
  /* The strip's track shows where it is; its columns darken where events are dense. */
  .density {
    block-size: ${LANE_STRIP - 2 * LANE_STRIP_INSET}px;
    margin-block: ${LANE_STRIP_INSET}px;
    background-color: color-mix(in srgb, var(--_grid) ${DENSITY_TRACK}%, transparent);
    background-repeat: no-repeat;
    border-radius: 2px;
  }
  .plot.inking .lane > .marks,
  .plot.inking .density {
    opacity: 0;
    pointer-events: none;
  }
  .event.linked .label {
    background: color-mix(in srgb, var(--_focus) 14%, transparent);
    border-radius: 4px;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
`;
