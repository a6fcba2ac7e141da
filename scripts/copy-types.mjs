// Puts the Vue and Svelte typings (types/*.d.ts: augmentations of `vue` and `svelte/elements`,
// which the package's own type-check cannot see without those frameworks installed; the
// examples check them with vue-tsc and svelte-check) in dist/, each with an empty module so that
// `import 'sahel-timeline/vue'` also resolves at run time.
import { copyFileSync, writeFileSync } from 'node:fs';

for (const name of ['vue', 'svelte']) {
  copyFileSync(new URL(`../types/${name}.d.ts`, import.meta.url), new URL(`../dist/${name}.d.ts`, import.meta.url));
  writeFileSync(new URL(`../dist/${name}.js`, import.meta.url), `// Types only: see ${name}.d.ts.\nexport {};\n`);
}
