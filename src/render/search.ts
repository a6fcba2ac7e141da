/**
 * The search box in the toolbar and the count of what is shown ("12 of 25 events").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Words } from '../strings.js';

export interface SearchActions {
  /** The reader typed: the new query. */
  input(query: string): void;
  /** Enter (or shift+Enter): to the next (previous) event shown. */
  step(by: 1 | -1): void;
  /** The box got the focus: a search may follow. */
  focus(): void;
}

/**
 * The labelled search box (part `search`) and, while anything is hidden, how many events are
 * shown of all (part `search-count`). Esc empties a box that has text.
 */
export function renderSearch(words: Words, query: string, count: string, on: SearchActions): TemplateResult {
  const s = words.strings;
  const keydown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      on.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape' && query !== '') {
      // Only a box with text takes Esc: an empty one leaves it to what is around it.
      e.preventDefault();
      e.stopPropagation();
      on.input('');
    }
  };
  return html`<label class="search">
      <span class="sr-only">${s.search}</span>
      <input
        type="search"
        part="search"
        placeholder=${s.searchPlaceholder}
        autocomplete="off"
        spellcheck="false"
        .value=${live(query)}
        @input=${(e: Event) => { on.input((e.target as HTMLInputElement).value); }}
        @keydown=${keydown}
        @focus=${() => { on.focus(); }}
      />
    </label>
    ${count ? html`<span class="shown-count" part="search-count">${count}</span>` : nothing}`;
}
