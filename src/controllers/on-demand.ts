/**
 * A chunk imported on demand, once per page whatever the number of timelines: what most
 * pages never use (the Sahel data, the panels, the canvas painter) stays out of the first load.
 */
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
