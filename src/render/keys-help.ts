/** The keys panel the toolbar opens: every shortcut of the plot, from the strings table. */
import { html, type TemplateResult } from 'lit';
import type { KeyRows, Words } from '../strings.js';

/** The English rows, for a table without its own (`en` leaves them to this chunk). */
export const enKeys: KeyRows = [
  [['←', '→'], 'Previous or next event (in lanes: in the same lane)'],
  [['↑', '↓'], 'In lanes: the nearest event in the lane above or below'],
  [['Home', 'End'], 'First or last event (in lanes: of the lane)'],
  [['Enter', 'Space'], "Open the event's details"],
  [['Esc'], 'Close the details'],
  [['+', '−'], 'Zoom in or out around the event'],
  [['Shift', '+', '←', '→'], 'Move back or forward in time'],
  [['0'], 'Show everything'],
  [['Enter'], 'In the search box: the next match (with Shift, the previous)'],
];

/** The English rows when time runs down the plot. */
export const enKeysDown: KeyRows = [
  [['↑', '↓'], 'Previous or next event, up or down in time'],
  [['Home', 'End'], 'First or last event'],
  [['Enter', 'Space'], "Open the event's details"],
  [['Esc'], 'Close the details'],
  [['+', '−'], 'Zoom in or out around the event'],
  [['Shift', '+', '↑', '↓'], 'Move back or forward in time'],
  [['0'], 'Show everything'],
  [['Enter'], 'In the search box: the next match (with Shift, the previous)'],
];

/** The keys panel; in the story view, the slide's keys first (`slide`: their rows); `down`: time runs down the plot. */
export function renderKeysHelp(shown: boolean, words: Words, slide?: KeyRows, down = false): TemplateResult {
  const s = words.strings;
  return html`<div id="keys" class="keys" part="keys-panel" ?hidden=${!shown}>
    <h2 class="sr-only">${s.keyboardShortcuts}</h2>
    ${slide ? rows(slide) : ''}
    ${rows(down ? (s.keysDown ?? enKeysDown) : (s.keys ?? enKeys))}
  </div>`;
}

function rows(list: KeyRows): TemplateResult {
  return html`<dl>
    ${list.map(([keys, action]) => html`<dt>${keys.map((k, i) => html`${i > 0 ? ' ' : ''}${k === '+' && i > 0 ? '+' : html`<kbd>${k}</kbd>`}`)}</dt><dd>${action}</dd>`)}
  </dl>`;
}
