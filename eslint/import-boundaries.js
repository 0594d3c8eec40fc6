// @ts-check
/**
 * Import boundaries (docs/decisions/002-layers-and-import-rules.md), checked on resolved files:
 * every import (static, dynamic, type-only, re-export; `@/` or relative) is resolved to the file it
 * names, and that file's folder decides whether the import is allowed. Patterns on the import's
 * text missed relative paths (`../mocks/x`), which is why this is not `no-restricted-imports`.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

const root = fileURLToPath(new URL('..', import.meta.url))
const entries = readdirSync(new URL('../src', import.meta.url), { withFileTypes: true })
const features = readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Tests and their helpers: the only code besides main.tsx that may load the demo API. */
export const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/testing/**']
const TEST_CODE = ['src/test/**', 'src/testing/**', 'src/**/*.test.{ts,tsx}']
/** The entry point; it loads the demo API lazily when no API is configured. */
const ENTRY = 'src/main.tsx'
/** The one module of the demo API that the entry point may load. */
const DEMO_LOADER = './browser.ts'

const NOT_PRODUCT = new Set(['mocks', 'test', 'testing'])
/** Everything under src/ that ships: each folder and file but the demo API and test helpers. */
const product = entries.filter((entry) => !NOT_PRODUCT.has(entry.name)).map((entry) => `src/${entry.name}`)
/** Everything under src/ that is not the demo API. */
const notMocks = entries.filter((entry) => entry.name !== 'mocks').map((entry) => `src/${entry.name}`)

/** @typedef {{ target: string | string[], from: string | string[], except?: string[], message: string }} Zone */

/** Rules that hold for product code and tests alike. @type {Zone[]} */
const layerZones = [
  {
    target: ['src/lib', 'src/components', 'src/config', 'src/sources'],
    from: ['src/features', 'src/app', ENTRY],
    message:
      'Layers are one-way (lib|components|config → sources → features → app): this layer imports no feature and no app module.',
  },
  {
    target: ['src/lib', 'src/components'],
    from: ['src/sources'],
    message: 'lib/ and components/ know no vendor: they import nothing from sources/.',
  },
  {
    target: 'src/features',
    from: ['src/app', ENTRY],
    message: 'Features do not import app/: app/ composes them.',
  },
  {
    target: 'src/app',
    from: ENTRY,
    message: 'main.tsx is the entry point: it renders app/, and nothing imports it.',
  },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: compose them in app/.',
  })),
  {
    target: 'src/mocks',
    from: notMocks,
    message: 'The demo API is an independent implementation of the vendor contracts: it imports no product code.',
  },
]

/** @param {string[]} except @returns {Zone} */
const noDemoApi = (except) => ({
  target: product,
  from: 'src/mocks',
  except,
  message:
    except.length > 0
      ? 'main.tsx loads the demo API through src/mocks/browser.ts only.'
      : 'Product code never imports the demo API (src/mocks/): only main.tsx loads it, lazily, and tests.',
})

/** @type {Zone} */
const noTestCode = {
  target: product,
  from: TEST_CODE,
  message: 'Product code never imports tests or test helpers (src/test/, src/testing/).',
}

/** @param {Zone[]} zones */
const restrictedPaths = (zones) => ['error', { basePath: root, zones }]

export const importBoundaries = [
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
        createNodeResolver(),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([...layerZones, noDemoApi([]), noTestCode]),
      // An import that cannot be resolved is invisible to the zones above: it must not pass.
      'import-x/no-unresolved': 'error',
    },
  },
  {
    files: TEST_FILES,
    rules: { 'import-x/no-restricted-paths': restrictedPaths(layerZones) },
  },
  {
    files: [ENTRY],
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([...layerZones, noDemoApi([DEMO_LOADER]), noTestCode]),
      // Lazily: a static import would put the demo API in the first download of every deployment.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)mocks(/|$)',
              message:
                'main.tsx loads the demo API lazily, with import(), so a deployment with an API never downloads it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Style, not a boundary (the zones see through relative paths): a feature reaches other
    // top-level folders by the `@/` alias rather than by climbing out of itself.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*'], message: 'Reach outside a feature with the `@/` alias.' }] },
      ],
    },
  },
]
