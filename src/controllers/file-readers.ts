/**
 * The readers of spreadsheets (CSV, TSV) and TimelineJS3 files: a chunk that `src` loads only
 * when a file needs one, so that a page with our JSON never downloads them (nor d3-dsv).
 */
export { readCsv } from '../dataset/csv-read.js';
export { readTimelineJS } from '../dataset/timelinejs.js';
