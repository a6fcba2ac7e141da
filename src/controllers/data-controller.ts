/**
 * Data intake: what the element shows and why. Validates `events`, loads `src` (through the
 * SourceController), reports problems (the notice for readers; `sahel-error` and the console
 * for developers), and keeps the rule that once a page has given `events`, `src` or
 * `pending`, the built-in Sahel data never comes back.
 */
import type { PropertyValues } from 'lit';
import { runSteps } from '../dataset/steps.js';
import { tallyCategories, type Tally } from '../dataset/tally.js';
import type { Media, Source, TimelineEvent, Translations } from '../dataset/types.js';
import type { Words } from '../strings.js';
import { formatIssue, type ReadAhead, type ValidationIssue } from '../dataset/validate.js';
import { TimelineEvents, timelineEvent, type TimelineErrorDetail } from '../events.js';
import type { PreparedTimeline } from '../layout/prepare.js';
import { inLanguage, intake, nameCategories, prepare } from '../pipeline.js';
import { categoryTable, type CategoryTable } from '../render/glyphs.js';
import type { LoadFailure } from '../render/notice-message.js';
import { builtInChunk, noticesChunk as notices, readersChunk, slicesChunk, sourceChunk } from './chunks.js';
import type { ElementHost } from './host.js';
import type { Read } from './slices.js';
import type { SourceController, SourceLoad } from './source-controller.js';

/** What intake reads of the element besides its properties. */
export interface DataHost extends ElementHost {
  /** The language the events are shown in (their translations). */
  readonly readerLanguage: string;
  /** The interface's words: the notice's sentences, the categories' names. */
  readonly words: Words;
}

/** Most issues written to the console for one report; the `sahel-error` detail has them all. */
const CONSOLE_ISSUES = 20;
/**
 * From this many events, `events` are read in short tasks with a progress indication: one
 * task for a million would hold the page for seconds.
 */
export const READ_IN_SLICES_FROM = 200_000;

export class DataController {
  /** Every valid event, in time order. */
  all: PreparedTimeline = prepare([]);
  /** The events shown: `all`, less what the filters hide (the filter stage's output, which the element hands back). */
  prepared: PreparedTimeline = this.all;
  /** What could not be shown, for the notice; cleared when the reader dismisses it. */
  problem: TimelineErrorDetail | undefined;
  /** Why a file could not be used at all, with `problem`. */
  private failure: LoadFailure | undefined;
  private notice: { problem: TimelineErrorDetail; words: Words; text: string } | undefined;
  /** The events as given (validated, in no language in particular), for showing them in another, and what editing changes without the page's `events`. */
  base: { list: readonly TimelineEvent[]; ahead?: ReadAhead } = { list: [] };
  /** The language the events shown are in, and the list shown. */
  private localizedFor: string | undefined;
  private shownList: readonly TimelineEvent[] = [];
  /** Reports made, by origin, so that one waiting for the notice's words does not undo a later one. */
  private readonly reports = { events: 0, src: 0 };
  /** Set by `sync` when the events changed only their language (the view keeps its window). */
  relocalized = false;
  /** The words the categories were named with. */
  private namedWith: Words | undefined;
  /** The looks (colour, shape, name) of the categories present. */
  looks: CategoryTable = categoryTable([]);
  /** How many events each category has, counted once per dataset (the legend renders every frame). */
  counts: ReadonlyMap<string, number> = new Map<string, number>();
  /** How many of the events shown name each category, as written. */
  private tally: Tally = new Map();
  /** While a large `events` list is read in slices, the share read (0 to 1). */
  reading: number | undefined;
  private readToken = 0;
  private read: Read | undefined;
  /** What the file `src` named gave: its events and what comes with them. */
  private loaded: Omit<SourceLoad, 'url' | 'issues' | 'total' | 'failure'> | undefined;
  private loadedChanged = false;
  /** Set once the page has given `events` or `src` (or `pending`). */
  private ownData = false;
  /** Whether the events shown are the built-in Sahel data (the page gave none). */
  showingBuiltIn = false;
  /** The built-in data is on its way (shown when it arrives, unless the page gave its own). */
  private awaitingBuiltIn = false;
  private builtInArrived = false;
  /** The loader of `src`, once its chunk has come. */
  private source: SourceController | undefined;
  /** The `src` to load, while the loader's chunk is on its way. */
  private wantedSrc: string | undefined;

  constructor(private readonly host: DataHost) {}

