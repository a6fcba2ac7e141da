// The standalone bundle: one minified ES module with lit and d3 inlined, for a plain
// <script type="module"> on any page. What most pages do not use (the built-in Sahel data,
// for a page with its own events) is a chunk beside it in dist/chunks/, imported on demand
// relative to the bundle's own URL. The library entry (dist/index.js) is compiled by tsc
// module by module, with lit and d3 left as imports so that bundlers dedupe them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';
import { minifyCss } from './scripts/minify-css.mjs';

/** The map bundle's entry: a module of three lines, written by the plugin below. */
const MAP_ENTRY = fileURLToPath(new URL('./dist/map-bundle-entry.js', import.meta.url));

/** d3 modules the bundle needs nothing of, answered by stubs (see each file for why). */
const D3_STUBS = new Set(['d3-selection', 'd3-transition', 'd3-color', 'd3-ease', 'd3-interpolate']);
const d3Stubs = {
  name: 'd3-stubs',
  resolveId: (id) => (D3_STUBS.has(id) ? fileURLToPath(new URL(`./scripts/d3-stubs/${id.slice(3)}.mjs`, import.meta.url)) : null),
};

export default [{
  input: 'dist/bundle.js',
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
// The map's bundle (sahel-timeline/map), for a second <script type="module">: three lines that
// ask the timeline's bundle for its map chunk (src/bundle.ts loadMap), so that the map shares
// its lit (one 'lit-html' Trusted Types policy on the page) and helpers, and a page without a
// map downloads none of it (scripts/check-size.mjs).
{
  input: MAP_ENTRY,
  external: [fileURLToPath(new URL('./dist/sahel-timeline.bundle.js', import.meta.url))],
  output: { file: 'dist/sahel-timeline-map.bundle.js', format: 'es' },
  plugins: [
    {
      name: 'map-bundle',
      // A module of its own beside the bundle (never written), so that the bundle's import is relative to it.
      resolveId: (id) => (id === MAP_ENTRY ? id : null),
      load: (id) => (id === MAP_ENTRY ? "import { loadMap } from './sahel-timeline.bundle.js';\nexport const { SahelTimelineMap } = await loadMap();\n" : null),
    },
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
