/**
 * The panels loaded on demand (render/panels.ts): the details and a cluster's list. A page
 * that never opens one never downloads them. A timeline starts fetching them when the
 * reader first points at it or moves the focus into it, so that they are usually there by
 * the time a click or a key opens one; one opened before they arrive shows when they do.
 * Their styles are adopted into the shadow root after the element's own (chunk-styles.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Panels from '../render/panels.js';
import { adoptChunkStyles } from './chunk-styles.js';
import { OnDemand } from './on-demand.js';

export type PanelsModule = typeof Panels;

const chunk = new OnDemand<PanelsModule>(() => import('../render/panels.js'));

/** Loads the panels (once per page). */
export function loadPanels(): Promise<PanelsModule> {
  return chunk.load();
}

export class PanelsController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerenter', this.prefetch, { once: true });
    this.host.addEventListener('focusin', this.prefetch, { once: true });
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerenter', this.prefetch);
    this.host.removeEventListener('focusin', this.prefetch);
  }

  private readonly prefetch = (): void => {
    void loadPanels();
  };

  /**
   * The panels, if loaded. When `wanted` (a panel is to be shown) and they are not, starts
   * loading them and renders again once they have come.
   */
  get(wanted: boolean): PanelsModule | undefined {
    const loaded = chunk.loaded;
    if (loaded) {
      adoptChunkStyles(this.host.shadowRoot, loaded.panelStyles);
      return loaded;
    }
    if (wanted) {
      void loadPanels().then(() => {
        this.host.requestUpdate();
      });
    }
    return undefined;
  }
}
