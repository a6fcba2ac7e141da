/**
 * What kind of file a text is, when nothing else says: the element's `src` reader and the docs
 * site's playground decide alike with these. Pure, and imports nothing.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parsed JSON is a TimelineJS3 file: an object whose `events` are slides with a `start_date`. */
export function looksLikeTimelineJS(body: unknown): boolean {
  const events = isRecord(body) && Object.hasOwn(body, 'events') ? body.events : undefined;
  return Array.isArray(events) && events.some((e) => isRecord(e) && Object.hasOwn(e, 'start_date'));
}

/** Whether a text's first line reads as a spreadsheet's header: names apart by commas, tabs or semicolons. */
export function looksLikeSpreadsheet(text: string): boolean {
  const line = (/^\ufeff?([^\r\n]*)/.exec(text)?.[1] ?? '').trim();
  if (line === '' || /^[<{[]/.test(line)) return false;
  const cells = line.split(/[,\t;]/);
  return cells.length >= 2 && cells.some((c) => /[\p{L}]/u.test(c));
}
