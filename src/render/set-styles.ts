/**
 * A directive that sets inline styles through the CSSOM, so pages with a strict CSP (no
 * `style-src 'unsafe-inline'`) keep working.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), on the first render
 * too. Lit's `styleMap` writes a `style` attribute on first render, which a page's strict
 * Content-Security-Policy (no `'unsafe-inline'` for `style-src-attr`) blocks; the CSSOM is
 * always allowed.
 */
class SetStyles extends Directive {
  private previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('setStyles() goes on an element: <div ${setStyles({...})}>');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous.keys()) if (!(name in styles)) style.removeProperty(name);
    // Only what changed is written: a zoom re-renders every mark, most of them unmoved.
    for (const [name, value] of Object.entries(styles)) if (this.previous.get(name) !== value) style.setProperty(name, value);
    this.previous = new Map(Object.entries(styles));
    return noChange;
  }
}

/** Inline styles set through the CSSOM, safe under a strict Content-Security-Policy. */
export const setStyles = directive(SetStyles);
