/**
 * The gesture painter's styles (render/ink.ts), adopted into a timeline's shadow root when the
 * painter arrives: while a gesture moves the view, the plot's marks and the toolbar's range
 * are drawn on canvases, shown over their buttons and text, which keep the layout the gesture
 * started from, hidden. The canvases are hidden by the element's own styles until then.
 */
import { css } from 'lit';

export const inkStyles = css`
  .ink {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    pointer-events: none;
  }
  .plot.inking > .ink {
    display: block;
  }
  /* Hidden by opacity, not visibility: screen readers keep the buttons where they were
     instead of losing them and finding them again around every gesture. */
  .plot.inking > .marks,
  .plot.inking > .grid {
    opacity: 0;
    pointer-events: none;
  }
  /* The range is drawn on its own canvas too: writing its text would cost the page a frame
     of style, layout and paint at every step. The empty box marks the text's baseline. */
  .toolbar .range {
    position: relative;
  }
  .range > .baseline {
    display: inline-block;
    inline-size: 0;
    block-size: 0;
  }
  .range-ink {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    pointer-events: none;
  }
  .range.inking {
    color: transparent;
  }
  .range.inking > .range-ink {
    display: block;
  }
`;
