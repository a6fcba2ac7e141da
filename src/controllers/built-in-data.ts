/**
 * The built-in Sahel data, loaded on demand: a page that brings its own events never
 * downloads it (in the standalone bundle it is a chunk of its own). Loaded once per page,
 * whatever the number of timelines; later timelines get it at once.
 */
import type { Era, Source, TimelineEvent, Translations } from '../dataset/types.js';
import { OnDemand } from './on-demand.js';

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

const chunk = new OnDemand<BuiltInData>(() =>
  import('./built-in-chunk.js').then((m) => ({ events: m.events, sources: m.sources, eras: m.eras, title: m.title, summary: m.summary, translations: m.translations, opening: m.opening })),
);

/** The built-in data if it has arrived. */
export function builtInData(): BuiltInData | undefined {
  return chunk.loaded;
}

/** Loads the built-in data (once). */
export function loadBuiltInData(): Promise<BuiltInData> {
  return chunk.load();
}