  /** Whether the plot waits for data: a `src` loading, or `pending` with nothing given yet. */
  get loading(): boolean {
    const h = this.host;
    const src = this.source ? this.source.loading : this.wantedSrc !== undefined;
    return src || (h.pending && h.events === undefined && !h.src) || (this.awaitingBuiltIn && !this.ownData);
  }

  private readonly onLoad = (load: SourceLoad): void => {
    if (load.events.length > 0) {
      this.loaded = {
        events: load.events,
        ...(load.sources && { sources: load.sources }),
        ...(load.ahead && { ahead: load.ahead }),
        ...(load.eras !== undefined && { eras: load.eras }),
        ...(load.title !== undefined && { title: load.title }),
        ...(load.summary !== undefined && { summary: load.summary }),
        ...(load.media !== undefined && { media: load.media }),
        ...(load.translations !== undefined && { translations: load.translations }),
        ...(load.groupBy !== undefined && { groupBy: load.groupBy }),
      };
      this.loadedChanged = true;
    }
    this.report('src', load.issues, load.total, load.events.length, load.failure);
    this.host.requestUpdate();
  };

  /** Loads `url` (or forgets the source), fetching the loader first if need be. */
  private loadSrc(url: string | undefined): void {
    if (this.source) {
      this.source.load(url);
      return;
    }
    this.wantedSrc = url === '' ? undefined : url;
    if (!this.wantedSrc) return;
    sourceChunk.load().then(
      ({ SourceController }) => {
        this.source ??= new SourceController(this.host, this.onLoad, readersChunk);
        const wanted = this.wantedSrc;
        this.wantedSrc = undefined;
        this.source.load(wanted);
      },
      (error: unknown) => {
        const url = this.wantedSrc;
        this.wantedSrc = undefined;
        if (!url) return;
        const message = `loading ${url} failed: ${error instanceof Error ? error.message : String(error)}`;
        this.onLoad({ url, events: [], issues: [{ index: null, field: null, message, effect: 'input' }], total: 0, failure: { reason: 'network' } });
      },
    );
  }

  /** The eras of the file `src` read, or the Sahel dataset's when it is shown (unchecked: see EraController). */
  get eras(): unknown {
    return this.loaded ? this.loaded.eras : this.showingBuiltIn ? builtInChunk.loaded?.eras : undefined;
  }

  /** The window the built-in story opens on, when it is shown (partial dates). */
  get opening(): { readonly start: string; readonly end: string } | undefined {
    return this.showingBuiltIn ? builtInChunk.loaded?.opening : undefined;
  }

  /** The title card of the file `src` read, or the Sahel dataset's when it is shown (with their translations). */
  get about(): { title?: string; summary?: string; media?: Media; translations?: Translations } {
    if (this.loaded) {
      const { title, summary, media, translations } = this.loaded;
      return { ...(title !== undefined && { title }), ...(summary !== undefined && { summary }),
        ...(media !== undefined && { media }), ...(translations && { translations }) };
    }
    const built = this.showingBuiltIn ? builtInChunk.loaded : undefined;
    return built ? { title: built.title, summary: built.summary, ...(built.translations && { translations: built.translations }) } : {};
  }

  /** The notice's sentence in these words (the language may have changed since), or nothing. */
  noticeText(words: Words): string {
    const problem = this.problem;
    const m = notices.loaded;
    if (!problem || !m) return '';
    if (this.notice?.problem !== problem || this.notice.words !== words) {
      this.notice = { problem, words, text: m.noticeMessage(words, problem.issues, problem.total, this.failure) };
    }
    return this.notice.text;
  }

  /** The field the file `src` read suggests grouping by (`group`), used when the page sets no `group-by`. */
  get groupBy(): string | undefined {
    return this.loaded?.groupBy;
  }

  /** The sources events cite, for the details panel. */
  get sources(): readonly Source[] {
    return this.host.sources ?? this.loaded?.sources ?? (this.showingBuiltIn ? (builtInChunk.loaded?.sources ?? []) : []);
  }

