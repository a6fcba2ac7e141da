/**
 * Printing: the view as it is and the open details, black on white, without the toolbar's
 * buttons and search box. (The export panel hides itself: render/export.ts.)
 */
import { css } from 'lit';

export const print = css`
  @media print {
    :host,
    :host([theme]) {
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_grid: #999;
      print-color-adjust: exact;
    }
    .buttons,
    .search {
      display: none !important;
    }
    .plot {
      break-inside: avoid;
    }
  }
`;
