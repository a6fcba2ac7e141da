import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineErrorDetail } from '../events.js';
import { icons } from './icons.js';

/** The dismissible notice saying what could not be shown and why. */
export function renderNotice(problem: TimelineErrorDetail | undefined, onDismiss: () => void, _locale?: string): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  // Only the reader's sentence: each issue's index and field are for developers, and go to
  // the sahel-error event and the console.
  return html`<div class="notice" part="notice" role="status">
    <div>
      <p>${problem.message}</p>
    </div>
    <button class="control" part="control" type="button" aria-label="Dismiss this notice" @click=${onDismiss}>${icons.close}</button>
  </div>`;
}
