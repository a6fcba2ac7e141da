/**
 * Loading `src`: fetches a file of events, validates it on arrival, and says what failed in
 * terms the notice can word; only the newest URL counts, and a load cut short by a disconnect
 * starts again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Media, Source, TimelineEvent } from '../dataset/types.js';
import type { LoadFailure } from '../render/notice-message.js';
import { runSteps } from '../dataset/steps.js';
import { validateEvents, validateEventsInSteps, type ReadAhead, type ValidationIssue } from '../dataset/validate.js';

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
  readonly issues: readonly ValidationIssue[];
  /** How many items the file held. */
  readonly total: number;
  /** Why nothing in the file could be used, when that is so. */
  readonly failure?: LoadFailure;
  /** What validation read of the events, for preparing them. */
  readonly ahead?: ReadAhead;
}

const whole = (message: string): ValidationIssue[] => [{ index: null, field: null, message, effect: 'input' }];

/**
 * Loads a JSON file of events from a URL and validates it on arrival. Only the newest URL
 * counts: a slow answer to an older one is dropped. A load cut short by a disconnect
 * starts again on reconnect. Network errors, HTTP errors and bodies that are not JSON
 * come back as issues, never as exceptions.
 */
export class SourceController implements ReactiveController {
  private wanted: string | undefined;
  private settled: string | undefined;
  private token = 0;
  private abort: AbortController | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onLoad: (load: SourceLoad) => void,
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
        let body: unknown;
        try {
          body = await response.json();
        } catch {
          fail({ reason: 'format' }, `${url} is not valid JSON`);
          return;
        }
        const result = runSteps(validateEventsInSteps(body));
        const object = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
        const sources = Array.isArray(object.sources) ? (object.sources as Source[]) : undefined;
        // The title card's media, read as an event's would be (an address that is not
        // http(s) or relative leaves it out).
        const card = object.media !== undefined ? validateEvents([{ id: 'title-card', title: 'title card', start: '2000', media: object.media }]) : undefined;
        const cardMedia = card?.events[0]?.media;
        const about = {
          ...(object.eras !== undefined && { eras: object.eras }),
          ...(typeof object.title === 'string' && { title: object.title }),
          ...(typeof object.summary === 'string' && { summary: object.summary }),
          ...(cardMedia && { media: cardMedia }),
        };
        const shapeless = result.issues.some((i) => i.index === null);
        const empty = result.events.length === 0 && result.issues.length === 0;
        const issues = empty ? whole(`${url} holds no events`) : result.issues;
        const failure: LoadFailure | undefined = shapeless ? { reason: 'shape' } : empty ? { reason: 'empty' } : undefined;
        finish({ events: result.events, ahead: result.ahead, issues, total: result.total, ...about, ...(sources && { sources }), ...(failure && { failure }) });
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        fail({ reason: 'network' }, `loading ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
      });
  }
}
