/**
 * Loading `src`: fetches a file of events (our JSON, a TimelineJS3 file, or a spreadsheet as
 * CSV or TSV), reads and validates it on arrival, and says what failed in terms the notice
 * can word; only the newest URL counts, and a load cut short by a disconnect starts again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImportRead } from '../dataset/import-shared.js';
import type { Media, Source, TimelineEvent, Translations } from '../dataset/types.js';
import type { LoadFailure } from '../render/notice-message.js';
import { runSteps } from '../dataset/steps.js';
import { readTranslations } from '../dataset/item-reader.js';
import { validateEvents, validateEventsInSteps, type ReadAhead, type ValidationIssue } from '../dataset/validate.js';
import { looksLikeSpreadsheet, looksLikeTimelineJS } from '../dataset/file-kinds.js';
import type * as FileReaders from './file-readers.js';
import type { OnDemand } from './on-demand.js';

/** How a file is read: as JSON, as a spreadsheet, or not at all. */
export type FileFormat = 'json' | 'csv' | 'unknown';

/**
 * How to read a file: by its content type (text/csv, text/tab-separated-values, JSON), else
 * its address's extension (.csv, .tsv, .json), else its content (JSON if it parses as JSON, a
 * spreadsheet if its first line looks like a header row). @internal
 */
