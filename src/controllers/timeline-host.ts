/**
 * What the export chunk (render/export.ts) reads of the element to picture it: its properties
 * and the state its behaviours derived (the intake, the view's layout, the lanes), read-only.
 * The behaviours themselves see far less (controllers/host.ts): no controller takes this.
 */
import type { Media } from '../dataset/types.js';
import type { Words } from '../strings.js';
import type { DataController } from './data-controller.js';
import type { ElementHost } from './host.js';
import type { LaneController } from './lane-controller.js';
import type { ViewController } from './view-controller.js';

export interface TimelineHost extends ElementHost {
  readonly data: DataController;
  readonly grouping: LaneController;
  readonly view: ViewController;
  /** The interface's words in the element's language. */
  readonly words: Words;
  /** The title card as shown: the page's heading, summary and media, else the data's in the reader's language. */
  titleCard(): { title?: string; summary?: string; media?: Media };
}
