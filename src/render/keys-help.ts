import { html, type TemplateResult } from 'lit';

/** The keyboard shortcuts, as the toolbar's help panel shows them. */
export function renderKeysHelp(shown: boolean): TemplateResult {
  return html`<div id="keys" class="keys" part="keys" ?hidden=${!shown}>
    <h2 class="sr-only">Keyboard shortcuts</h2>
    <dl>
      <dt><kbd>←</kbd> <kbd>→</kbd></dt><dd>Previous or next event</dd>
      <dt><kbd>Home</kbd> <kbd>End</kbd></dt><dd>First or last event</dd>
      <dt><kbd>Enter</kbd> <kbd>Space</kbd></dt><dd>Open the event's details</dd>
      <dt><kbd>Esc</kbd></dt><dd>Close the details</dd>
      <dt><kbd>+</kbd> <kbd>−</kbd></dt><dd>Zoom in or out around the event</dd>
      <dt><kbd>Shift</kbd> + <kbd>←</kbd> <kbd>→</kbd></dt><dd>Move back or forward in time</dd>
      <dt><kbd>0</kbd></dt><dd>Show everything</dd>
    </dl>
  </div>`;
}
