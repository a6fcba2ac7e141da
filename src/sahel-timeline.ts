import { SahelTimeline } from './timeline-element.js';

export { SahelTimeline };

if (!customElements.get('sahel-timeline')) customElements.define('sahel-timeline', SahelTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sahel-timeline': SahelTimeline;
  }
}
