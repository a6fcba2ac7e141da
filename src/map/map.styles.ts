/**
 * The map's styles: the timeline's tokens (so one theme dresses both), the icon buttons, and
 * its own parts. Public properties beyond the timeline's: `--sahel-timeline-map-height`,
 * `--sahel-timeline-map-land`, `--sahel-timeline-map-water`.
 */
import { css } from 'lit';
import { control } from '../styles/control.js';
import { tokens } from '../styles/tokens.js';

const own = css`
  :host {
    --_land: var(--sahel-timeline-map-land, color-mix(in srgb, var(--_surface) 70%, var(--_grid)));
    --_water: var(--sahel-timeline-map-water, color-mix(in srgb, var(--_bg) 85%, var(--_accent)));
  }
  .map {
    position: relative;
    block-size: var(--sahel-timeline-map-height, min(60vh, 420px));
    min-block-size: 200px;
    overflow: hidden;
    border: 1px solid var(--_grid);
    border-radius: 8px;
    background: var(--_bg);
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .map.panning {
    cursor: grabbing;
  }
  svg.land,
  canvas.points {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .sphere {
    fill: var(--_water);
    stroke: none;
  }
  .countries {
    fill: var(--_land);
    stroke: var(--_bg);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
  }
  .shade {
    fill: var(--_accent);
    fill-opacity: 0.1;
    stroke: var(--_accent);
    stroke-width: 1;
    stroke-opacity: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .shade.in-window {
    fill-opacity: 0.28;
  }
  .shade.selected {
    fill-opacity: 0.42;
    stroke-width: 2;
    stroke-opacity: 1;
  }
  .marks {
    position: absolute;
    inset: 0;
  }
  .mark {
    position: absolute;
    inline-size: 26px;
    block-size: 26px;
    margin: -13px 0 0 -13px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
  }
  /* A country's mark: a small square on its shading, with its count where it has several events. */
  .mark.country {
    inline-size: auto;
    min-inline-size: 14px;
    block-size: auto;
    min-block-size: 14px;
    margin: 0;
    padding: 0 5px;
    border: 1px solid var(--_bg);
    border-radius: 3px;
    transform: translate(-50%, -50%);
    background: var(--_accent);
    color: var(--_bg);
    font-size: 12px;
    line-height: 16px;
  }
  .mark.cluster {
    inline-size: auto;
    min-inline-size: 28px;
    block-size: 22px;
    margin: 0;
    padding: 0 7px;
    transform: translate(-50%, -50%);
    border: 1px solid var(--_muted);
    border-radius: 11px;
    background: var(--_surface);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .mark.out {
    opacity: 0.6;
  }
  .mark:focus-visible {
    outline-offset: 1px;
  }
  .mark[aria-pressed='true'].country,
  .mark[aria-pressed='true'].cluster {
    border-color: var(--_focus);
    color: var(--_text);
  }
  .controls {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .attribution {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    margin: 0;
    padding: 1px 6px;
    border-start-start-radius: 6px;
    background: color-mix(in srgb, var(--_bg) 80%, transparent);
    color: var(--_muted);
    font-size: 11px;
  }
  .status {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 12px;
  }
  @media print {
    .controls {
      display: none;
    }
    .map {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .countries {
      fill: Canvas;
      stroke: CanvasText;
    }
    .shade {
      fill: Highlight;
    }
  }
`;

export const mapStyles = [tokens, control, own];
