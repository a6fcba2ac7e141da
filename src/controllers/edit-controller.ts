/**
 * Editing in place (`editable`): a shell. The editing chunk (edit/edit-chunk.ts) brings the
 * editor (its keys, pointer, form, history and words) when a timeline is first editable; this
 * shell says whether it has come, and whether an update shows an edit it made (the window
 * then stays where the reader was).
 */
import type { PropertyValues } from 'lit';
import type { TimelineEvent } from '../dataset/types.js';
import type * as EditChunk from '../edit/edit-chunk.js';
import type { Editor, EditHost, EditInputs } from '../edit/editor.js';
import { editChunk } from './chunks.js';
import { ChunkController } from './on-demand.js';

export type EditModule = typeof EditChunk;
export type { EditHost, EditInputs };

export class EditController {
  /** Whether the update under way shows a list the editor set (an edit, an undo or a redo). */
  edited = false;
  /** The list the editor set last. */
  private made: readonly TimelineEvent[] | undefined;
  private impl: Editor | undefined;
  private readonly chunked: ChunkController<EditModule>;

  constructor(
    private readonly host: EditHost,
    private readonly inputs: EditInputs,
  ) {
    this.chunked = new ChunkController(host, editChunk, (m) => [m.editStyles]);
  }

  /** The editor while the timeline is `editable`, once its chunk has come (asked for until then). */
  get editor(): Editor | undefined {
    if (!this.host.editable && !this.impl) return undefined;
    const m = this.chunked.get(this.host.editable);
    if (m) this.impl ??= new m.Editor(this.host, this.inputs, (list) => { this.made = list; });
    return this.host.editable ? this.impl : undefined;
  }

  /** The editing chunk (what the editor draws), once it has come. */
  get chunk(): EditModule | undefined {
    return editChunk.loaded;
  }

  /** Notes, at the start of an update, whether it shows the editor's list. */
  sync(changed: PropertyValues): void {
    this.edited = changed.has('events') && this.made !== undefined && this.host.events === this.made;
    // The chunk is asked for as soon as the timeline is editable.
    if (this.host.editable) this.chunked.get();
  }
}