export function fileFormat(contentType: string | null, url: string, text: string): FileFormat {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/csv' || type === 'text/tab-separated-values') return 'csv';
  if (type === 'application/json' || type.endsWith('+json') || type === 'text/json') return 'json';
  const path = (/^[^?#]*/.exec(url)?.[0] ?? '').toLowerCase();
  if (/\.(csv|tsv)$/.test(path)) return 'csv';
  if (path.endsWith('.json')) return 'json';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    return looksLikeSpreadsheet(text) ? 'csv' : 'unknown';
  }
}

/** What a load of `src` gave: the valid events (none if nothing could be used) and every problem. */
export interface SourceLoad {
  readonly url: string;
  readonly events: readonly TimelineEvent[];
  /** The file's `sources`, when it is an object that has them. */
  readonly sources?: readonly Source[];
  /** The file's `eras` (checked by EraController), `title` and `summary`, when it has them. */
  readonly eras?: unknown;
  readonly title?: string;
  readonly summary?: string;
  /** The file's title card media, checked as an event's is. */
  readonly media?: Media;
  /** The file's title card in other languages. */
  readonly translations?: Translations;
  readonly issues: readonly ValidationIssue[];
  /** How many items the file held. */
  readonly total: number;
  /** Why nothing in the file could be used, when that is so. */
  readonly failure?: LoadFailure;
  /** What validation read of the events, for preparing them. */
  readonly ahead?: ReadAhead;
  /** The field to group by when the page sets no `group-by`: `group`, when the events have one (as TimelineJS3's do). */
  readonly groupBy?: string;
}

const whole = (message: string): ValidationIssue[] => [{ index: null, field: null, message, effect: 'input' }];

/** `group`, when an event has one: TimelineJS3's users expect groups as rows. */
const groupOf = (events: readonly TimelineEvent[]): { groupBy?: string } =>
  events.some((e) => typeof (e as { group?: unknown }).group === 'string') ? { groupBy: 'group' } : {};

/**
 * Loads a file of events from a URL (our JSON, a TimelineJS3 file, or a CSV or TSV
 * spreadsheet) and validates it on arrival. Only the newest URL counts: a slow answer to an
 * older one is dropped. A load cut short by a disconnect starts again on reconnect. Network
 * errors, HTTP errors and files that are neither JSON nor a spreadsheet come back as issues,
 * never as exceptions.
 */
export class SourceController implements ReactiveController {
  private wanted: string | undefined;
  private settled: string | undefined;
  private token = 0;
  private abort: AbortController | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onLoad: (load: SourceLoad) => void,
    /** The readers of spreadsheets and TimelineJS3 files, a chunk loaded when a file needs one. */
    private readonly readers: OnDemand<typeof FileReaders>,
  ) {
    host.addController(this);
  }

  /** Whether a load is under way, or waits for the host to be connected again. */
  get loading(): boolean {
    return this.wanted !== undefined && this.settled !== this.wanted;
  }

  /** Loads `url`, or forgets the source when it is empty. */
  load(url: string | undefined): void {
    this.wanted = url === '' ? undefined : url;
    this.settled = undefined;
    // Whatever the load under way finds, it is no longer wanted.
    this.token++;
    this.abort?.abort();
    this.abort = undefined;
    if (this.wanted) this.start(this.wanted);
  }

  hostConnected(): void {
    if (this.wanted && this.settled !== this.wanted && !this.abort) this.start(this.wanted);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private start(url: string): void {
    const token = ++this.token;
    const abort = new AbortController();
    this.abort = abort;
    const finish = (load: Omit<SourceLoad, 'url'>) => {
      // Cut short (a disconnect, or a newer src): not an answer. A disconnected load starts
      // again on reconnect.
      if (token !== this.token || abort.signal.aborted) return;
      this.settled = url;
      this.abort = undefined;
      this.onLoad({ url, ...load });
    };
    const fail = (failure: LoadFailure, message: string) => {
      finish({ events: [], issues: whole(message), total: 0, failure });
    };
    fetch(url, { signal: abort.signal })
      .then(async (response) => {
        if (!response.ok) {
          fail({ reason: 'status', status: response.status }, `loading ${url} failed: the server answered ${response.status} ${response.statusText}`.trim());
          return;
        }
        const text = await response.text();
        const format = fileFormat(response.headers.get('content-type'), url, text);
        if (format === 'unknown') {
          fail({ reason: 'format' }, `${url} is neither JSON nor a spreadsheet (CSV or TSV with a header row)`);
          return;
        }
        if (format === 'csv') {
          const { readCsv } = await this.readers.load();
          finish(this.imported(url, readCsv(text)));
          return;
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          fail({ reason: 'format' }, `${url} is not valid JSON`);
          return;
        }
        if (looksLikeTimelineJS(body)) {
          const { readTimelineJS } = await this.readers.load();
          finish(this.imported(url, readTimelineJS(body)));
          return;
        }
        const result = runSteps(validateEventsInSteps(body));
        const object = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
        const sources = Array.isArray(object.sources) ? (object.sources as Source[]) : undefined;
        // The title card's media, read as an event's would be (an address that is not
        // http(s) or relative leaves it out).
        const card = object.media !== undefined ? validateEvents([{ id: 'title-card', title: 'title card', start: '2000', media: object.media }]) : undefined;
        const cardMedia = card?.events[0]?.media;
        // The title card's words in other languages, checked as an event's (bad parts left out).
        const translations = readTranslations(object.translations, 'translations', () => undefined);
        const about = {
          ...(object.eras !== undefined && { eras: object.eras }),
          ...(typeof object.title === 'string' && { title: object.title }),
          ...(typeof object.summary === 'string' && { summary: object.summary }),
          ...(cardMedia && { media: cardMedia }),
          ...(translations && { translations }),
        };
        const shapeless = result.issues.some((i) => i.index === null);
        const empty = result.events.length === 0 && result.issues.length === 0;
        const issues = empty ? whole(`${url} holds no events`) : result.issues;
        const failure: LoadFailure | undefined = shapeless ? { reason: 'shape' } : empty ? { reason: 'empty' } : undefined;
        finish({
          events: result.events,
          ahead: result.ahead,
          issues,
          total: result.total,
          ...about,
          ...(sources && { sources }),
          ...(failure && { failure }),
          ...groupOf(result.events),
        });
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        fail({ reason: 'network' }, `loading ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
      });
  }

  /** A spreadsheet's or TimelineJS3 file's reading as a load: its events' issues (with their lines) for the notice; its eras for EraController to check. */
  private imported(url: string, read: ImportRead): Omit<SourceLoad, 'url'> {
    const { data, eventIssues, rawEras, total, ahead } = read;
    const shapeless = eventIssues.some((i) => i.index === null);
    const empty = data.events.length === 0 && eventIssues.length === 0;
    const failure: LoadFailure | undefined = shapeless ? { reason: 'shape' } : empty ? { reason: 'empty' } : undefined;
    return {
      events: data.events,
      ahead,
      issues: empty ? whole(`${url} holds no events`) : eventIssues,
      total,
      ...(rawEras.length > 0 && { eras: rawEras }),
      ...(data.title !== undefined && { title: data.title }),
      ...(data.summary !== undefined && { summary: data.summary }),
      ...(data.media !== undefined && { media: data.media }),
      ...(data.translations !== undefined && { translations: data.translations }),
      ...(failure && { failure }),
      ...groupOf(data.events),
    };
  }
}
