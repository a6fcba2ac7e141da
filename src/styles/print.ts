/**
 * Printing: the window on screen across the paper's width, black on white whatever the theme,
 * with the legend, the eras and the open details, and no controls. (The export panel hides
 * itself: render/export.ts.)
 */
import { css } from 'lit';

export const print = css`
  @media print {
    /* The dark theme is the screen's (tokens.ts): the light one's colours hold, the page's own
       category and link colours with them; its text and background do not. */
    :host {
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_grid: #999;
      /* Bars, glyphs and era bands are backgrounds, which browsers leave out by default. */
      print-color-adjust: exact;
    }
    .buttons,
    .search:has(input:placeholder-shown),
    .control,
    .keys,
    .hint,
    .chevron,
    .details .link {
      display: none !important;
    }
    /* A search that filters the view prints as the words it looks for. */
    .toolbar .search input {
      border: 0;
      padding: 0;
      background: none;
    }
    /* The plot is laid out for the paper (print-controller.ts; at its width on screen where a
       page prints without beforeprint) and scaled to the width the paper gives it, or less
       where it would then be taller than a page (landscape): the whole window, whatever the
       paper. --_k is that scale, 100cqi / --_laid-width as a number (tan(atan2(a, b)) is
       a / b). A transform, not zoom: Firefox leaves SVG out of a zoomed box on paper. The box
       keeps its laid-out size, so the margin below it makes its height the scaled one (100%
       is the frame's width, times height / width: Firefox reads cqi against the page there),
       and what it overflows the frame by, before scaling, is clipped. */
    .frame {
      container-type: inline-size;
      overflow-x: clip;
    }
    /* The range the toolbar states goes with the plot to its page. */
    .toolbar {
      break-after: avoid;
    }
    .plot {
      --_page: calc(100vh - 48px);
      --_k: min(tan(atan2(100cqi, var(--_laid-width))), tan(atan2(var(--_page), var(--_fit-height))));
      inline-size: var(--_laid-width, auto);
      block-size: var(--_fit-height);
      max-block-size: none;
      margin: 0 auto calc(min(100% * tan(atan2(var(--_fit-height), var(--_laid-width))), var(--_page)) - var(--_fit-height)) 0;
      transform: scale(var(--_k));
      transform-origin: 0 0;
      break-inside: avoid;
    }
  }
`;
