/**
 * `sahel-timeline/dataset`: the Sahel events, their sources, and the helpers to read and
 * check any dataset of the same shape, and to read and write spreadsheets and TimelineJS3
 * files. Imports nothing at run time beyond its own files and d3-dsv (which imports nothing).
 * @module
 */
export type * from './types.js';
export { events } from './events.js';
export { eras } from './sahel-eras.js';
export { title, summary, translations, opening } from './about.js';
export { localize, localizeOne, translationFor, type Translatable } from './localize.js';
export { validateEras, type ErasResult } from './eras.js';
export { sources, type SahelSourceId } from './sources.js';
export { parsePartialDate, toInterval, formatIsoPartialDate, daysInMonth } from './dates.js';
export { validateEvents, formatIssue, type ValidationIssue, type ValidationResult } from './validate.js';
export { datasetSchema } from './schema.js';
export { eventsToCsv, CSV_COLUMNS } from './csv.js';
export { parseCsv } from './csv-read.js';
export { looksLikeSpreadsheet, looksLikeTimelineJS } from './file-kinds.js';
export { toTimelineJS } from './timelinejs-write.js';
export { fromTimelineJS, type TimelineJSFile, type TimelineJSSlide, type TimelineJSEra, type TimelineJSDate, type TimelineJSText, type TimelineJSMedia } from './timelinejs.js';
export { htmlToText, type ImportIssue, type ImportNote, type ImportResult } from './import-shared.js';
export { EVENT_FIELDS, FIELD_DESCRIPTIONS, TRANSLATION_FIELDS, type EventField, type FieldKind, type FieldSpec, type CsvColumn, type TranslationField, type TranslationFieldSpec } from './fields.js';
export { EVENT_CATEGORIES, EVENT_KINDS, CERTAINTIES, DATE_PRECISIONS, PLACE_PRECISIONS } from './vocabulary.js';
