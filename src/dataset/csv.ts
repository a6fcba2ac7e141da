/**
 * Events as CSV: one column per row of the fields table (fields.ts), or the columns it names,
 * in the table's order; each kind of field says how its value is written in its cells.
 */

import { EVENT_FIELDS, type CsvColumn, type FieldSpec } from './fields.js';
import type { Media, Place, SourceRef, TimelineEvent } from './types.js';

const fields: readonly FieldSpec[] = EVENT_FIELDS;

/** The CSV columns, in order. Lists are joined with "; ", sources as `source#paragraph`. */
export const CSV_COLUMNS = fields.flatMap((f) => f.csv ?? [f.key]) as readonly CsvColumn[];

type Cell = string | number | undefined;

/** The cells of one field, one per column it is written to. */
function cells(spec: FieldSpec, value: unknown): Cell[] {
  switch (spec.kind) {
    case 'list':
    case 'countries':
      return [(value as readonly string[] | undefined)?.join('; ')];
    case 'place': {
      const place = value as Place | undefined;
      return [place?.name, place?.lat, place?.lon];
    }
    case 'media': {
      const media = value as Media | undefined;
      return [media?.url, media?.alt, media?.caption, media?.credit];
    }
    case 'sources':
      return [(value as readonly SourceRef[] | undefined)?.map((s) => (s.paragraph === undefined ? s.source : `${s.source}#${s.paragraph}`)).join('; ')];
    default:
      return [value as Cell];
  }
}

function cell(value: Cell): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Writes events as RFC 4180 CSV with a header row, one event per row. */
export function eventsToCsv(events: readonly TimelineEvent[]): string {
  const rows = events.map((e) => fields.flatMap((f) => cells(f, e[f.key as keyof TimelineEvent]).map(cell)).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
