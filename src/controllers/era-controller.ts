/**
 * Eras: the page's (`eras`), those of a file `src` read, or the Sahel dataset's when it is
 * shown; checked once per list (problems fire `sahel-error` with `origin: 'eras'`), then laid
 * out as the view moves. Their checking, layout, drawing and styles are a chunk of their own
 * (render/eras.ts), loaded when a timeline first has eras.
 */
import type { PropertyValues } from 'lit';
import type { EraBand, MeasureTitle, PreparedEra } from '../layout/eras.js';
import type { ViewScale } from '../layout/pack.js';
import type * as Eras from '../render/eras.js';
import { erasChunk } from './chunks.js';
import type { ElementHost } from './host.js';
import { ChunkController } from './on-demand.js';

/** What the eras read of the element besides its properties. */
export interface EraHost extends ElementHost {
  /** The language the eras' titles are shown in (their translations). */
  readonly readerLanguage: string;
}

/** Where eras come from when the page gives none, and what they are laid out against. */
export interface EraInputs {
  /** The eras of the file `src` read, or the built-in data's when it is shown (unchecked). */
  given: () => unknown;
  /** The data's first and last instants (an era left open runs to the end of the data). */
  extent: () => readonly [number, number] | null;
}

export type ErasModule = typeof Eras;

export class EraController {
  /** The eras drawn, in order of start. */
  list: readonly PreparedEra[] = [];
  /** The list they were made from, and the data's extent then, to check each list once. */
  private from: unknown;
  private extent: readonly [number, number] | null = null;
  private waiting = false;
  /** The language their titles were shown in. */
  private lang: string | undefined;

  private readonly chunked: ChunkController<ErasModule>;

  constructor(
    private readonly host: EraHost,
    private readonly inputs: EraInputs,
  ) {
    this.chunked = new ChunkController(host, erasChunk, (m) => [m.eraStyles]);
  }

  /** How many lines the eras' titles take above the axis (overlapping eras stack their titles). */
  get lines(): number {
    let most = 0;
    for (const e of this.list) most = Math.max(most, e.level + 1);
    return most;
  }

  /** The chunk, once loaded. */
  get chunk(): ErasModule | undefined {
    return erasChunk.loaded;
  }

  /** Brings the eras up to date with the page's, the file's or the built-in ones (after DataController.sync). */
  sync(changed: PropertyValues, dataChanged: boolean): void {
    const lang = this.host.readerLanguage;
    if (!dataChanged && !changed.has('eras') && !this.waiting && lang === this.lang) return;
    const given = this.host.eras ?? this.inputs.given();
    const extent = this.inputs.extent();
    if (given === this.from && extent === this.extent && lang === this.lang) return;
    if (given === undefined || given === null || (Array.isArray(given) && given.length === 0)) {
      this.list = [];
      this.from = given;
      this.waiting = false;
      return;
    }
    const m = this.chunked.get();
    this.waiting = !m;
    if (!m) return;
    const fresh = given !== this.from;
    this.from = given;
    this.extent = extent;
    this.lang = lang;
    this.list = m.checkEras(this.host, given, lang, extent?.[1], fresh);
  }

  /** The bands of the eras in view, their titles placed with widths from `measure`. */
  bands(x: ViewScale, width: number, measure: MeasureTitle): EraBand[] {
    const m = erasChunk.loaded;
    return this.list.length > 0 && m ? m.eraBands(this.list, x, width, measure) : [];
  }
}
