/**
 * Editing by keyboard, the same powers as the pointer's: on the selected event, Alt+←/→ moves
 * it by the snap unit and Alt+Page Up/Page Down by the larger one, Alt+Shift+←/→ moves its
 * end, Alt+↑/↓ moves it to the lane above or below, Enter opens its form, Delete removes it;
 * Insert adds an event in the middle of the view; Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y)
 * redoes; Esc ends Move…. Fields keep their own keys (Ctrl+Z in a text box undoes typing).
 */
import type { ViewPort } from '../controllers/host.js';

/** What the keys ask of the editor. */
export interface KeyEdits {
  readonly host: { readonly editable: boolean; readonly selected: string | null };
  readonly inputs: { readonly port: ViewPort; lanes: () => { readonly active: number } | undefined };
  readonly moving: string | null;
  undo(cause: 'keyboard', redo?: boolean): void;
  endMove(cancelled: boolean): void;
  add(time: number, lane: number | undefined, cause: 'keyboard'): void;
  remove(id: string, cause: 'keyboard'): void;
  openForm(id: string): void;
  stepTime(id: string, by: number, larger: boolean, side?: 'end'): void;
  stepLane(id: string, by: 1 | -1): void;
}

/** Reads a key pressed anywhere in the timeline (capturing); a key it acts on goes no further, nor to the page. */
export function editKey(ed: KeyEdits, e: KeyboardEvent): void {
  if (!ed.host.editable || e.defaultPrevented) return;
  const origin = e.composedPath()[0];
  const el = origin instanceof HTMLElement ? origin : null;
  if (el?.matches('input, textarea, select, [contenteditable]')) return;
  const mod = e.ctrlKey || e.metaKey;
  const act = (f: () => void) => {
    e.preventDefault();
    e.stopPropagation();
    f();
  };
  if (mod && !e.altKey && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
    act(() => { ed.undo('keyboard', e.key === 'y' || e.shiftKey); });
    return;
  }
  if (e.key === 'Escape' && ed.moving !== null) {
    act(() => { ed.endMove(true); });
    return;
  }
  if (e.key === 'Insert' && !mod && !e.altKey) {
    const w = ed.inputs.port.window();
    act(() => { ed.add((w.start + w.end) / 2, ed.inputs.lanes()?.active, 'keyboard'); });
    return;
  }
  const id = ed.host.selected;
  if (id === null || mod) return;
  const onPlot = el?.closest('.plot') != null;
  if (!e.altKey && (e.key === 'Delete' || (e.key === 'Backspace' && onPlot)) && (onPlot || el?.closest('.details') != null)) {
    act(() => { ed.remove(id, 'keyboard'); });
  } else if (!e.altKey && e.key === 'Enter' && el?.matches('.event') === true && el.dataset.id === id) {
    act(() => { ed.openForm(id); });
  } else if (e.altKey && onPlot) {
    const by = e.key === 'ArrowRight' || e.key === 'PageUp' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageDown' ? -1 : 0;
    const page = e.key.startsWith('Page');
    if (by !== 0) act(() => { ed.stepTime(id, by, page, e.shiftKey && !page ? 'end' : undefined); });
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') act(() => { ed.stepLane(id, e.key === 'ArrowUp' ? -1 : 1); });
  }
}
