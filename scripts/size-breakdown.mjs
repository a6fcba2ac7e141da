// What each part of dist/sahel-timeline.bundle.js costs, gzipped: the bundle is built again
// with one group of modules left out (external) at a time, and the difference is that
// group's share. Shares overlap a little (gzip is not additive), so they do not sum exactly.
// Run after `npm run build`: `npm run size` (`npm run size -- --modules` lists the first load's
// modules too, largest first).
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

// The first of rollup.config.mjs's builds is the bundle (the second is the ink worker).
const [config] = configs;
/** As the build reads its input (the bundle's chunks import from it), quiet as `rollup -c --silent` is (tsc's top-level `this`). */
const inputOptions = { input: config.input, preserveEntrySignatures: config.preserveEntrySignatures, onwarn: () => undefined };

/** The bundle's gzipped size in KB, with the modules `leftOut` matches left out. */
async function size(leftOut) {
  const bundle = await rollup({ ...inputOptions, plugins: config.plugins, external: leftOut });
  const { output } = await bundle.generate({ format: config.output.format });
  await bundle.close();
  // Every chunk counts: the first load and what it loads on demand.
  return output.reduce((sum, o) => sum + (o.type === 'chunk' ? gzipSync(o.code, { level: 9 }).length / 1024 : 0), 0);
}

const groups = {
  lit: (id) => /^(lit|@lit\/)/.test(id),
  'd3 (all modules)': (id) => id.startsWith('d3-'),
  'd3-zoom, with d3-selection, -drag, -transition, -dispatch, -timer, -ease': (id) => /^d3-(zoom|transition|drag|selection|dispatch|timer|ease)/.test(id),
  '  of which d3-transition': (id) => id.startsWith('d3-transition'),
  'd3-scale (scaleUtc, with d3-time-format, -interpolate, -color)': (id) => id.startsWith('d3-scale'),
  'the Sahel dataset (events and sources)': (id) => /dataset\/(events|sources)\.js$/.test(id),
  'the stylesheet': (id) => /(timeline\.styles|styles\/\w+)\.js$/.test(id),
};

/** The first load's modules, largest first: their rendered length before minifying (not gzipped, but their order is the one to look at). */
async function firstLoadModules() {
  const bundle = await rollup({ ...inputOptions, plugins: config.plugins.filter((p) => p.name !== 'terser') });
  const { output } = await bundle.generate({ format: config.output.format });
  await bundle.close();
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  return Object.entries(entry.modules).map(([id, m]) => [id.replace(/^.*\/(dist|node_modules)\//, ''), m.renderedLength]).sort((a, b) => b[1] - a[1]);
}

const full = await size(() => false);
console.log(`dist/sahel-timeline.bundle.js and its chunks: ${full.toFixed(1)} KB gzipped`);
for (const [name, leftOut] of Object.entries(groups)) console.log(`  ${(full - (await size(leftOut))).toFixed(1).padStart(5)} KB  ${name}`);
if (process.argv.includes('--modules')) {
  console.log('\nThe first load, module by module (rendered KB before minifying):');
  for (const [id, length] of await firstLoadModules()) console.log(`  ${(length / 1024).toFixed(1).padStart(5)}  ${id}`);
}
