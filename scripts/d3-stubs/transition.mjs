// d3-transition, as far as d3-zoom needs it when no transition ever runs. sahel-timeline
// glides with its own animation frames (src/controllers/zoom-controller.ts), so the standalone
// bundle puts this in d3-transition's place (rollup.config.mjs): the real module brings
// d3-timer and generic attribute and style tweens, none of them used.
// d3-zoom calls interrupt(node) when a gesture starts and selection.interrupt() before it sets
// a transform: with no transition scheduled, both have nothing to stop.
import { selection } from 'd3-selection';

/** Stops the transitions of a node: there are none. */
export function interrupt() {
  return undefined;
}

selection.prototype.interrupt = function () {
  return this;
};
