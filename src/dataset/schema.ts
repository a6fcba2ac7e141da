import { CERTAINTIES, EVENT_CATEGORIES, EVENT_KINDS } from './vocabulary.js';

const isoPartialDate = {
  type: 'string',
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  description: 'ISO 8601 date whose length states its precision: "2012", "2021-12" or "2022-03-27".',
} as const;

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
    title: { type: 'string' },
    sources: { type: 'array', items: { $ref: '#/$defs/source' } },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  },
  $defs: {
    isoPartialDate,
    event: {
      type: 'object',
      required: ['id', 'title', 'start'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, description: 'Stable, unique identifier.' },
        title: { type: 'string', minLength: 1 },
        summary: { type: 'string' },
        start: { $ref: '#/$defs/isoPartialDate' },
        end: { $ref: '#/$defs/isoPartialDate' },
        kind: { enum: [...EVENT_KINDS] },
        category: {
          description: 'What the event is about: a built-in category, or any other name (categories are open).',
          anyOf: [{ enum: [...EVENT_CATEGORIES] }, { type: 'string', minLength: 1, pattern: '\\S' }],
        },
        countries: {
          type: 'array',
          description: 'ISO 3166-1 alpha-2 codes. The element also reads lower-case codes and English country names.',
          items: { type: 'string', pattern: '^[A-Z]{2}$' },
        },
        actors: { type: 'array', items: { type: 'string' } },
        place: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1 },
            lat: { type: 'number', minimum: -90, maximum: 90 },
            lon: { type: 'number', minimum: -180, maximum: 180 },
          },
          dependentRequired: { lat: ['lon'], lon: ['lat'] },
        },
        sources: {
          type: 'array',
          items: {
            type: 'object',
            required: ['source'],
            additionalProperties: false,
            properties: {
              source: { type: 'string', minLength: 1 },
              paragraph: { type: 'integer', minimum: 1 },
              quote: { type: 'string' },
              url: { type: 'string' },
            },
          },
        },
        certainty: { enum: [...CERTAINTIES] },
        reportedDate: { type: 'string', description: "The source's own wording of the date." },
        note: { type: 'string' },
      },
    },
    source: {
      type: 'object',
      required: ['id', 'title'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1 },
        title: { type: 'string' },
        publisher: { type: 'string' },
        author: { type: 'string' },
        published: { $ref: '#/$defs/isoPartialDate' },
        publishedNote: { type: 'string' },
        language: { type: 'string' },
        url: { type: 'string' },
        file: { type: 'string' },
        paragraphs: { type: 'integer', minimum: 1 },
      },
    },
  },
} as const;
