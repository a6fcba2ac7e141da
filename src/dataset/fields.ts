/**
 * The one table of an event's fields. The validator (validate.ts), the JSON Schema
 * (schema.ts) and the CSV columns (csv.ts) are all read from {@link EVENT_FIELDS}, so a new
 * field (media, a group, a custom column) is added here once: its row, its description, and
 * its documented line in types.ts, and `tsc` fails until all three are there.
 *
 * Why types.ts keeps hand-written interfaces rather than a type mapped from this table: the
 * interfaces are what TypeScript users read (hover, the published .d.ts), with JSDoc on every
 * field and precise types a kind alone cannot give (`EventCategory` is open but offers the
 * built-in names; `SahelEvent` narrows fields). In exchange, {@link FieldsAgree} below makes
 * `tsc` fail when the interface and the table disagree on a field's name, on whether it is
 * required, or on the type of value its kind reads.
 *
 * The table's order is the order of the CSV columns (fixed by the published dataset.csv), of
 * the schema's properties and of reading, hence of an item's issues.
 *
 * Descriptions are the table's one column kept apart, in {@link FIELD_DESCRIPTIONS}: the
 * element's bundle carries the validator and so the table, but not the schema, and they would
 * cost it a third of a kilobyte gzipped. Typed by the table's keys, they cannot fall out of step.
 */

import type { IsoPartialDate, Media, Place, SourceRef, TimelineEvent, Translation, Translations } from './types.js';
import { CERTAINTIES, EVENT_CATEGORIES, EVENT_KINDS } from './vocabulary.js';

/**
 * How a field's value is read, checked and written; each kind is one case in the validator,
 * the schema and the CSV writer.
 * - `id`: non-empty text; a number is read as its digits.
 * - `text`: text; when required, not blank.
 * - `date`: an ISO 8601 partial date (`"2012"`, `"2021-12"`, `"2022-03-27"`, `"2022-03-27T14:30Z"`,
 *   `"-0043-03-15"`, `"-13800000000"`).
 * - `number`: a finite number; text that reads as one (a spreadsheet's cell) is read as it.
 * - `enum`: one of `values`, exactly; anything else is left out.
 * - `vocabulary`: open: one of `values` (matched without regard to case, written as given in
 *   `values`), or any other non-blank name.
 * - `list`: a list of text; in CSV joined with `"; "`.
 * - `countries`: a `list` of ISO 3166-1 alpha-2 codes; lower-case codes and English names are
 *   read as codes, other text is kept as given.
 * - `place`: `{ name, lat?, lon?, precision? }`; in CSV four columns, `place`, `latitude`,
 *   `longitude` and `place_precision` (`lat` and `lon` are read too).
 * - `sources`: a list of `{ source, paragraph?, quote?, url? }`; in CSV `source#paragraph`
 *   joined with `"; "` (quotes and addresses are not written).
 * - `media`: `{ url, alt?, caption?, credit?, thumbnail?, kind? }`, its addresses http(s) or
 *   relative; in CSV four columns, address, alt text, caption and credit.
 * - `translations`: `{ [languageTag]: Translation }`, its fields those of
 *   {@link TRANSLATION_FIELDS}; in CSV one column per field and language, the translated
 *   column's name then the tag: `title_fr`, `note_fr`, `actors_fr`, `media_caption_fr` (French
 *   is written; any language's columns are read).
 */
export type FieldKind = 'id' | 'text' | 'date' | 'number' | 'boolean' | 'enum' | 'vocabulary' | 'list' | 'countries' | 'place' | 'sources' | 'media' | 'translations';

/** One row of {@link EVENT_FIELDS}. */
export interface FieldSpec {
  /** The property of a {@link TimelineEvent}. */
  readonly key: string;
  readonly kind: FieldKind;
  /** An event without a usable value is left out (any other bad field is left out alone). */
  readonly required?: boolean;
  /** The words of an `enum` or `vocabulary`. */
  readonly values?: readonly string[];
  /** The CSV columns the field is written to; by default one, named by its key. */
  readonly csv?: readonly string[];
}

/** Every field of a {@link TimelineEvent}, in CSV column order. */
export const EVENT_FIELDS = [
  { key: 'id', kind: 'id', required: true },
  { key: 'start', kind: 'date', required: true },
  { key: 'end', kind: 'date' },
  { key: 'kind', kind: 'enum', values: EVENT_KINDS },
  { key: 'category', kind: 'vocabulary', values: EVENT_CATEGORIES },
  { key: 'title', kind: 'text', required: true },
  { key: 'summary', kind: 'text' },
  { key: 'countries', kind: 'countries' },
  { key: 'actors', kind: 'list' },
  { key: 'place', kind: 'place', csv: ['place', 'latitude', 'longitude', 'place_precision'] },
  { key: 'certainty', kind: 'enum', values: CERTAINTIES },
  { key: 'reportedDate', kind: 'text' },
  { key: 'sources', kind: 'sources' },
  { key: 'note', kind: 'text' },
  { key: 'media', kind: 'media', csv: ['media', 'media_alt', 'media_caption', 'media_credit'] },
  {
    key: 'translations',
    kind: 'translations',
    csv: ['title_fr', 'summary_fr', 'reportedDate_fr', 'note_fr', 'place_fr', 'actors_fr', 'media_caption_fr', 'media_alt_fr'],
  },
  { key: 'importance', kind: 'number' },
  { key: 'editable', kind: 'boolean' },
] as const satisfies readonly FieldSpec[];

