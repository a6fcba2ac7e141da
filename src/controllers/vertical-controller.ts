/**
 * The shell of the vertical layout (`orientation="vertical"`): its packing, painter and
 * styles (render/vertical.ts) are a chunk loaded when a timeline is first vertical, so that
 * pages without it never download it. Until it has come the plot is empty, as with lanes.
 */
import type * as VerticalModule from '../render/vertical.js';
import { verticalChunk } from './chunks.js';
import type { ElementHost } from './host.js';
import { ChunkController } from './on-demand.js';

export class VerticalController extends ChunkController<typeof VerticalModule> {
  constructor(private readonly el: ElementHost) {
    super(el, verticalChunk, (m) => [m.verticalStyles]);
  }

  /** The chunk while the timeline is vertical and it has come (asked for until then). */
  module(): typeof VerticalModule | undefined {
    return this.el.orientation === 'vertical' ? this.get() : undefined;
  }
}
