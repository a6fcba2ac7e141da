/** The keys panel the toolbar opens: every shortcut of the plot, from the strings table. */
import { html, type TemplateResult } from 'lit';
import type { Words } from '../strings.js';

export function renderKeysHelp(shown: boolean, words: Words): TemplateResult {
  const s = words.strings;
  return html`<div id="keys" class="keys" part="keys" ?hidden=${!shown}>
    <h2 class="sr-only">${s.keyboardShortcuts}</h2>
    <dl>
      ${s.keys.map(([keys, action]) => html`<dt>${keys.map((k, i) => html`${i > 0 ? ' ' : ''}${k === '+' && i > 0 ? '+' : html`<kbd>${k}</kbd>`}`)}</dt><dd>${action}</dd>`)}
    </dl>
  </div>`;
}
