/**
 * Eras as a page gives them (the `eras` property, or `eras` in a JSON file): checked like
 * events, each problem reported with the era's index and field; an era that cannot be drawn
 * (no title, a date that does not parse, an end before its start) is left out, a bad colour
 * or translation alone is dropped. Pure.
 */
import { describeType, formatIsoPartialDate, readPartialDate, toIntervalMs } from './dates.js';
import type { Era, IsoPartialDate, PartialDate } from './types.js';
import { readTranslations } from './item-reader.js';
import type { ValidationIssue } from './validate.js';

/** What {@link validateEras} returns: the eras that can be drawn, and every problem found. */
export interface ErasResult {
  readonly eras: Era[];
  readonly issues: ValidationIssue[];
}

/** Checks a list of eras: see the module's description. */
export function validateEras(input: unknown): ErasResult {
  const issues: ValidationIssue[] = [];
  if (input === undefined || input === null) return { eras: [], issues };
  if (!Array.isArray(input)) {
    issues.push({ index: null, field: null, message: `eras must be a list of { title, start, end? }, not ${describeType(input)}.`, effect: 'input' });
    return { eras: [], issues };
  }
  const eras: Era[] = [];
  input.forEach((raw: unknown, index) => {
    const fail = (field: string | null, message: string, effect: 'item' | 'field' = 'item') => {
      issues.push({ index, field, message, effect });
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      fail(null, `an era must be an object, not ${describeType(raw)}.`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const title = typeof r.title === 'string' ? r.title.trim() : '';
    if (title === '') {
      fail('title', typeof r.title === 'string' ? 'is blank.' : `is missing (${describeType(r.title)}).`);
      return;
    }
    const start = readPartialDate(r.start);
    if (typeof start === 'string') {
      fail('start', start);
      return;
    }
    let end: PartialDate | undefined;
    if (r.end !== undefined && r.end !== null && r.end !== '') {
      const read = readPartialDate(r.end);
      if (typeof read === 'string') {
        fail('end', read);
        return;
      }
      end = read;
      if (toIntervalMs(end)[1] <= toIntervalMs(start)[0]) {
        fail('end', `"${formatIsoPartialDate(end)}" is before the start, "${formatIsoPartialDate(start)}".`);
        return;
      }
    }
    const era: { -readonly [K in keyof Era]: Era[K] } = { title, start: formatIsoPartialDate(start) as IsoPartialDate };
    if (end !== undefined) era.end = formatIsoPartialDate(end) as IsoPartialDate;
    if (typeof r.id === 'string' && r.id.trim() !== '') era.id = r.id.trim();
    if (r.color !== undefined) {
      if (typeof r.color === 'string' && r.color.trim() !== '') era.color = r.color.trim();
      else fail('color', `must be a CSS colour, not ${describeType(r.color)}; the default is used.`, 'field');
    }
    if (Array.isArray(r.sources)) era.sources = r.sources as Era['sources'];
    if (typeof r.note === 'string') era.note = r.note;
    const translations = readTranslations(r.translations, 'translations', (field, message) => {
      fail(field, `${message}.`, 'field');
    });
    if (translations) era.translations = translations;
    eras.push(era);
  });
  return { eras, issues };
}

