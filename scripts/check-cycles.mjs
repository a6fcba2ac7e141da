// Fails when modules under src/ import each other in a cycle, type imports and `import()`
// included: each module should read top to bottom from what it needs (ARCHITECTURE.md), and
// a cycle is two modules that cannot be understood, tested or split apart one at a time.
// Prints each cycle once, as a path of modules. `--list` prints them and exits 0.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Every .ts file under `dir`. */
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
});

const modules = files(src);
const known = new Set(modules);
/** Each module's imports of other src modules: static, type-only, re-exports and `import()`. */
const graph = new Map(
  modules.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
      .filter((target) => known.has(target));
    return [file, [...new Set(targets)]];
  }),
);

// Tarjan's strongly connected components: a component of more than one module (or a module
// importing itself) holds a cycle.
let index = 0;
const stack = [];
const on = new Set();
const indices = new Map();
const low = new Map();
const components = [];
function connect(v) {
  indices.set(v, index);
  low.set(v, index++);
  stack.push(v);
  on.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!indices.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (on.has(w)) low.set(v, Math.min(low.get(v), indices.get(w)));
  }
  if (low.get(v) === indices.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      on.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
  }
}
for (const v of modules) if (!indices.has(v)) connect(v);

/** One shortest cycle through `start` inside its component, as a path back to `start`. */
function cycleThrough(start, members) {
  const inside = new Set(members);
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = previous.get(v); p; p = previous.get(p)) path.unshift(p);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

const name = (file) => relative(src, file);
const lines = components.map((members) => {
  const sorted = [...members].sort();
  return `${members.length} modules in a cycle (${sorted.map(name).join(', ')}); for example ${cycleThrough(sorted[0], members).map(name).join(' -> ')}`;
});
if (lines.length && !process.argv.includes('--list')) {
  console.error(`check-cycles: src/ modules import each other in a cycle:\n  ${lines.join('\n  ')}`);
  process.exit(1);
}
console.log(lines.length ? lines.join('\n') : `check-cycles: ${String(modules.length)} src modules, no import cycle`);
