/**
 * Registers <sahel-timeline>: the one module with a side effect.
 */
import { SahelTimeline } from './timeline-element.js';

export { SahelTimeline };

if (!customElements.get('sahel-timeline')) customElements.define('sahel-timeline', SahelTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sahel-timeline': SahelTimeline;
  }
}
