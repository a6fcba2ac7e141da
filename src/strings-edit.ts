/**
 * The editing words (`editable`): their table's shape, and the English words, which come
 * with the editing chunk (most pages never edit). French is in strings-fr.ts; a page gives
 * its own as `strings.edit`. Self-contained: strings.ts reads only this module's types.
 */

/** The editing words. Templates take the values named in braces. */
export interface EditStrings {
  /** The details' buttons on a selected event. */
  readonly edit: string;
  readonly move: string;
  readonly remove: string;
  /** The toolbar's button that adds an event in the middle of the view (Insert). */
  readonly add: string;
  /** A new event's title until the reader gives one. */
  readonly untitled: string;
  /** The form: its heading, fields, a date's hint, and its buttons. */
  readonly formHeading: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly dateHint: string;
  readonly category: string;
  readonly summary: string;
  readonly lane: string;
  readonly save: string;
  readonly cancel: string;
  /** Why a change was refused. */
  readonly refused: {
    readonly title: string;
    readonly start: string;
    readonly end: string;
    readonly endBeforeStart: string;
    readonly lanes: string;
    readonly invalid: string;
    readonly page: string;
    readonly locked: string;
  };
  /** What is said once a change is made: `{title}`, `{date}`, `{lane}`. */
  readonly moved: string;
  readonly movedLane: string;
  readonly resized: string;
  readonly resizedStart: string;
  readonly added: string;
  readonly removed: string;
  readonly edited: string;
  /** Before a change said again by Undo and Redo: `{change}`. */
  readonly undone: string;
  readonly redone: string;
  readonly nothingToUndo: string;
  readonly nothingToRedo: string;
  /** The notice's button that takes the last change back. */
  readonly undo: string;
  /** Move…'s prompt (a tap on the plot then places the event), and its end without one: `{title}`. */
  readonly movePrompt: string;
  readonly moveCancelled: string;
  /** The keys panel's rows for editing, before the plot's. */
  readonly keys: readonly (readonly [keys: readonly string[], action: string])[];
}

/** The English editing words. */
export const editEn: EditStrings = {
  edit: 'Edit',
  move: 'Move…',
  remove: 'Remove',
  add: 'Add event',
  untitled: 'New event',
  formHeading: 'Edit event',
  title: 'Title',
  start: 'Start',
  end: 'End (for a span)',
  dateHint: 'As 2021, 2021-03, 2021-03-05 or 2021-03-05T14:30',
  category: 'Category',
  summary: 'Summary',
  lane: 'Lane',
  save: 'Save',
  cancel: 'Cancel',
  refused: {
    title: 'Give the event a title.',
    start: 'Write the start as a date that exists: 2021, 2021-03, 2021-03-05 or 2021-03-05T14:30.',
    end: 'Write the end as a date that exists, or leave it empty.',
    endBeforeStart: 'The end would come before the start.',
    lanes: 'The lanes come from the page’s own grouping: an event cannot be moved between them here.',
    invalid: 'That change would leave the event unreadable, so it was not made.',
    page: 'The page did not allow this change.',
    locked: '“{title}” cannot be changed.',
  },
  moved: '“{title}” moved to {date}',
  movedLane: '“{title}” moved to the lane {lane}',
  resized: '“{title}” now ends {date}',
  resizedStart: '“{title}” now starts {date}',
  added: 'Added “{title}”, {date}',
  removed: 'Removed “{title}”',
  edited: 'Saved “{title}”',
  undone: 'Undone: {change}',
  redone: 'Redone: {change}',
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  undo: 'Undo',
  movePrompt: 'Choose where “{title}” goes: tap the plot at its new date (and lane). Esc cancels.',
  moveCancelled: 'Move cancelled',
  keys: [
    [['Alt', '+', '←', '→'], 'Move the selected event earlier or later'],
    [['Alt', '+', 'Page Up', 'Page Down'], 'Move it by a larger step'],
    [['Alt', '+', 'Shift', '+', '←', '→'], 'Move its end'],
    [['Alt', '+', '↑', '↓'], 'In lanes: move it to the lane above or below'],
    [['Enter'], 'On the selected event: edit it'],
    [['Insert'], 'Add an event'],
    [['Delete'], 'Remove the selected event'],
    [['Ctrl', '+', 'Z'], 'Undo (with Shift, redo)'],
  ],
};
