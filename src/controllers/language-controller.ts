/**
 * The element's language and its words: `locale`, else the nearest `lang`, else the
 * browser's language; the built-in table for it (French is a chunk, fetched when first
 * needed), with the page's `strings` over it. A `lang` attribute changed anywhere in the
 * document updates the timelines, whose language may come from an ancestor.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtInLanguage, en, Words } from '../strings.js';
import { frenchChunk as french, mergeChunk as merging } from './chunks.js';
import type { OnDemand } from './on-demand.js';

/** What the controller reads of the element. */
export interface LanguageHost extends ReactiveControllerHost, HTMLElement {
  locale: string | undefined;
  strings: unknown;
}

/** The connected timelines, told when a `lang` attribute changes; one observer for them all (it stays: one per page). */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

export class LanguageController implements ReactiveController {
  private cached = new Words(en, undefined);
  private from: readonly unknown[] = [en];
  private readonly asked = new Set<object>();

  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => {
      for (const h of hosts) h.requestUpdate();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** `locale`, else the nearest `lang`; undefined when neither says (Intl then uses the browser's). */
  get language(): string | undefined {
    const h = this.host;
    const lang = (h.locale ?? h.closest('[lang]')?.getAttribute('lang'))?.trim();
    return lang === '' ? undefined : lang;
  }

  /** The language the reader reads: the element's, else the browser's. */
  get reader(): string {
    return this.language ?? navigator.language;
  }

  /** False while the words of the element's language, or the page's, are on their way. */
  get ready(): boolean {
    return this.wanted() === undefined;
  }

  /** The words in the element's language: the built-in table (English until French has come), the page's `strings` over it. */
  get words(): Words {
    const waiting = this.wanted();
    if (waiting && !this.asked.has(waiting)) {
      this.asked.add(waiting);
      // English (or the page's words over it once they can be) rather than nothing meanwhile;
      // English too if the chunk cannot be had.
      waiting.load().then(() => { this.host.requestUpdate(); }, (error: unknown) => { console.warn('<sahel-timeline>', error); this.host.requestUpdate(); });
    }
    const base = builtInLanguage(this.reader) === 'fr' ? (french.loaded ?? en) : en;
    const given = this.host.strings;
    const locale = this.language;
    const merge = merging.loaded;
    // A page (or a framework) may hand over the same words in a new object on every render.
    if (this.from[1] !== given && this.from[3] !== undefined && this.from[3] === text(given)) this.from = [this.from[0], given, this.from[2], this.from[3]];
    if (this.from[0] !== base || this.from[1] !== given || this.from[2] !== merge || this.cached.locale !== locale) {
      this.from = [base, given, merge, text(given)];
      this.cached = new Words(merge && given ? merge.mergeStrings(base, given) : base, locale);
    }
    return this.cached;
  }

  /** The chunk the words wait for, if any. */
  private wanted(): OnDemand<unknown> | undefined {
    if (builtInLanguage(this.reader) === 'fr' && !french.loaded && !french.failed) return french;
    if (this.host.strings && !merging.loaded && !merging.failed) return merging;
    return undefined;
  }
}

/** A page's words as text, to tell the same words in a new object; undefined if they cannot be written. */
function text(given: unknown): string | undefined {
  try {
    return given ? JSON.stringify(given) : undefined;
  } catch {
    return undefined;
  }
}
