/**
 * The standalone bundle's entry (rollup.config.mjs builds dist/sahel-timeline.bundle.js from
 * it): the library's entry, and the map's loader, which dist/sahel-timeline-map.bundle.js
 * calls. So the map is a chunk of this bundle, loaded only by pages that ask for it, sharing
 * its lit (one 'lit-html' Trusted Types policy on the page) and the helpers both use.
 * @internal
 * @module
 */
import type * as Map from './map.js';

export * from './index.js';

/** Loads and registers `<sahel-timeline-map>`: what dist/sahel-timeline-map.bundle.js calls. @internal */
export const loadMap = (): Promise<typeof Map> => import('./map.js');
