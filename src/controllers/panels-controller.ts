/**
 * The panels loaded on demand (render/panels.ts): the keys panel, the details and a cluster's
 * list. A page that never opens one never downloads them. A timeline starts fetching them
 * when the reader first points at it or moves the focus into it, so that they are usually
 * there by the time a click or a key opens one; one opened before they arrive shows when they
 * do. Their styles are adopted into the shadow root after the element's own (chunk-styles.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Panels from '../render/panels.js';
import { panelsChunk } from './chunks.js';
import { ChunkController } from './on-demand.js';

export type PanelsModule = typeof Panels;

export class PanelsController extends ChunkController<PanelsModule> implements ReactiveController {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, panelsChunk, (m) => m.panelStyles);
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.host as HTMLElement & ReactiveControllerHost;
    host.addEventListener('pointerenter', this.prefetch, { once: true });
    host.addEventListener('focusin', this.prefetch, { once: true });
  }

  hostDisconnected(): void {
    const host = this.host as HTMLElement & ReactiveControllerHost;
    host.removeEventListener('pointerenter', this.prefetch);
    host.removeEventListener('focusin', this.prefetch);
  }

  private readonly prefetch = (): void => {
    void panelsChunk.load();
  };
}
