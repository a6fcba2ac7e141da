/**
 * The editing words (`editable`): their table's shape, and the English and French words,
 * which come with the editing chunk (most pages never edit, and a French page that does not
 * edit downloads none of them). A page gives its own as `strings.edit`. Self-contained:
 * strings.ts reads only this module's types.
 */

/** The no-break space French puts before `:` and inside « ». */
const _ = '\u00a0';

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
    /** A page's adjustment gave the event another event's id. */
    readonly taken: string;
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
    taken: 'Another event already has that id, so the change was not made.',
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

/** The French editing words. */
export const editFr: EditStrings = {
  edit: 'Modifier',
  move: 'Déplacer…',
  remove: 'Supprimer',
  add: 'Ajouter un événement',
  untitled: 'Nouvel événement',
  formHeading: 'Modifier l’événement',
  title: 'Titre',
  start: 'Début',
  end: 'Fin (pour une période)',
  dateHint: 'Sous la forme 2021, 2021-03, 2021-03-05 ou 2021-03-05T14:30',
  category: 'Catégorie',
  summary: 'Résumé',
  lane: 'Ligne',
  save: 'Enregistrer',
  cancel: 'Annuler',
  refused: {
    title: 'Donnez un titre à l’événement.',
    start: `Écrivez le début sous forme de date réelle${_}: 2021, 2021-03, 2021-03-05 ou 2021-03-05T14:30.`,
    end: 'Écrivez la fin sous forme de date réelle, ou laissez-la vide.',
    endBeforeStart: 'La fin tomberait avant le début.',
    lanes: `Les lignes viennent du regroupement propre à la page${_}: on ne peut pas y déplacer un événement ici.`,
    invalid: `Ce changement rendrait l’événement illisible${_}: il n’a pas été fait.`,
    taken: `Un autre événement porte déjà cet identifiant${_}: le changement n’a pas été fait.`,
    page: 'La page n’a pas permis ce changement.',
    locked: `«${_}{title}${_}» ne peut pas être modifié.`,
  },
  moved: `«${_}{title}${_}» déplacé${_}: {date}`,
  movedLane: `«${_}{title}${_}» déplacé dans la ligne {lane}`,
  resized: `«${_}{title}${_}», nouvelle fin${_}: {date}`,
  resizedStart: `«${_}{title}${_}», nouveau début${_}: {date}`,
  added: `Ajouté${_}: «${_}{title}${_}», {date}`,
  removed: `Supprimé${_}: «${_}{title}${_}»`,
  edited: `Enregistré${_}: «${_}{title}${_}»`,
  undone: `Annulé${_}: {change}`,
  redone: `Rétabli${_}: {change}`,
  nothingToUndo: 'Rien à annuler',
  nothingToRedo: 'Rien à rétablir',
  undo: 'Annuler',
  movePrompt: `Choisissez où va «${_}{title}${_}»${_}: touchez la frise à sa nouvelle date (et sa ligne). Échap annule.`,
  moveCancelled: 'Déplacement annulé',
  keys: [
    [['Alt', '+', '←', '→'], 'Avancer ou reculer l’événement choisi'],
    [['Alt', '+', 'Page préc.', 'Page suiv.'], 'Le déplacer d’un plus grand pas'],
    [['Alt', '+', 'Maj', '+', '←', '→'], 'Déplacer sa fin'],
    [['Alt', '+', '↑', '↓'], `Avec des lignes${_}: le passer dans la ligne du dessus ou du dessous`],
    [['Entrée'], `Sur l’événement choisi${_}: le modifier`],
    [['Inser'], 'Ajouter un événement'],
    [['Suppr'], 'Supprimer l’événement choisi'],
    [['Ctrl', '+', 'Z'], `Annuler (avec Maj${_}: rétablir)`],
  ],
};
