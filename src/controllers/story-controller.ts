/**
 * The shell of the story view (`mode="story"`): the view itself (story-view.ts: its keys,
 * swipes, where the focus goes when the slide changes, a controller of its own once made; and
 * render/story.ts, the slide's frame) is a chunk loaded when a timeline is first in that mode,
 * so that pages without it never download it.
 */
import type * as StoryModule from './story-view.js';
import { storyChunk } from './chunks.js';
import type { ElementHost } from './host.js';
import { ChunkController } from './on-demand.js';

export class StoryController extends ChunkController<typeof StoryModule> {
  private impl: StoryModule.StoryView | undefined;

  constructor(
    private readonly el: ElementHost,
    private readonly inputs: StoryModule.StoryInputs,
  ) {
    super(el, storyChunk, (m) => [m.storyStyles]);
  }

  /** The story view while the timeline is in that mode and its chunk has come (asked for until then). */
  view(): StoryModule.StoryView | undefined {
    const m = this.el.mode === 'story' ? this.get() : undefined;
    return m && (this.impl ??= new m.StoryView(this.el, this.inputs));
  }
}
