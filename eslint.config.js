// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import globals from 'globals'
import tseslint from 'typescript-eslint'

import { importBoundaries } from './eslint/import-boundaries.js'

/**
 * User-facing words live in the message catalogue (docs/decisions/008-user-facing-strings.md):
 * JSX text with letters, or a literal in an attribute people read or hear, is inline English.
 */
const TRANSLATED_ATTRIBUTES = '/^(aria-label|aria-description|title|placeholder|alt|label)$/'
const CATALOGUE_MESSAGE =
  "User-facing text comes from the message catalogue: import { messages } from '@/lib/i18n' (src/lib/i18n/messages.en.ts)."
const inlineText = [
  'JSXText[value=/[A-Za-z]/]',
  `JSXAttribute[name.name=${TRANSLATED_ATTRIBUTES}] Literal[value=/[A-Za-z]/]`,
  `JSXAttribute[name.name=${TRANSLATED_ATTRIBUTES}] TemplateElement[value.raw=/[A-Za-z]/]`,
].map((selector) => ({ selector, message: CATALOGUE_MESSAGE }))

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'reports',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
      'bench/.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // One import order everywhere, fixed by `eslint --fix`; the formatter leaves order alone.
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Layers and the demo API's boundary (decision 002): eslint/import-boundaries.js.
  ...importBoundaries,
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/mocks/**', 'src/testing/**', 'src/test/**'],
    rules: { 'no-restricted-syntax': ['error', ...inlineText] },
  },
  {
    files: ['e2e/**', 'scripts/**', 'bench/**', '*.config.ts', '*.config.js'],
    rules: { 'no-console': 'off' },
  },
  // Layout belongs to the formatter (Prettier); lint rules that would argue with it are off.
  prettier,
)
