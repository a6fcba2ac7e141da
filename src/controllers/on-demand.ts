/**
 * A chunk imported on demand, once per page whatever the number of timelines (OnDemand; the
 * chunks are listed in chunks.ts), and one timeline's use of a chunk it renders with
 * (ChunkController): what most pages never use stays out of the first load.
 */
import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';
import { adoptChunkStyles } from './chunk-styles.js';

export class OnDemand<M> {
  /** What the import gave, once it has come. */
  loaded: M | undefined;
  /** Set once the import failed (offline, or the site deployed anew). */
  failed = false;
  private loading: Promise<M> | undefined;

  constructor(private readonly importer: () => Promise<M>) {}

  /** Imports the chunk (the first call does; later ones share its promise). */
  load(): Promise<M> {
    this.loading ??= this.importer().then(
      (m) => (this.loaded = m),
      (error: unknown) => {
        this.failed = true;
        throw error;
      },
    );
    return this.loading;
  }
}

/**
 * A chunk as one timeline renders with it: `get()` gives it once it has come, its styles
 * adopted into the timeline's shadow root after the element's own; until then it asks for it,
 * and the timeline updates when it comes.
 */
export class ChunkController<M> {
  constructor(
    protected readonly host: ReactiveControllerHost & { readonly shadowRoot: ShadowRoot | null },
    private readonly chunk: OnDemand<M>,
    private readonly styles: (m: M) => readonly CSSResultOrNative[],
  ) {}

  /** The chunk, if it has come (its styles adopted); else undefined, and when `want`, asked for. */
  get(want = true): M | undefined {
    const m = this.chunk.loaded;
    if (m) {
      adoptChunkStyles(this.host.shadowRoot, this.styles(m));
      return m;
    }
    if (want) {
      void this.chunk.load().then(() => {
        this.host.requestUpdate();
      });
    }
    return undefined;
  }
}
