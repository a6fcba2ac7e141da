/**
 * The frame and the theming contract: the public `--sahel-timeline-*` custom properties with
 * their defaults, read into private `--_*` tokens (light by default, dark under
 * `prefers-color-scheme: dark` unless the page sets `theme="light"`, and always with
 * `theme="dark"`; on screen: print is light), and the base rules every part relies on: box sizing, buttons, the focus
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
  --_cat1: var(--sahel-timeline-category-1, #ff7b72);
  --_cat2: var(--sahel-timeline-category-2, #6cb6ff);
  --_cat3: var(--sahel-timeline-category-3, #b99bff);
  --_cat4: var(--sahel-timeline-category-4, #f0a04b);
  --_cat5: var(--sahel-timeline-category-5, #39c5bb);
  --_cat6: var(--sahel-timeline-category-6, #9fd356);
  --_cat7: var(--sahel-timeline-category-7, #f778ba);
  --_cat8: var(--sahel-timeline-category-8, #a5adb8);
  --_other: var(--sahel-timeline-category-other, #8b949e);
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
    /* The plot's height: the page's, fixed; else what its rows need (--_fit-height, set on the
       plot by layout), up to a maximum. */
    --_plot-room: var(--sahel-timeline-height, var(--sahel-timeline-max-height, 80vh));
    /* The categories' palette, themed: a dataset's categories take it in turn, each built-in
       one its own place (glyphs.ts). Its defaults are the Sahel dataset's colours. */
    --_cat1: var(--sahel-timeline-category-1, #b42318);
    --_cat2: var(--sahel-timeline-category-2, #175cd3);
    --_cat3: var(--sahel-timeline-category-3, #6941c6);
    --_cat4: var(--sahel-timeline-category-4, #b54708);
    --_cat5: var(--sahel-timeline-category-5, #0e7c74);
    --_cat6: var(--sahel-timeline-category-6, #4d7c0f);
    --_cat7: var(--sahel-timeline-category-7, #9e165f);
    --_cat8: var(--sahel-timeline-category-8, #667085);
    --_other: var(--sahel-timeline-category-other, #475467);
    /* A built-in category's colour: one of its own by name, else its place in the palette.
       Declared once: the palette it reads is themed. */
    --_military: var(--sahel-timeline-color-military, var(--_cat1));
    --_diplomacy: var(--sahel-timeline-color-diplomacy, var(--_cat2));
    --_politics: var(--sahel-timeline-color-politics, var(--_cat3));
    --_protest: var(--sahel-timeline-color-protest, var(--_cat4));
    --_media: var(--sahel-timeline-color-media, var(--_cat5));
    --_economy: var(--sahel-timeline-color-economy, var(--_cat6));
    --_violence: var(--sahel-timeline-color-violence, var(--_cat7));
    --_context: var(--sahel-timeline-color-context, var(--_cat8));
    /* The palette's continuation, for categories past the eighth place (and eras without a
       colour): 4.5:1 or more on the background and the surface. Themed with the rest, so it
       lives here; glyphs.ts gives it to the open categories' classes. */
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

  /* Dark on screen only: paper is white (styles/print.ts). */
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  @media screen {
    :host([theme='dark']) {
      ${dark}
    }
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
