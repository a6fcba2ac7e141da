// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // examples/ and types/ (Vue's and Svelte's typings) are checked where those frameworks are
  // installed: by the examples' own tsc, vue-tsc and svelte-check (scripts/check-examples.mjs).
  { ignores: ['dist/', 'site/', 'examples/', 'types/', 'node_modules/', 'bench/results.json', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Lit directives declare render()'s parameters for typing, then read them in update().
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Contradicts strict's no-non-null-assertion: `as T` is how we narrow what we know.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // Lines a reader takes in at once; words (strings, templates, URLs) and JSDoc tags, which
      // the manifest reads as one line, may run on.
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignorePattern: '^\\s*\\* @' }],
    },
  },
  {
    // A module a reader can hold in mind: at most 400 lines (ARCHITECTURE.md), the element at
    // most 300; the Sahel dataset's content is data, not code.
    files: ['src/**/*.ts'],
    ignores: ['src/dataset/events.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    files: ['src/timeline-element.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // @open-wc/testing's chai types declare `.equal()` as returning a Promise (for DOM
    // diffs), so every value assertion would read as a floating promise.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // Input and media go through test/commands.ts, which runs them in every engine.
    files: ['test/**/*.ts'],
    ignores: ['test/commands.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@web/test-runner-commands', message: "Import from './commands.js', which works in Chromium, Firefox and WebKit." }] }],
    },
  },
  {
    // Build scripts and configs are plain Node ESM, outside the TypeScript project.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', performance: 'readonly', document: 'readonly', window: 'readonly',
        requestAnimationFrame: 'readonly', Buffer: 'readonly', fetch: 'readonly',
      },
    },
  },
  {
    // The docs site's page scripts run in the browser.
    files: ['docs/**/*.js'],
    languageOptions: {
      globals: {
        navigator: 'readonly', customElements: 'readonly', IntersectionObserver: 'readonly', Option: 'readonly',
        Blob: 'readonly', Intl: 'readonly',
      },
    },
  },
);
