/**
 * `sahel-timeline/map`: registers `<sahel-timeline-map>`, a map of where the events happened,
 * linked to a `<sahel-timeline>` by `for`. Its own entry: a page without a map loads none of
 * it (the map's code, d3-geo and the boundaries, which come as a chunk of their own).
 * @module
 */
import { SahelTimelineMap } from './map/map-element.js';

export { SahelTimelineMap };
export type { MapStrings } from './map/map-strings.js';

if (!customElements.get('sahel-timeline-map')) customElements.define('sahel-timeline-map', SahelTimelineMap);

declare global {
  interface HTMLElementTagNameMap {
    'sahel-timeline-map': SahelTimelineMap;
  }
}
