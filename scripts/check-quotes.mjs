// Checks every quoted phrase in the dataset against the paragraph it cites, in the source
// texts kept beside the repository (../shared/sources/). Paragraph N is the Nth non-empty
// line. Needs a build first (it reads dist/dataset/index.js). Where the texts are not
// present (a clone on its own), it says so and checks only what it can: paragraph counts.
import { existsSync, readFileSync } from 'node:fs';
import { eras, events, sources } from '../dist/dataset/index.js';

const dir = new URL('../../shared/sources/', import.meta.url);
const problems = [];
let checked = 0;
const texts = new Map();
for (const s of sources) {
  const file = new URL(s.file, dir);
  if (!existsSync(file)) continue;
  const paragraphs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  texts.set(s.id, paragraphs);
  if (paragraphs.length !== s.paragraphs) problems.push(`${s.id}: the table says ${s.paragraphs} paragraphs, the text has ${paragraphs.length}`);
}
for (const e of [...events, ...eras]) {
  for (const ref of e.sources ?? []) {
    const paragraphs = texts.get(ref.source);
    if (!paragraphs || !ref.quote) continue;
    const text = paragraphs[(ref.paragraph ?? 0) - 1];
    checked++;
    if (!text?.includes(ref.quote)) problems.push(`${e.id}: "${ref.quote}" is not in ${ref.source} paragraph ${ref.paragraph}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  texts.size
    ? `quotes: ${checked} quoted phrases found word for word in the paragraphs they cite`
    : 'quotes: the source texts (../shared/sources/) are not beside this clone; quotes not checked',
);
