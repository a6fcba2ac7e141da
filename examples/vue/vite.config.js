import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <sahel-timeline> is a custom element, not a Vue component: Vue renders it as it is and
      // sets its properties (`:events`) on it as DOM properties.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'sahel-timeline' } },
    }),
  ],
});
