/**
 * Events as CSV: one column per row of the fields table (fields.ts), or the columns it names,
 * in the table's order; each kind of field says how its value is written in its cells.
 */

import { EVENT_FIELDS, TRANSLATION_FIELDS, type CsvColumn, type FieldSpec } from './fields.js';
import type { Media, Place, SourceRef, TimelineEvent, Translations } from './types.js';

const fields: readonly FieldSpec[] = EVENT_FIELDS;

/** The CSV columns, in order. Lists are joined with "; ", sources as `source#paragraph`. */
export const CSV_COLUMNS = fields.flatMap((f) => f.csv ?? [f.key]) as readonly CsvColumn[];

type Cell = string | number | boolean | undefined;

/** The cells of one field, one per column it is written to. */
function cells(spec: FieldSpec, value: unknown): Cell[] {
  switch (spec.kind) {
    case 'list':
    case 'countries':
      return [(value as readonly string[] | undefined)?.join('; ')];
    case 'place': {
      const place = value as Place | undefined;
      return [place?.name, place?.lat, place?.lon, place?.precision];
    }
    case 'media': {
      const media = value as Media | undefined;
      return [media?.url, media?.alt, media?.caption, media?.credit];
    }
    case 'translations': {
      const fr = (value as Translations | undefined)?.fr;
      return TRANSLATION_FIELDS.map(({ key }) => {
        const words = fr?.[key];
        return typeof words === 'object' ? words.join('; ') : words;
      });
    }
    case 'sources':
      return [(value as readonly SourceRef[] | undefined)?.map((s) => (s.paragraph === undefined ? s.source : `${s.source}#${s.paragraph}`)).join('; ')];
    default:
      return [value as Cell];
  }
}

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first, also after apostrophes, which a spreadsheet may drop), so it is written after one
 * more apostrophe: the cell shows as text, and parseCsv drops that apostrophe again. @internal
 */
export const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

function cell(value: Cell): string {
  if (value === undefined) return '';
  // Numbers (coordinates) and flags are never formulas, and a sign is part of them.
  const s = typeof value !== 'string' ? String(value) : FORMULA_LIKE.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Writes events as RFC 4180 CSV with a header row, one event per row. A text cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) is written after an apostrophe, which `parseCsv` drops again.
 */
export function eventsToCsv(events: readonly TimelineEvent[]): string {
  const rows = events.map((e) => fields.flatMap((f) => cells(f, e[f.key as keyof TimelineEvent]).map(cell)).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
