// Checks that `npm pack` ships the bundle, the dataset files and the type declarations,
// and nothing beyond dist/, the README, the LICENSE and package.json; lints the tarball's
// package.json and exports (publint) and their types (Are the types wrong?); then installs the
// packed tarball in an empty folder, imports the element's entry in Node as a server renderer
// would, and reads the dataset through the package's exports, as a researcher would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const dir = mkdtempSync(join(tmpdir(), 'sahel-pack-'));
// One real pack serves both checks: its report lists the same files as `npm pack --dry-run`.
const [report] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], process.cwd()));
const files = report.files.map((f) => f.path);
const required = [
  'dist/sahel-timeline.bundle.js',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/dataset/index.js',
  'dist/dataset/index.d.ts',
  'dist/dataset.json',
  'dist/dataset.csv',
  'dist/dataset.timeline.json',
  'dist/dataset.schema.json',
  'dist/custom-elements.json',
  'dist/react.js',
  'dist/react.d.ts',
  'dist/vue.d.ts',
  'dist/svelte.d.ts',
  'README.md',
  'LICENSE',
];
const missing = required.filter((f) => !files.includes(f));
const stray = files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f));
if (missing.length || stray.length) {
  if (missing.length) console.error(`npm pack is missing: ${missing.join(', ')}`);
  if (stray.length) console.error(`npm pack ships files it should not: ${stray.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
console.log(`npm pack: ${files.length} files, ${(report.size / 1024).toFixed(1)} KB packed; bundle, dataset files and .d.ts present`);

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
try {
  const tarball = report.filename;
  try {
    execFileSync(bin('publint'), ['run', '--strict', join(dir, tarball)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // ESM only (`"type": "module"`, Node 20 and later): CommonJS `require` and node10's
    // resolution, which ignores `exports`, are not supported, so they are not checked.
    // attw reads a .json file as CommonJS (`module.exports =`) and asks its types for
    // `export =`; in this ES module package TypeScript refuses that (TS1203) to any app that
    // checks libraries (skipLibCheck: false), while `export default` is what an ES module's
    // JSON import gives. The JS entries are ES modules only, so the rule has nothing else to find.
    execFileSync(bin('attw'), [join(dir, tarball), '--profile', 'esm-only', '--ignore-rules', 'false-export-default', '--format', 'ascii'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error));
    process.exit(1);
  }
  console.log('publint and attw (esm-only): no problems in the tarball\'s package.json, exports and types');
  writeFileSync(join(dir, 'package.json'), '{ "name": "pack-check", "private": true, "type": "module" }\n');
  npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, tarball)], dir);
  // As a server renderer would, without React (the /react entry's optional peers): no window,
  // document or HTMLElement in Node, and loading the element's entry must not throw.
  execFileSync('node', ['--input-type=module', '-e', "await import('sahel-timeline'); await import('sahel-timeline/vue'); await import('sahel-timeline/svelte');"], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const count = execFileSync('node', ['-e', "import('sahel-timeline/dataset').then(m => console.log(m.events.length))"], { cwd: dir, encoding: 'utf8' }).trim();
  const read = `
    import { createRequire } from 'node:module';
    import { readFileSync } from 'node:fs';
    const require = createRequire(import.meta.url);
    const json = JSON.parse(readFileSync(require.resolve('sahel-timeline/dataset.json'), 'utf8'));
    const csv = readFileSync(require.resolve('sahel-timeline/dataset.csv'), 'utf8');
    const schema = JSON.parse(readFileSync(require.resolve('sahel-timeline/dataset.schema.json'), 'utf8'));
    console.log([json.events.length, csv.trim().split(/\\r?\\n(?=[a-z0-9-]+,)/).length - 1, schema.title].join('|'));
  `;
  const [jsonCount, csvRows, schemaTitle] = execFileSync('node', ['--input-type=module', '-e', read], { cwd: dir, encoding: 'utf8' }).trim().split('|');
  if (!(Number(count) > 0) || jsonCount !== count || csvRows !== count || !schemaTitle) {
    console.error(`installed package: dataset entry ${count} events, dataset.json ${jsonCount}, dataset.csv ${csvRows} rows, schema "${schemaTitle}"`);
    process.exit(1);
  }
  console.log(`installed tarball: sahel-timeline imports in Node; sahel-timeline/dataset has ${count} events; dataset.json, dataset.csv and the schema agree`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
