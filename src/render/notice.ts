/** The notice: what of the page's data could not be shown, in the reader's words, and its close button. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Words } from '../strings.js';
import { icons } from './icons.js';

/** The dismissible notice saying what could not be shown and why. */
export function renderNotice(message: string, onDismiss: () => void, words: Words): TemplateResult | typeof nothing {
  if (!message) return nothing;
  // Only the reader's sentence: each issue's index and field are for developers, and go to
  // the sahel-error event and the console.
  return html`<div class="notice" part="notice" role="status">
    <div>
      <p>${message}</p>
    </div>
    <button class="control" part="control" type="button" aria-label=${words.strings.dismissNotice} @click=${onDismiss}>${icons.close}</button>
  </div>`;
}
