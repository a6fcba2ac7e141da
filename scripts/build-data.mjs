// Writes dataset.json, dataset.csv, dataset.schema.json and dataset.timeline.json (the data as
// TimelineJS3 reads it) from the compiled dataset module, so the files and the TypeScript data
// can never drift apart.
import { writeFileSync } from 'node:fs';
import { datasetSchema, eras, events, eventsToCsv, sources, summary, title, toTimelineJS, translations } from '../dist/dataset/index.js';

const out = (name, text) => writeFileSync(new URL(`../dist/${name}`, import.meta.url), text);

out(
  'dataset.json',
  JSON.stringify(
    {
      $schema: './dataset.schema.json',
      title,
      summary,
      translations,
      sources,
      events,
      eras,
    },
    null,
    2,
  ) + '\n',
);
out('dataset.schema.json', JSON.stringify(datasetSchema, null, 2) + '\n');
out('dataset.csv', eventsToCsv(events));
out('dataset.timeline.json', JSON.stringify(toTimelineJS({ title, summary, translations, eras, events }), null, 2) + '\n');

// A JSON module's value is the whole file: in this ES module package, its default export
// (`import data from 'sahel-timeline/dataset.json' with { type: 'json' }`). TypeScript refuses
// `export =` in an ES module's declarations (TS1203), which an app with skipLibCheck: false sees.
const jsonTypes = `import type { Era, SahelEvent, Source, Translations } from './dataset/types.js';
declare const dataset: { $schema: string; title: string; summary: string; translations: Translations; sources: Source[]; events: SahelEvent[]; eras: Era[] };
export default dataset;
`;
out('dataset.json.d.ts', jsonTypes);
out('dataset.schema.json.d.ts', 'declare const schema: Record<string, unknown>;\nexport default schema;\n');
out('dataset.csv.d.ts', 'declare const csv: string;\nexport default csv;\n');
out('dataset.timeline.json.d.ts', "import type { TimelineJSFile } from './dataset/index.js';\ndeclare const timeline: TimelineJSFile;\nexport default timeline;\n");
console.log(`dataset: ${events.length} events, ${eras.length} eras and ${sources.length} sources written as JSON, CSV, TimelineJS3 JSON and JSON Schema`);
