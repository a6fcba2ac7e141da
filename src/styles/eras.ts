/** Eras: faint bands behind the events with their titles above the axis, and their list under the plot. */
import { css } from 'lit';
import { ERA_EDGE, ERA_FILL, ERA_TITLE_SIZE, ERA_TITLE_WEIGHT } from '../render/geometry.js';

export const eras = css`
  .eras {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .era {
    --_era: var(--_muted);
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    background: color-mix(in srgb, var(--_era) ${ERA_FILL}%, transparent);
    border-inline: 1px solid color-mix(in srgb, var(--_era) ${ERA_EDGE}%, transparent);
    /* For its name on hover (its title may be cut or left out); events still reach the plot. */
    pointer-events: auto;
  }
  .era.ongoing {
    border-inline-end: 0;
  }
  /* Placed, and cut if need be, by layout/eras.ts, which measures it as drawn here: it may
     run on past its band, into room no other title takes. */
  .era-label {
    position: absolute;
    color: var(--_muted);
    font-size: ${ERA_TITLE_SIZE}px;
    line-height: 13px;
    font-weight: ${ERA_TITLE_WEIGHT};
    text-transform: uppercase;
    white-space: nowrap;
  }
  .plot.inking > .eras {
    opacity: 0;
  }
  .era-list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    padding: 2px 8px 6px;
    font-size: 13px;
  }
  .era-list-title {
    color: var(--_muted);
    font-weight: 600;
  }
  .era-list ul {
    display: contents;
    list-style: none;
  }
  /* Text that wraps between the title's words, the dates kept whole and lines after the first
     under the title: on a narrow element an era takes a line or two, not a column of each. */
  .era-list li {
    display: block;
    padding-inline-start: 20px;
  }
  .era-swatch {
    --_era: var(--_muted);
    display: inline-block;
    margin-inline: -20px 6px;
    vertical-align: -1px;
    inline-size: 14px;
    block-size: 10px;
    border: 1px solid color-mix(in srgb, var(--_era) 60%, transparent);
    background: color-mix(in srgb, var(--_era) 25%, transparent);
  }
  .era-dates {
    color: var(--_muted);
    white-space: nowrap;
  }
`;
