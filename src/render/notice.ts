import { html, nothing, type TemplateResult } from 'lit';
import { formatIssue } from '../dataset/validate.js';
import type { TimelineErrorDetail } from '../events.js';
import { icons } from './icons.js';

/** How many issues the notice lists before "…and N more". */
const LISTED = 5;

/** The dismissible notice saying what could not be shown and why. */
export function renderNotice(problem: TimelineErrorDetail | undefined, onDismiss: () => void): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  // An issue with the whole file is already the message: only items are listed.
  const items = problem.issues.filter((i) => i.index !== null);
  const shown = items.slice(0, LISTED);
  const more = items.length - shown.length;
  return html`<div class="notice" part="notice" role="status">
    <div>
      <p>${problem.message}</p>
      ${shown.length > 0 ? html`<ul>${shown.map((i) => html`<li>${formatIssue(i)}</li>`)}${more > 0 ? html`<li>…and ${more} more.</li>` : nothing}</ul>` : nothing}
    </div>
    <button class="control" part="control" type="button" aria-label="Dismiss this notice" @click=${onDismiss}>${icons.close}</button>
  </div>`;
}
