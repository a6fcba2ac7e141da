// `npm run docs` (after `npm run build`): the docs site as static files in site/, for any
// static host and any sub-path (every address is relative). `npm start` serves the same folder.
//
//   site/index.html, gallery.html, playground.html   from docs/, with docs.css, home.js, gallery.js, data/, images/
//   site/api.html                                    docs/api.html with the reference written in, from the manifest
//   site/guide.html, data.html, styling.html,        from Markdown: docs/*.md and DATASET.md (scripts/docs-pages.mjs);
//        languages.html, performance.html,           the guide with its table of attributes and properties from the
//        dataset.html                                manifest, the Performance page with the table of bench/results.md
//   site/playground.js                               docs/playground.js bundled with the dataset readers (d3-dsv inside)
//   site/demo/                                       the Sahel story: demo/ as it is
//   site/dist/                                       the standalone bundle and its chunks, the data files, the manifest
//
// Then it checks the result (scripts/check-docs.mjs) and fails on any problem.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { apiMain, findElement, propertiesMarkdown } from './api-page.mjs';
import { checkApi, checkGuide, checkSite } from './check-docs.mjs';
import { guidePage, PAGES } from './docs-pages.mjs';

const root = resolve(import.meta.dirname, '..');
const docs = join(root, 'docs');
const dist = join(root, 'dist');
const site = join(root, 'site');

/** What the pages load from dist/, beside the chunks. */
const DIST_FILES = [
  'sahel-timeline.bundle.js',
  'sahel-timeline.bundle.js.map',
  'sahel-timeline-map.bundle.js',
  'sahel-timeline-map.bundle.js.map',
  'custom-elements.json',
  'dataset.json',
  'dataset.csv',
  'dataset.schema.json',
  'dataset.timeline.json',
];

for (const needed of ['sahel-timeline.bundle.js', 'custom-elements.json', 'dataset/index.js']) {
  if (!existsSync(join(dist, needed))) {
    console.error(`build-docs: dist/${needed} is missing: run npm run build first (npm run docs does both)`);
    process.exit(1);
  }
}

rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'dist'), { recursive: true });

// Pages, styles and data as written. playground.js is bundled below; api.html gets its body;
// the Markdown becomes pages below.
for (const entry of readdirSync(docs, { withFileTypes: true })) {
  if (entry.name === 'playground.js' || entry.name === 'api.html' || entry.name.endsWith('.md')) continue;
  cpSync(join(docs, entry.name), join(site, entry.name), { recursive: true });
}
cpSync(join(root, 'demo'), join(site, 'demo'), { recursive: true });
for (const file of DIST_FILES) if (existsSync(join(dist, file))) cpSync(join(dist, file), join(site, 'dist', file));
cpSync(join(dist, 'chunks'), join(site, 'dist', 'chunks'), { recursive: true });

// The API reference, from the manifest the build generated.
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const element = findElement(manifest, 'sahel-timeline');
const template = readFileSync(join(docs, 'api.html'), 'utf8');
const slot = /<!-- API:[^>]*-->/;
if (!slot.test(template)) throw new Error('docs/api.html has lost its <!-- API: … --> comment');
writeFileSync(join(site, 'api.html'), template.replace(slot, () => apiMain(element)));

// The guide pages, from Markdown. A link to another page's Markdown leads to that page; to a
// file of docs/, to its copy; to anything else in the repository (examples/, LICENSE), which
// the site does not hold, it is written as its text.
const linkFrom = (source) => (address) => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith('#')) return address;
  const [path, fragment] = address.split('#');
  const target = resolve(root, dirname(source), path);
  const suffix = fragment ? `#${fragment}` : '';
  const page = PAGES.find((p) => resolve(root, p.source) === target);
  if (page) return `./${page.page}${suffix}`;
  const inDocs = relative(docs, target);
  if (!inDocs.startsWith('..') && existsSync(target)) return `./${inDocs.split(sep).join('/')}${suffix}`;
  return null;
};
/** bench/results.md in the Performance page, where its Markdown names it. */
const RESULTS = /^<!-- results: bench\/results\.md.*-->$/m;
/** The element's attributes and properties, from the manifest, in the guide, where its Markdown names them. */
const PROPERTIES = /^<!-- properties: .*-->$/m;
if (!PROPERTIES.test(readFileSync(join(docs, 'guide.md'), 'utf8'))) throw new Error('docs/guide.md has lost its <!-- properties: … --> comment');
for (const { source, page } of PAGES) {
  let markdown = readFileSync(join(root, source), 'utf8').replace(PROPERTIES, () => propertiesMarkdown(element));
  if (RESULTS.test(markdown)) {
    const results = readFileSync(join(root, 'bench', 'results.md'), 'utf8').replace(/^# .*$/m, '## Latest results');
    markdown = markdown.replace(RESULTS, () => results);
  }
  writeFileSync(join(site, page), guidePage(markdown, { page, link: linkFrom(source) }));
}

// The playground with the dataset readers it imports (and d3-dsv) in one file: a static
// host needs no import map, which an inline script would have to declare.
const bundle = await rollup({ input: join(docs, 'playground.js'), plugins: [nodeResolve()], onwarn: (w) => console.warn(`build-docs: ${w.message}`) });
await bundle.write({ file: join(site, 'playground.js'), format: 'es', plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })] });
await bundle.close();

const problems = [...checkSite(site), ...checkApi(site, manifest), ...checkGuide(site, manifest)];
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(`build-docs: ${problems.length} problem(s) in site/`);
  process.exit(1);
}
console.log(`build-docs: site/ written and checked (${readdirSync(site).length} entries); serve it from any path`);
