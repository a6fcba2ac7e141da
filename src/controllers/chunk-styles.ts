/**
 * Styles that come with chunks loaded on demand (the panels, the lanes), adopted into a
 * timeline's shadow root after the element's own as each chunk arrives (constructable
 * stylesheets, which a strict Content-Security-Policy allows).
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { timelineStyles } from '../timeline.styles.js';

const adopted = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/** Adds a chunk's styles to a timeline's shadow root (once; later calls with them do nothing). */
export function adoptChunkStyles(root: ShadowRoot | null, styles: readonly CSSResultOrNative[]): void {
  if (!root) return;
  const list = adopted.get(root) ?? [];
  const added = styles.filter((s) => !list.includes(s));
  if (added.length === 0) return;
  list.push(...added);
  adopted.set(root, list);
  adoptStyles(root, [...timelineStyles, ...list]);
}
