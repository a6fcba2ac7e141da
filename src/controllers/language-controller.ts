/**
 * The element's language and its words: `locale`, else the nearest `lang`, else the
 * browser's language; the built-in table for it (French is a chunk, fetched when first
 * needed), with the page's `strings` over it. A `lang` attribute changed anywhere in the
 * document updates the timelines, whose language may come from an ancestor.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtInLanguage, en, mergeStrings, Words, type TimelineStrings } from '../strings.js';
import { OnDemand } from './on-demand.js';

const french = new OnDemand(() => import('../strings-fr.js').then((m) => m.fr));

/** What the controller reads of the element. */
export interface LanguageHost extends ReactiveControllerHost, HTMLElement {
  locale: string | undefined;
  strings: unknown;
}

/** The connected timelines, told when a `lang` attribute changes; one observer for them all. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

export class LanguageController implements ReactiveController {
  private cached = new Words(en, undefined);
  private from: readonly [TimelineStrings, unknown] = [en, undefined];
  private failed = false;
  private asked = false;

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
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** `locale`, else the nearest `lang`; undefined when neither says (Intl then uses the browser's). */
  get language(): string | undefined {
    const h = this.host;
    const lang = h.locale ?? h.closest('[lang]')?.getAttribute('lang') ?? undefined;
    return lang && lang.trim() !== '' ? lang.trim() : undefined;
  }

  /** The language the reader reads: the element's, else the browser's. */
  get reader(): string {
    return this.language ?? (typeof navigator === 'undefined' ? 'en' : navigator.language);
  }

  /** False while the built-in table of the element's language is on its way. */
  get ready(): boolean {
    return builtInLanguage(this.reader) === 'en' || french.loaded !== undefined || this.failed;
  }

  /** The words in the element's language: the built-in table (English until French has come), the page's `strings` over it. */
  get words(): Words {
    const base = this.table();
    const given = this.host.strings;
    const locale = this.language;
    if (this.from[0] !== base || this.from[1] !== given || this.cached.locale !== locale) {
      this.from = [base, given];
      this.cached = new Words(mergeStrings(base, given), locale);
    }
    return this.cached;
  }

  private table(): TimelineStrings {
    if (builtInLanguage(this.reader) === 'en') return en;
    if (french.loaded) return french.loaded;
    if (!this.asked) {
      this.asked = true;
      french.load().then(
        () => { this.host.requestUpdate(); },
        (error: unknown) => {
          // English, rather than nothing: the reader still gets an interface.
          this.failed = true;
          console.warn('<sahel-timeline> the French words could not be loaded:', error);
          this.host.requestUpdate();
        },
      );
    }
    return en;
  }
}
