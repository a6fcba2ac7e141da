/**
 * `sahel-timeline/dataset`: the Sahel events, their sources, and the helpers to read and
 * check any dataset of the same shape. Imports nothing at run time beyond its own files.
 * @module
 */
export type * from './types.js';
export { events } from './events.js';
export { eras } from './sahel-eras.js';
export { title, summary } from './about.js';
export { validateEras, type ErasResult } from './eras.js';
export { sources, type SahelSourceId } from './sources.js';
export { parsePartialDate, toInterval, formatIsoPartialDate, daysInMonth } from './dates.js';
export { validateEvents, formatIssue, type ValidationIssue, type ValidationResult } from './validate.js';
export { datasetSchema } from './schema.js';
export { eventsToCsv, CSV_COLUMNS } from './csv.js';
export { EVENT_FIELDS, FIELD_DESCRIPTIONS, type EventField, type FieldKind, type FieldSpec, type CsvColumn } from './fields.js';
export { EVENT_CATEGORIES, EVENT_KINDS, CERTAINTIES, DATE_PRECISIONS } from './vocabulary.js';
