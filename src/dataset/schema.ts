/**
 * The JSON Schema of `dataset.json`. An event's properties, their descriptions and which are
 * required come from the fields table (fields.ts), one schema per kind of field, and a
 * translation's words from the translation fields table beside it; the date pattern comes
 * from calendar.ts, which the validator reads dates with too.
 */

import { PARTIAL_DATE_SCHEMA_PATTERN } from './calendar.js';
import { EVENT_FIELDS, FIELD_DESCRIPTIONS, TRANSLATION_FIELDS, type EventField, type FieldSpec } from './fields.js';
import { MEDIA_KINDS, PLACE_PRECISIONS } from './vocabulary.js';

/** A JSON Schema, as far as this module writes them. */
export type JsonSchema = Readonly<Record<string, unknown>>;

const text = { type: 'string' } as const;
/** An http(s) address, or a relative one (no scheme at all). */
const MEDIA_URL_PATTERN = '^(?:https?://|(?![A-Za-z][A-Za-z0-9+.-]*:))\\S';
const nonEmpty = { type: 'string', minLength: 1 } as const;

/** The schema of a field's value, by its kind. */
function kindSchema(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'id':
      return nonEmpty;
    case 'text':
      return spec.required ? nonEmpty : text;
    case 'date':
      return { $ref: '#/$defs/isoPartialDate' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { enum: [...(spec.values ?? [])] };
    case 'vocabulary':
      return { anyOf: [{ enum: [...(spec.values ?? [])] }, { type: 'string', minLength: 1, pattern: '\\S' }] };
    case 'list':
      return { type: 'array', items: text };
    case 'countries':
      return { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' } };
    case 'place':
      return {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: nonEmpty,
          lat: { type: 'number', minimum: -90, maximum: 90 },
          lon: { type: 'number', minimum: -180, maximum: 180 },
          precision: { enum: [...PLACE_PRECISIONS] },
        },
        dependentRequired: { lat: ['lon'], lon: ['lat'] },
      };
    case 'media':
      return {
        type: 'object',
        required: ['url'],
        additionalProperties: false,
        properties: {
          url: { type: 'string', pattern: MEDIA_URL_PATTERN },
          alt: text,
          caption: text,
          credit: text,
          thumbnail: { type: 'string', pattern: MEDIA_URL_PATTERN },
          kind: { enum: [...MEDIA_KINDS] },
        },
      };
    case 'translations': {
      const properties = Object.fromEntries(TRANSLATION_FIELDS.map((f) => [f.key, f.kind === 'list' ? { type: 'array', items: { type: 'string', pattern: '\\S' } } : text]));
      const words = { type: 'object', additionalProperties: false, properties };
      return { type: 'object', propertyNames: { pattern: '^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$' }, additionalProperties: words };
    }
    case 'sources':
      return {
        type: 'array',
        items: {
          type: 'object',
          required: ['source'],
          additionalProperties: false,
          properties: {
            source: nonEmpty,
            paragraph: { type: 'integer', minimum: 1 },
            quote: text,
            url: text,
          },
        },
      };
  }
}

const fields: readonly FieldSpec[] = EVENT_FIELDS;

/** The schema of one event: a property per row of the fields table. */
const eventSchema = {
  type: 'object',
  required: fields.filter((f) => f.required).map((f) => f.key as EventField),
  additionalProperties: false,
  properties: Object.fromEntries(
    fields.map((f): [string, JsonSchema] => [f.key, { ...kindSchema(f), description: FIELD_DESCRIPTIONS[f.key as EventField] }]),
  ) as Record<EventField, JsonSchema>,
};

/**
 * JSON Schema (draft 2020-12) of `dataset.json`: the events with their sources. Written out
 * as `dataset.schema.json` by the build, so the file and the validator share one vocabulary.
 */
export const datasetSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/sahel-timeline/dist/dataset.schema.json',
  title: 'sahel-timeline dataset',
  type: 'object',
  required: ['events'],
  properties: {
    title: text,
    summary: { ...text, description: 'What the dataset tells, in a sentence or two: its title card.' },
    translations: { ...kindSchema({ key: 'translations', kind: 'translations' }), description: 'The title and summary in other languages.' },
    sources: { type: 'array', items: { $ref: '#/$defs/source' } },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
    eras: { type: 'array', items: { $ref: '#/$defs/era' } },
  },
  $defs: {
    isoPartialDate: {
      type: 'string',
      pattern: PARTIAL_DATE_SCHEMA_PATTERN,
      description:
        'ISO 8601 date whose length states its precision: "2012", "2021-12", "2022-03-27" or "2022-03-27T14:30Z". Years are astronomical (0000 is 1 BCE, -0043 is 44 BCE); years of more than four digits carry a sign ("-66000000").',
    },
    event: eventSchema,
    // Eras are drawn behind the events: a title, dates, and optionally a colour and sources.
    era: {
      type: 'object',
      required: ['title', 'start'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        title: nonEmpty,
        start: { $ref: '#/$defs/isoPartialDate' },
        end: { $ref: '#/$defs/isoPartialDate', description: 'Included; none while it goes on.' },
        color: { ...text, description: 'Any CSS colour.' },
        sources: kindSchema({ key: 'sources', kind: 'sources' }),
        note: text,
        translations: kindSchema({ key: 'translations', kind: 'translations' }),
      },
    },
    // Sources are not events: their shape is written here, not in the fields table.
    source: {
      type: 'object',
      required: ['id', 'title'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        title: text,
        publisher: text,
        author: text,
        published: { $ref: '#/$defs/isoPartialDate' },
        publishedNote: text,
        language: text,
        url: text,
        file: text,
        paragraphs: { type: 'integer', minimum: 1 },
      },
    },
  },
} as const;
