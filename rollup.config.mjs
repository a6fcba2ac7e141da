// The standalone bundle: one minified ES module with lit and d3 inlined, for a plain
// <script type="module"> on any page. What most pages do not use (the built-in Sahel data,
// for a page with its own events) is a chunk beside it in dist/chunks/, imported on demand
// relative to the bundle's own URL. The library entry (dist/index.js) is compiled by tsc
// module by module, with lit and d3 left as imports so that bundlers dedupe them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';
import { minifyCss } from './scripts/minify-css.mjs';

/** d3 modules the bundle needs nothing of, answered by stubs (see each file for why). */
const D3_STUBS = new Set(['d3-selection', 'd3-transition', 'd3-color', 'd3-ease', 'd3-interpolate']);
const d3Stubs = {
  name: 'd3-stubs',
  resolveId: (id) => (D3_STUBS.has(id) ? fileURLToPath(new URL(`./scripts/d3-stubs/${id.slice(3)}.mjs`, import.meta.url)) : null),
};

export default [{
  input: 'dist/index.js',
  // The chunks import what they share with the bundle from the bundle itself (extra exports),
  // rather than from a third chunk that every page would have to fetch too.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'sahel-timeline.bundle.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    d3Stubs,
    nodeResolve({ exportConditions: ['production'] }),
    minifyCss(),
    // Three passes: the second finds what the first made inlinable (a few hundred bytes), the
    // third 80 bytes more (the first load's ceiling is scripts/check-size.mjs's).
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ],
},
// The map (sahel-timeline/map), a bundle of its own for a second <script type="module">: with
// its own copy of lit and of the few helpers it shares with the timeline, so that the
// timeline's bundle stays as it is for the pages without a map (sharing them would move them to
// a chunk both import, and cost every page 2 KB). Its boundaries are a chunk it loads itself.
{
  input: 'dist/map.js',
  output: {
    dir: 'dist',
    entryFileNames: 'sahel-timeline-map.bundle.js',
    chunkFileNames: 'chunks/map-[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    minifyCss(),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ],
},
// The ink worker (render/ink-worker.ts), beside the module that starts it:
// render/ink-hand-over.ts finds it at new URL('./ink-worker.js', import.meta.url), from the
// bundle's chunk (dist/chunks/) or from the library's modules (dist/render/, where it replaces
// tsc's output). Self-contained both times: a worker has no bundle to import from, and a
// bundler that copies the file as an asset (Vite, webpack 5) copies it alone.
{
  input: 'dist/render/ink-worker.js',
  output: [
    { file: 'dist/chunks/ink-worker.js', format: 'es', sourcemap: true },
    { file: 'dist/render/ink-worker.js', format: 'es', sourcemap: true },
  ],
  plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
}];
