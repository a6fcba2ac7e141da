// Run by `npm test` after the build: the dataset files in dist/ hold exactly what the dataset
// module gives (the browser tests check that module's events, CSV and schema from src/), and
// dataset.json passes the JSON Schema written beside it.
import { deepStrictEqual, equal, ok } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Validator } from '@cfworker/json-schema';
import { datasetSchema, eras, events, eventsToCsv, fromTimelineJS, sources, summary, title, toTimelineJS, translations } from '../dist/dataset/index.js';

const read = (name) => readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8');
/** As written to JSON and read back: no undefined fields. */
const viaJson = (value) => JSON.parse(JSON.stringify(value));

const json = JSON.parse(read('dataset.json'));
const schema = JSON.parse(read('dataset.schema.json'));

deepStrictEqual(json.events, viaJson(events), 'dist/dataset.json holds the events of the dataset module');
deepStrictEqual(json.sources, viaJson(sources), 'dist/dataset.json holds the sources of the dataset module');
deepStrictEqual(json.eras, viaJson(eras), 'dist/dataset.json holds the eras of the dataset module, with their translations');
deepStrictEqual(json.translations, viaJson(translations), "dist/dataset.json holds the title card's translations");
equal(json.$schema, './dataset.schema.json', 'dist/dataset.json names the schema beside it');
ok(typeof json.title === 'string' && json.title.trim() !== '', 'dist/dataset.json has a title');
deepStrictEqual(schema, viaJson(datasetSchema), 'dist/dataset.schema.json is datasetSchema');
equal(read('dataset.csv'), eventsToCsv(events), 'dist/dataset.csv is eventsToCsv(events)');
const timeline = JSON.parse(read('dataset.timeline.json'));
deepStrictEqual(timeline, viaJson(toTimelineJS({ title, summary, translations, eras, events })), 'dist/dataset.timeline.json is toTimelineJS of the dataset');
deepStrictEqual(viaJson(fromTimelineJS(timeline).data.events), viaJson(events), 'dist/dataset.timeline.json reads back as the events');

const result = new Validator(schema, '2020-12').validate(json);
ok(result.valid, `dist/dataset.json fails dist/dataset.schema.json: ${JSON.stringify(result.errors.slice(0, 5))}`);

console.log(`dataset files: dataset.json, dataset.csv, dataset.timeline.json and dataset.schema.json agree with the dataset module (${events.length} events)`);