  /**
   * Brings the data up to date with the host's properties; true when the events shown
   * changed (the view then fits them anew).
   */
  sync(changed: PropertyValues): boolean {
    const h = this.host;
    if (changed.has('src')) {
      this.loadSrc(h.src);
      if (!h.src) this.loaded = undefined;
    }
    // A page that gives data, or says it is fetching some, never gets ours again.
    if (h.events !== undefined || h.src || h.pending) this.ownData = true;
    this.relocalized = false;
    const loadedChanged = this.loadedChanged || this.builtInArrived;
    this.loadedChanged = false;
    this.builtInArrived = false;
    if (this.read && !changed.has('events')) return this.applyRead(this.read);
    if (
      changed.has('events') ||
      loadedChanged ||
      !h.hasUpdated ||
      // A src set from script, or pending, takes the built-in data away at once; a new src
      // leaves the page's own events in view until it has loaded, and src removed leaves
      // nothing when the page gives no events. Otherwise what is shown stays, with its zoom.
      ((changed.has('src') || changed.has('pending')) && this.showingBuiltIn) ||
      (changed.has('src') && !h.src && h.events === undefined)
    ) {
      return this.setData();
    }
    // New words for the events when they have some in this language; the categories are named
    // in the new language either way.
    if (h.readerLanguage !== this.localizedFor && this.relocalize()) return true;
    if (changed.has('categories') || h.words !== this.namedWith) this.updateCategories(this.tally);
    return false;
  }

  private setData(): boolean {
    const h = this.host;
    let list: readonly TimelineEvent[];
    /** What validation read of `list`, when it was validated here or on loading. */
    let ahead: ReadAhead | undefined;
    // A newer list (or none) makes a read in progress useless.
    this.readToken++;
    this.reading = undefined;
    this.read = undefined;
    // A page's script may hand over anything (null, an object): only a long list is read in slices.
    if (Array.isArray(h.events) && h.events.length >= READ_IN_SLICES_FROM) {
      this.readLarge(h.events);
      // What the page showed stays meanwhile; the built-in data goes at once.
      if (!this.showingBuiltIn) return false;
      list = [];
    } else if (h.events !== undefined) {
      const result = intake(h.events);
      this.report('events', result.issues, result.total, result.events.length);
      // Data with problems and nothing usable never blanks what the page showed before (but
      // it does take the built-in data away: that was never the page's).
      if (result.events.length === 0 && result.issues.length > 0 && h.hasUpdated && !this.showingBuiltIn) return false;
      list = result.events;
      ahead = result.ahead;
    } else {
      // Back from `events` to `src` or the built-in data: a notice about `events` is stale.
      if (this.problem?.origin === 'events') this.problem = undefined;
      if (this.loaded) {
        list = this.loaded.events;
        ahead = this.loaded.ahead;
      } else if (this.ownData) {
        // Loading, or the load failed, or the page took its events away: nothing, never the
        // built-in data instead.
        list = [];
      } else {
        list = this.builtIn();
        this.problem = undefined;
      }
    }
    this.base = { list, ...(ahead && { ahead }) };
    this.localizedFor = h.readerLanguage;
    const shown = inLanguage(list, this.localizedFor);
    return this.show(list, prepare(shown, ahead), shown);
  }

  /**
   * The same events in the reader's new language (their translations), without validating
   * or reporting them again; true when their words changed.
   */
  private relocalize(): boolean {
    this.localizedFor = this.host.readerLanguage;
    const { list, ahead } = this.base;
    const shown = inLanguage(list, this.localizedFor);
    if (shown === this.shownList) return false;
    this.relocalized = true;
    return this.show(list, prepare(shown, ahead), shown, this.tally);
  }

  /** Makes `list` (as `shown`, in the reader's language, and prepared) the events shown; true, as the view fits them anew. */
  private show(list: readonly TimelineEvent[], prepared: PreparedTimeline, shown: readonly TimelineEvent[],
    tally: Tally = runSteps(tallyCategories(list))): boolean {
    const h = this.host;
    this.shownList = shown;
    this.showingBuiltIn = list === builtInChunk.loaded?.events;
    this.all = prepared;
    this.prepared = prepared;
    this.updateCategories(tally);
    // An empty list is data on its way (src, pending, the built-in chunk): a `selected` the
    // page set waits for it.
    if (h.selected !== null && list.length > 0 && !prepared.orderOf.has(h.selected)) h.selected = null;
    return true;
  }

