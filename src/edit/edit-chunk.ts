/**
 * The editing chunk (`editable`): the editor, what it draws, and its styles. Loaded when a
 * timeline is first editable (controllers/chunks.ts `editChunk`).
 */
export { Editor } from './editor.js';
export { renderEditActions, renderEditBar, renderEditForm } from './edit-render.js';
export { editStyles } from './edit.styles.js';
