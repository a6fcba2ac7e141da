/**
 * The shell of links to events (`hash`): the URL's handling (url-hash.ts) is loaded when a
 * timeline first has `hash`, so that pages without it never download it. Without `hash` the
 * URL is never read or touched.
 */
import type { ReactiveController } from 'lit';
import type { LinkControl } from '../render/details.js';
import type { ElementHost } from './host.js';
import { urlHashChunk as chunk } from './chunks.js';
import type * as UrlHashModule from './url-hash.js';

export class HashController implements ReactiveController {
  private impl: UrlHashModule.UrlHash | undefined;
  /** The link last copied, or not (the clipboard refused). */
  private copied: { id: string; state: 'copied' | 'failed' } | undefined;

  constructor(
    private readonly host: ElementHost,
    private readonly inputs: UrlHashModule.UrlHashInputs,
  ) {
    host.addController(this);
  }

  /** Set while play walks through events: each replaces the history entry rather than adding one. */
  get replacing(): boolean {
    return this.impl?.replacing ?? false;
  }

  set replacing(value: boolean) {
    if (this.impl) this.impl.replacing = value;
  }

  /** The URL that opens this timeline on an event ('' until loaded). */
  linkTo(id: string): string {
    return this.impl?.linkTo(id) ?? '';
  }

  /** The details' "Copy link" for the event `id` (the panels chunk copies it); `onCopied` once it is on the clipboard. */
  linkControl(id: string, onCopied: () => void): LinkControl {
    return {
      href: this.linkTo(id),
      state: this.copied?.id === id ? this.copied.state : 'idle',
      copied: (state) => {
        this.copied = { id, state };
        if (state === 'copied') onCopied();
        this.host.requestUpdate();
      },
    };
  }

  /** The reader selected an event (or none). */
  selected(id: string | null): void {
    this.impl?.selected(id);
  }

  /** Starts or stops following the URL as `hash` is set or removed. */
  sync(): void {
    if (this.impl) {
      this.impl.sync();
      return;
    }
    if (!this.host.hash || !this.host.isConnected) return;
    void chunk.load().then((m) => {
      if (!this.impl) {
        this.impl = new m.UrlHash(this.host, this.inputs);
        this.impl.sync();
      }
      this.host.requestUpdate();
    });
  }

  /** Selects the event the URL names once the data holds it (after the data is up to date). */
  apply(): void {
    this.impl?.apply();
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.impl?.hostUpdated();
  }

  hostDisconnected(): void {
    this.impl?.hostDisconnected();
  }
}
