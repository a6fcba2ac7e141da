/**
 * What the element's behaviours see of it: its public properties (from the one class that
 * declares them) and the controllers it composes. Each controller takes this host, so it can
 * be read with this page and its own file, without the element.
 */
import type { Media } from '../dataset/types.js';
import type { Words } from '../strings.js';
import type { TimelineProperties } from '../timeline-properties.js';
import type { DataController } from './data-controller.js';
import type { FilterController } from './filter-controller.js';
import type { LaneController } from './lane-controller.js';
import type { EraController } from './era-controller.js';
import type { HashController } from './hash-controller.js';
import type { NavigationController } from './navigation-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { ViewController } from './view-controller.js';

export interface TimelineHost extends TimelineProperties {
  readonly data: DataController;
  readonly filters: FilterController;
  readonly grouping: LaneController;
  readonly periods: EraController;
  readonly links: HashController;
  /** Says a text once to screen readers (the polite live region). */
  announce(text: string): void;
  readonly view: ViewController;
  readonly nav: NavigationController;
  readonly selection: SelectionController;
  /** The interface's words in the element's language. */
  readonly words: Words;
  /** The element's language: `locale`, else the nearest `lang`. */
  readonly language: string | undefined;
  /** The language the dataset is shown in (its translations): the element's, else the browser's. */
  readonly readerLanguage: string;
  /** False while the words of the element's language are on their way. */
  readonly wordsReady: boolean;
  /** The title card as shown: the page's heading, summary and media, else the data's in the reader's language. */
  titleCard(): { title?: string; summary?: string; media?: Media };
}
