import type { TimelineEvent } from './types.js';

/** The CSV columns, in order. Lists are joined with "; ", sources as `source#paragraph`. */
export const CSV_COLUMNS = [
  'id', 'start', 'end', 'kind', 'category', 'title', 'summary', 'countries', 'actors',
  'place', 'lat', 'lon', 'certainty', 'reportedDate', 'sources', 'note',
] as const;

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Writes events as RFC 4180 CSV with a header row, one event per row. */
export function eventsToCsv(events: readonly TimelineEvent[]): string {
  const rows = events.map((e) =>
    [
      e.id, e.start, e.end, e.kind, e.category, e.title, e.summary,
      e.countries?.join('; '), e.actors?.join('; '),
      e.place?.name, e.place?.lat, e.place?.lon, e.certainty, e.reportedDate,
      e.sources?.map((s) => (s.paragraph === undefined ? s.source : `${s.source}#${s.paragraph}`)).join('; '),
      e.note,
    ].map(cell).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