/** One row of {@link TRANSLATION_FIELDS}. */
export interface TranslationFieldSpec {
  /** The property of a {@link Translation}. */
  readonly key: string;
  /** `text`, or a `list` of text (in CSV joined with `"; "`). */
  readonly kind: 'text' | 'list';
  /** The CSV column it translates: its own column is this name, `_` and a language tag (`media_caption_fr`). */
  readonly column: CsvColumn;
}

/**
 * Every field of a {@link Translation}: the words of an item a translation may give, in the
 * order of their CSV columns (the `translations` row's `csv`, for French).
 */
export const TRANSLATION_FIELDS = [
  { key: 'title', kind: 'text', column: 'title' },
  { key: 'summary', kind: 'text', column: 'summary' },
  { key: 'reportedDate', kind: 'text', column: 'reportedDate' },
  { key: 'note', kind: 'text', column: 'note' },
  { key: 'place', kind: 'text', column: 'place' },
  { key: 'actors', kind: 'list', column: 'actors' },
  { key: 'caption', kind: 'text', column: 'media_caption' },
  { key: 'alt', kind: 'text', column: 'media_alt' },
] as const satisfies readonly TranslationFieldSpec[];

/**
 * The table's last column: what each field holds, for people writing data (the JSON Schema's
 * `description`). Typed by the table's keys, so a field without a description, or a
 * description of no field, fails `tsc`.
 */
export const FIELD_DESCRIPTIONS: Readonly<Record<EventField, string>> = {
  id: 'Stable, unique identifier.',
  start: 'When it began (or happened), at the precision known.',
  end: 'When it ended, for spans.',
  kind: 'point, span or ongoing; defaults to span when end is given, else point.',
  category: 'What the event is about: a built-in category, or any other name (categories are open).',
  title: 'A short headline.',
  summary: 'One to three sentences on what happened.',
  countries: 'ISO 3166-1 alpha-2 codes. The element also reads lower-case codes and English country names.',
  actors: 'People, governments, forces and organisations involved.',
  place: 'Where it happened; coordinates (WGS 84) only where one place is meant.',
  certainty: 'How well its facts and date are established.',
  reportedDate: "The source's own wording of the date, where it differs from start.",
  sources: 'The passages of sources the event rests on.',
  note: 'Reasoning about the date, discrepancies with the record, and references.',
  media: 'A picture, video or page about the event: http(s) or relative addresses only.',
  translations: 'Its words in other languages, by language tag ("fr"): title, summary, reported date, note, place name, actors (one per actor, in order), media caption and alt text.',
  importance: 'How much it matters to the story (default 0): where not every event in view can be labelled, the most important are labelled first.',
  editable: 'false keeps the event as it is where readers may edit the timeline.',
};

type Row = (typeof EVENT_FIELDS)[number];

/** The name of a field of a {@link TimelineEvent}. */
export type EventField = Row['key'];

/** The name of a CSV column. */
export type CsvColumn = Row extends infer R ? (R extends { csv: readonly (infer C)[] } ? C : R extends { key: infer K } ? K : never) : never;

/** The type of value each kind reads; `enum` and `vocabulary` narrow it to their words. */
interface KindValue {
  id: string;
  text: string;
  date: IsoPartialDate;
  number: number;
  boolean: boolean;
  list: readonly string[];
  countries: readonly string[];
  place: Place;
  sources: readonly SourceRef[];
  media: Media;
  translations: Translations;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type ValueOf<R extends Row> = R extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : R extends { kind: 'vocabulary'; values: readonly (infer V)[] }
    ? V | (string & {})
    : R['kind'] extends keyof KindValue
      ? KindValue[R['kind']]
      : never;
/** Whether each row's kind reads the type types.ts declares; distributes over the rows. */
type ValuesFit<R extends Row> = R extends Row ? Same<Required<TimelineEvent>[R['key']], ValueOf<R>> : never;
type Assert<T extends true> = T;

type TranslationRow = (typeof TRANSLATION_FIELDS)[number];
/** The name of a field of a {@link Translation}. */
export type TranslationField = TranslationRow['key'];
/** Whether each translation row's kind reads the type types.ts declares. */
type TranslationFits<R extends TranslationRow> = R extends TranslationRow ? Same<Required<Translation>[R['key']], R['kind'] extends 'list' ? readonly string[] : string> : never;
/** The French columns the table's rows give, in order. */
type FrenchColumns<T extends readonly TranslationRow[]> = { readonly [I in keyof T]: `${T[I]['column']}_fr` };
type TranslationsCsv = Extract<Row, { kind: 'translations' }>['csv'];

/**
 * Compile-time only: `tsc` fails here when {@link TimelineEvent} (types.ts) and
 * {@link EVENT_FIELDS} disagree on the fields' names, on which are required, or on the type
 * of a field's value; or when {@link Translation} and {@link TRANSLATION_FIELDS} disagree, or
 * the French CSV columns are not the translation rows' in order.
 * @internal
 */
export type FieldsAgree = [
  Assert<Same<keyof TimelineEvent, EventField>>,
  Assert<Same<RequiredKeys<TimelineEvent>, Extract<Row, { required: true }>['key']>>,
  Assert<Same<ValuesFit<Row>, true>>,
  Assert<Same<keyof Translation, TranslationField>>,
  Assert<Same<TranslationFits<TranslationRow>, true>>,
  Assert<Same<FrenchColumns<typeof TRANSLATION_FIELDS>, TranslationsCsv>>,
];
