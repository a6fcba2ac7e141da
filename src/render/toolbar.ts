/**
 * The toolbar: zoom in and out, show all, previous and next, play, the keys panel, the export panel, the search box,
 * and the range in view. Its keyboard behaviour (one tab stop, arrow keys) is ToolbarController's.
 */
import { html, type TemplateResult } from 'lit';
import type { ToolbarController } from '../controllers/toolbar-controller.js';
import { inputCause, type SelectCause } from '../events.js';
import type { Words } from '../strings.js';
import { icons } from './icons.js';

/** The element whose methods the buttons call, and whether Previous and Next have anywhere to go. */
export interface ToolbarActions {
  readonly host: { zoomBy(factor: number): void; fit(): void };
  /** Previous (-1) and Next (1): the reader's step, which fires `sahel-select` with how it was made. */
  step(by: 1 | -1, cause: SelectCause): void;
  /** Whether play walks through the events, and its toggle. */
  readonly playing: boolean;
  togglePlay(): void;
  readonly atFirst: boolean;
  readonly atLast: boolean;
  /** No events (loading, pending, none given): zooming has nothing to show. */
  readonly empty: boolean;
  /** Whether the export panel is open, and its toggle. */
  readonly exportShown: boolean;
  toggleExport(): void;
}

export function renderToolbar(toolbar: ToolbarController, words: Words, actions: ToolbarActions, rangeText: string, search: TemplateResult): TemplateResult {
  const s = words.strings;
  const tab = (i: number) => toolbar.tabIndex(i);
  // The buttons are one tab stop (WAI-ARIA's toolbar); the search box after them is one more,
  // where a text field's arrow keys move the caret, not the focus.
  // Icon buttons are named by their title alone: it is also the mouse's tooltip, and a name
  // given twice (aria-label and title) is read twice. Previous and Next stay focusable at
  // the ends (aria-disabled), so the focus never drops.
  return html`<div class="toolbar" part="toolbar">
    <div
      class="buttons"
      role="toolbar"
      aria-label=${s.toolbar}
      @keydown=${(e: KeyboardEvent) => { toolbar.onKeyDown(e); }}
      @focusin=${(e: FocusEvent) => { toolbar.onFocusIn(e); }}
    >
      <button class="control" part="control" type="button" tabindex=${tab(0)} title=${s.zoomIn} aria-disabled=${actions.empty ? 'true' : 'false'} @click=${() => { actions.host.zoomBy(2); }}>${icons.zoomIn}</button>
      <button class="control" part="control" type="button" tabindex=${tab(1)} title=${s.zoomOut} aria-disabled=${actions.empty ? 'true' : 'false'} @click=${() => { actions.host.zoomBy(0.5); }}>${icons.zoomOut}</button>
      <button class="control" part="control" type="button" tabindex=${tab(2)} title=${s.showAll} aria-disabled=${actions.empty ? 'true' : 'false'} @click=${() => { actions.host.fit(); }}>${icons.fit}</button>
      <button class="control" part="control" type="button" tabindex=${tab(3)} title=${s.previousEvent} aria-disabled=${actions.atFirst ? 'true' : 'false'} @click=${(e: MouseEvent) => { actions.step(-1, inputCause(e)); }}>${icons.previous}</button>
      <button class="control" part="control" type="button" tabindex=${tab(4)} title=${s.nextEvent} aria-disabled=${actions.atLast ? 'true' : 'false'} @click=${(e: MouseEvent) => { actions.step(1, inputCause(e)); }}>${icons.next}</button>
      <button class="control play" part="control" type="button" tabindex=${tab(5)} title=${actions.playing ? s.pause : s.play} aria-disabled=${actions.empty ? 'true' : 'false'} @click=${() => { actions.togglePlay(); }}>${actions.playing ? icons.pause : icons.play}</button>
      <button class="control" part="control export" type="button" tabindex=${tab(6)} aria-expanded=${actions.exportShown ? 'true' : 'false'} aria-controls="export" title=${s.exportView} @click=${() => { actions.toggleExport(); }}>${icons.download}</button>
      <button class="control" part="control" type="button" tabindex=${tab(7)} aria-expanded=${toolbar.keysShown ? 'true' : 'false'} aria-controls="keys" title=${s.keyboardShortcuts} @click=${() => { toolbar.toggleKeys(); }}>${icons.keyboard}</button>
    </div>
    ${search}
    <span class="range" aria-hidden="true">${rangeText}<i class="baseline"></i><canvas class="range-ink"></canvas></span>
  </div>`;
}
