import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Nothing to set for <sahel-timeline>: Svelte 5 renders unknown tags as elements, sets a
// property when the element has one (`events={...}`) and an attribute otherwise.
// (`compilerOptions.customElement` is for *making* custom elements with Svelte; leave it off.)
export default { preprocess: vitePreprocess() };
