/**
 * The frame and the theming contract: the public `--sahel-timeline-*` custom properties with
 * their defaults, read into private `--_*` tokens (light by default, dark under
 * `prefers-color-scheme: dark` unless the page sets `theme="light"`, and always with
 * `theme="dark"`), and the base rules every part relies on: box sizing, buttons, the focus
 * ring and visually hidden text. This is the only file that names a public property: every
 * other part reads the private tokens.
 */
import { css } from 'lit';

/** The dark theme's tokens: one list for the reader's preference and for `theme="dark"`. */
const dark = css`
  --_text: var(--sahel-timeline-text, #e6edf3);
  --_muted: var(--sahel-timeline-muted, #9da7b3);
  --_bg: var(--sahel-timeline-background, #0d1117);
  --_surface: var(--sahel-timeline-surface, #161b22);
  --_grid: var(--sahel-timeline-grid, #30363d);
  --_accent: var(--sahel-timeline-accent, #58a6ff);
  --_focus: var(--sahel-timeline-focus, #79c0ff);
  --_military: var(--sahel-timeline-color-military, #ff7b72);
  --_diplomacy: var(--sahel-timeline-color-diplomacy, #6cb6ff);
  --_politics: var(--sahel-timeline-color-politics, #b99bff);
  --_protest: var(--sahel-timeline-color-protest, #f0a04b);
  --_media: var(--sahel-timeline-color-media, #39c5bb);
  --_economy: var(--sahel-timeline-color-economy, #9fd356);
  --_violence: var(--sahel-timeline-color-violence, #f778ba);
  --_context: var(--sahel-timeline-color-context, #a5adb8);
  --_other: var(--sahel-timeline-color-other, #8b949e);
  --_p0: #4fc3dc;
  --_p1: #e0b050;
  --_p2: #f07ad8;
  --_p3: #a3aeff;
  --_p4: #c6cc55;
  --_p5: #ff8fa3;
  --_p6: #7fd1a8;
  --_p7: #d39be0;
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_font: var(--sahel-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--sahel-timeline-text, #1b1f24);
    --_muted: var(--sahel-timeline-muted, #57606a);
    --_bg: var(--sahel-timeline-background, #ffffff);
    --_surface: var(--sahel-timeline-surface, #f4f6f8);
    --_grid: var(--sahel-timeline-grid, #d8dee4);
    --_accent: var(--sahel-timeline-accent, #0a58ca);
    --_focus: var(--sahel-timeline-focus, #0a58ca);
    --_row: var(--sahel-timeline-row-height, 34px);
    --_plot-height: var(--sahel-timeline-height, 340px);
    --_military: var(--sahel-timeline-color-military, #b42318);
    --_diplomacy: var(--sahel-timeline-color-diplomacy, #175cd3);
    --_politics: var(--sahel-timeline-color-politics, #6941c6);
    --_protest: var(--sahel-timeline-color-protest, #b54708);
    --_media: var(--sahel-timeline-color-media, #0e7c74);
    --_economy: var(--sahel-timeline-color-economy, #4d7c0f);
    --_violence: var(--sahel-timeline-color-violence, #9e165f);
    --_context: var(--sahel-timeline-color-context, #667085);
    --_other: var(--sahel-timeline-color-other, #475467);
    /* The open categories' palette: 4.5:1 or more on the background and the surface. It is
       themed with the rest, so it lives here; plot.ts gives it to the open categories' classes. */
    --_p0: #00708a;
    --_p1: #7a5200;
    --_p2: #a3127f;
    --_p3: #4052b5;
    --_p4: #5c6300;
    --_p5: #c02650;
    --_p6: #2b7041;
    --_p7: #8240a8;

    display: block;
    position: relative;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    font-family: var(--_font);
    font-size: 14px;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_bg);
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Not list-item boxes: as list items, every item of the hidden event list is marked for
     layout whenever marks come and go on the plot (Chromium renumbers them: "List value
     change" in a trace), 40% of what a zoom step lays out at 1,000 events. The elements
     keep their list semantics. */
  .sr-only li {
    display: block;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