  /** Validates and prepares a large list in short tasks, saying how far it has got. */
  private readLarge(events: readonly unknown[]): void {
    const token = this.readToken;
    const h = this.host;
    this.reading = 0;
    const progress = (share: number) => {
      // In tenths: the percentage is shown and announced, and a reader needs no more.
      const tenths = Math.floor(share * 10) / 10;
      if (tenths === this.reading) return;
      this.reading = tenths;
      h.requestUpdate();
    };
    const cancelled = () => token !== this.readToken;
    void (async () => {
      // Only pages with hundreds of thousands of events need this: a chunk of its own.
      const { readInSlices } = await slicesChunk.load();
      if (cancelled()) return;
      const read = await readInSlices(events, progress, cancelled);
      // A read cut short by a newer list comes back as the CANCELLED symbol.
      if (typeof read === 'symbol') return;
      this.read = read;
      h.requestUpdate();
    })().catch((error: unknown) => {
      if (token !== this.readToken) return;
      this.reading = undefined;
      console.warn('<sahel-timeline> the events could not be read:', error);
      h.requestUpdate();
    });
  }

  /** Shows a list read in slices, as `setData` shows one read at once. */
  private applyRead({ result, prepared, tally }: Read): boolean {
    this.read = undefined;
    this.reading = undefined;
    this.report('events', result.issues, result.total, result.events.length);
    if (result.events.length === 0 && result.issues.length > 0 && !this.showingBuiltIn && this.all.events.length > 0) return false;
    this.base = { list: result.events, ahead: result.ahead };
    this.localizedFor = this.host.readerLanguage;
    const shown = inLanguage(result.events, this.localizedFor);
    return this.show(result.events, shown === result.events ? prepared : prepare(shown, result.ahead), shown, tally);
  }

  /** The built-in events, or none while their chunk loads (the host updates when it arrives). */
  private builtIn(): readonly TimelineEvent[] {
    const ready = builtInChunk.loaded;
    if (ready) return ready.events;
    if (!this.awaitingBuiltIn) {
      this.awaitingBuiltIn = true;
      builtInChunk.load().then(
        () => {
          this.awaitingBuiltIn = false;
          // The page may have given its own data meanwhile: then ours stays away.
          if (this.ownData) return;
          this.builtInArrived = true;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.awaitingBuiltIn = false;
          console.warn('<sahel-timeline> the built-in events could not be loaded:', error);
          this.host.requestUpdate();
        },
      );
    }
    return [];
  }

  /** The looks and counts of the categories present, from how many events name each. */
  private updateCategories(tally: Tally): void {
    this.tally = tally;
    this.namedWith = this.host.words;
    ({ looks: this.looks, counts: this.counts } = nameCategories(tally, this.host.categories ?? [], this.namedWith.strings));
  }

  private report(origin: 'events' | 'src', issues: readonly ValidationIssue[], total: number, shown: number, failure?: LoadFailure): void {
    const token = ++this.reports[origin];
    if (issues.length === 0) {
      if (this.problem?.origin === origin) this.problem = undefined;
      return;
    }
    const usable = shown > 0 || (!this.showingBuiltIn && this.all.events.length > 0);
    const m = notices.loaded;
    if (!m) {
      // The sentence's words come first (then the report, as it would have been made now).
      notices.load().then(
        () => { this.deliver(token, origin, issues, total, shown, usable, failure); },
        (error: unknown) => { console.warn('<sahel-timeline> data could not be shown as given:', issues, error); },
      );
      return;
    }
    this.deliver(token, origin, issues, total, shown, usable, failure);
  }

  private deliver(token: number, origin: 'events' | 'src', issues: readonly ValidationIssue[], total: number, shown: number, usable: boolean, failure?: LoadFailure): void {
    const m = notices.loaded as NonNullable<typeof notices.loaded>;
    // Readers get a sentence in their words; developers the index and field of each issue.
    const message = m.noticeMessage(this.host.words, issues, total, failure);
    const detail: TimelineErrorDetail = { origin, issues, total, shown, usable, message };
    const listed = issues.slice(0, CONSOLE_ISSUES).map(formatIssue);
    if (issues.length > CONSOLE_ISSUES) listed.push(`…and ${issues.length - CONSOLE_ISSUES} more: see the sahel-error event's detail.issues.`);
    console.warn(`<sahel-timeline> ${origin}: ${message || 'some values were kept as given.'}\n${listed.join('\n')}`);
    // Values kept as given cost the reader nothing: no notice for them alone. A report made
    // while the notice's words were on their way leaves the notice to any later one.
    if (token === this.reports[origin]) {
      this.failure = failure;
      if (message) this.problem = detail;
      else if (this.problem?.origin === origin) this.problem = undefined;
      this.host.requestUpdate();
    }
    this.host.dispatchEvent(timelineEvent(TimelineEvents.error, detail));
  }
}
