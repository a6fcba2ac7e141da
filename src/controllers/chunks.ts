/**
 * Every part of the timeline that most pages never use, each a chunk of the bundle imported
 * on demand, once per page whatever the number of timelines (OnDemand), and said here once:
 * what it is, and when it is asked for. A timeline renders with a chunk through a
 * ChunkController (on-demand.ts); tests load them ahead (test/helpers.ts).
 */
import type { Era, Source, TimelineEvent, Translations } from '../dataset/types.js';
import { OnDemand } from './on-demand.js';

/** The built-in Sahel data. */
export interface BuiltInData {
  readonly events: readonly TimelineEvent[];
  readonly sources: readonly Source[];
  readonly eras: readonly Era[];
  readonly title: string;
  readonly summary: string;
  /** The title card in other languages. */
  readonly translations?: Translations;
  /** The window the story opens on (partial dates). */
  readonly opening: { readonly start: string; readonly end: string };
}

/** The Sahel data: when a timeline is given no `events`, `src` or `pending`. */
export const builtInChunk = new OnDemand<BuiltInData>(() =>
  import('./built-in-chunk.js').then((m) => ({ events: m.events, sources: m.sources, eras: m.eras, title: m.title, summary: m.summary, translations: m.translations, opening: m.opening })),
);

/** The notice's sentences: with the first problem to report. */
export const noticesChunk = new OnDemand(() => import('../render/notice-message.js'));

/** Loading `src`: when a timeline first has one. */
export const sourceChunk = new OnDemand(() => import('./source-controller.js'));

/** The readers of spreadsheets and TimelineJS3 files: when `src` is one. */
export const readersChunk = new OnDemand(() => import('./file-readers.js'));

/** Reading 200,000 events or more in short tasks: when a page gives that many. */
export const slicesChunk = new OnDemand(() => import('./slices.js'));

/** The search index: when the search box first gets the focus, or a query is first set. */
export const searchChunk = new OnDemand(() => import('../dataset/search.js'));

/** The French words: when a timeline's language is French. */
export const frenchChunk = new OnDemand(() => import('../strings-fr.js').then((m) => m.fr));

/** A page's `strings` over a built-in table: when a page gives some. */
export const mergeChunk = new OnDemand(() => import('../strings-merge.js'));

/** The keys panel, the details and a cluster's list: when a reader first points at or focuses a timeline, or a panel is wanted. */
export const panelsChunk = new OnDemand(() => import('../render/panels.js'));

/** The canvas a gesture draws on, and its worker: when the page is first idle after a timeline is drawn, or a pointer comes over the plot. */
export const inkChunk = new OnDemand(() => import('../render/ink.js'));

/** Eras: checking, layout, bands, list and styles: when a timeline first has eras. */
export const erasChunk = new OnDemand(() => import('../render/eras.js'));

/** Lanes: grouping, packing, drawing and styles: when a timeline first groups (`group-by`). */
export const lanesChunk = new OnDemand(() => import('../render/lanes.js'));

/** The URL's handling: when a timeline first has `hash`. */
export const urlHashChunk = new OnDemand(() => import('./url-hash.js'));

/** Play's walk through the events: when a timeline first plays. */
export const playerChunk = new OnDemand(() => import('./player.js'));

/** Pictures of the view and the export panel: when `toSVG()` or `toPNG()` is first called, or the panel opened. */
export const exportChunk = new OnDemand(() => import('../render/export.js'));

/** d3-zoom's wheel, drag and pinch: when the page is first idle after a timeline is drawn, or the reader first comes to the plot. */
export const zoomChunk = new OnDemand(() => import('./zoom-gestures.js'));

/** The vertical layout's packing, painter and styles: when a timeline is first `orientation="vertical"`. */
export const verticalChunk = new OnDemand(() => import('../render/vertical.js'));

/** The story view's slide, its buttons, keys and swipes, and its styles: when a timeline is first in `mode="story"`. */
export const storyChunk = new OnDemand(() => import('./story-view.js'));

/** Editing in place: the editor's keys, pointer, form, history, words and styles: when a timeline is first `editable`. */
export const editChunk = new OnDemand(() => import('../edit/edit-chunk.js'));
