// Checks that `npm pack` ships the bundle, the dataset files and the type declarations,
// and nothing beyond dist/, the README, the LICENSE and package.json.
import { execFileSync } from 'node:child_process';

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = report.files.map((f) => f.path);
const required = [
  'dist/sahel-timeline.bundle.js',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/dataset/index.js',
  'dist/dataset/index.d.ts',
  'dist/dataset.json',
  'dist/dataset.csv',
  'dist/dataset.schema.json',
  'dist/custom-elements.json',
  'README.md',
  'LICENSE',
];
const missing = required.filter((f) => !files.includes(f));
const stray = files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f));
if (missing.length || stray.length) {
  if (missing.length) console.error(`npm pack is missing: ${missing.join(', ')}`);
  if (stray.length) console.error(`npm pack ships files it should not: ${stray.join(', ')}`);
  process.exit(1);
}
console.log(`npm pack: ${files.length} files, ${(report.size / 1024).toFixed(1)} KB packed; bundle, dataset files and .d.ts present`);
