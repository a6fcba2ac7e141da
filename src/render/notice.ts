import { html, nothing, type TemplateResult } from 'lit';
import { formatIssue } from '../dataset/validate.js';
import type { TimelineErrorDetail } from '../events.js';
import { icons } from './icons.js';

/** How many issues the notice lists before "…and N more". */
const LISTED = 5;

/** The dismissible notice saying what could not be shown and why. */
export function renderNotice(problem: TimelineErrorDetail | undefined, onDismiss: () => void): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  const shown = problem.issues.slice(0, LISTED);
  const more = problem.issues.length - shown.length;
  return html`<div class="notice" part="notice" role="status">
    <div>
      <p>${problem.message}</p>
      <ul>${shown.map((i) => html`<li>${formatIssue(i)}</li>`)}${more > 0 ? html`<li>…and ${more} more.</li>` : nothing}</ul>
    </div>
    <button class="control" type="button" aria-label="Dismiss this notice" @click=${onDismiss}>${icons.close}</button>
  </div>`;
}
