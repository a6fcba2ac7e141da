/** Editing's looks: the bar and its notice, the details' buttons, the form, and a drag's ghost and date. */
import { css } from 'lit';

export const editStyles = css`
  .edit-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 0 8px 6px;
  }
  /* The details' text buttons (styles/details.ts) for the bar, which is outside the details
     and may come before the panels' chunk; larger everywhere editing puts one. */
  .edit-bar .text-button {
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  :is(.edit-bar, .edit-actions, .edit-form) .text-button {
    min-block-size: 32px;
    min-inline-size: 32px;
    padding: 4px 12px;
  }
  .edit-form .text-button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
  }
  .text-button:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .edit-bar .text-button:focus-visible,
  .edit-actions .text-button:focus-visible,
  .edit-form :is(.text-button, input, select, textarea):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .edit-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 0;
    padding: 2px 4px 2px 10px;
    border-inline-start: 3px solid var(--_accent);
    color: var(--_text);
    font-size: 14px;
  }
  .edit-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 10px 0 0;
  }
  .edit-form form {
    display: grid;
    gap: 10px;
  }
  .edit-form h2 {
    margin: 0 0 8px;
    font-size: 18px;
  }
  .edit-field,
  .edit-date {
    display: grid;
    gap: 4px;
  }
  .edit-date {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .edit-date label,
  .edit-date .edit-error {
    grid-column: 1 / -1;
  }
  .edit-dates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr));
    gap: 10px;
  }
  .edit-form label {
    font-weight: 600;
    font-size: 14px;
  }
  .edit-form :is(input, select, textarea) {
    min-block-size: 32px;
    padding: 4px 8px;
    border: 1px solid var(--_muted);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .edit-form [aria-invalid='true'] {
    border: 2px solid var(--_cat1);
  }
  .edit-hint {
    margin: -4px 0 0;
    color: var(--_muted);
    font-size: 13px;
  }
  .edit-error {
    margin: 0;
    padding-inline-start: 8px;
    border-inline-start: 3px solid var(--_cat1);
    color: var(--_text);
    font-size: 14px;
    font-weight: 600;
  }
  .edit-buttons {
    display: flex;
    gap: 8px;
    margin: 4px 0 0;
  }
  /* A drag: the mark fades where it was, a ghost and its date follow the pointer. */
  .event.dragged {
    opacity: 0.35;
  }
  :host([editable]) .plot .event {
    touch-action: pan-y;
  }
  :host([editable]) .plot .event[aria-pressed='true'] {
    cursor: grab;
    touch-action: none;
  }
  :host([editable]) .plot .bar::after {
    content: '';
    position: absolute;
    inset-block: -4px;
    inset-inline-end: -4px;
    inline-size: 10px;
    cursor: ew-resize;
  }
  .edit-ghost {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 3;
    border: 2px dashed var(--_accent);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
    pointer-events: none;
  }
  .edit-ghost.refused {
    border-color: var(--_muted);
  }
  .edit-bubble {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 4;
    padding: 2px 8px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 13px;
    white-space: nowrap;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .edit-ghost {
      border-color: Highlight;
    }
    .edit-form [aria-invalid='true'],
    .edit-error {
      border-color: Mark;
    }
  }
`;
