// @vitest-environment node
/**
 * Each import rule of decision 002 fires on a snippet linted as if it lived at a given path, in
 * its `@/` and relative forms, and the imports the rules allow stay clean. Imports point at real
 * files: a resolver cannot place a file that does not exist (and then no-unresolved fires).
 */
import { fileURLToPath } from 'node:url'

import { ESLint, type Linter } from 'eslint'

const root = fileURLToPath(new URL('..', import.meta.url))
const eslint = new ESLint({ cwd: root })

const ZONE = 'import-x/no-restricted-paths'

async function lint(path: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}/${path}` })
  return result!.messages
}

/** The messages of `rule` only, as "rule: message" so a failure shows what fired instead. */
async function reports(path: string, code: string, rule = ZONE): Promise<string[]> {
  const messages = await lint(path, code)
  return messages.filter((message) => message.ruleId === rule).map((message) => `${rule}: ${message.message}`)
}

type Case = [path: string, code: string, because: string]

/** Every case must be reported by the rule, with the reason that names the broken rule. */
function itForbids(rule: string, cases: Case[], ruleId = ZONE) {
  it.each(cases)(`${rule}: in %s, \`%s\` is an error`, async (path, code, because) => {
    expect(await reports(path, code, ruleId)).toEqual([expect.stringContaining(because)])
  })
}

const ONE_WAY = 'this layer imports no feature and no app module'
const NO_VENDOR = 'lib/ and components/ know no vendor'
const NO_APP = 'Features do not import app/'
const NO_CROSS_FEATURE = 'Features never import each other'
const INDEPENDENT = 'it imports no product code'
const NO_DEMO = 'Product code never imports the demo API'
const ONLY_LOADER = 'main.tsx loads the demo API through src/mocks/browser.ts only'
const NO_TEST_CODE = 'Product code never imports tests or test helpers'

describe('import boundaries (decision 002)', () => {
  describe('layers are one-way: lib|components|config → sources → features → app', () => {
    itForbids('one-way layers', [
      ['src/lib/format/x.ts', "import '@/features/audit-logs/list/audit-logs-page'", ONE_WAY],
      ['src/lib/format/x.ts', "import '../../features/audit-logs/list/audit-logs-page'", ONE_WAY],
      ['src/components/ui/x.tsx', "import '../../app/query-client'", ONE_WAY],
      ['src/config/x.ts', "import '@/app/query-client'", ONE_WAY],
      ['src/sources/x.ts', "import '../features/audit-logs/list/audit-logs-page'", ONE_WAY],
      [
        'src/sources/losant/x.ts',
        "import type { AuditLogsPage } from '@/features/audit-logs/list/audit-logs-page'",
        ONE_WAY,
      ],
      ['src/features/audit-logs/x.ts', "import '@/app/query-client'", NO_APP],
      ['src/features/audit-logs/search/x.ts', "import '../../../app/query-client'", NO_APP],
      ['src/app/x.ts', "import '../main'", 'main.tsx is the entry point'],
    ])
  })

  describe('features never import each other', () => {
    itForbids('cross-feature', [
      ['src/features/audit-logs/x.ts', "import '@/features/connection/test-connection'", NO_CROSS_FEATURE],
      ['src/features/audit-logs/x.ts', "import '../connection/test-connection'", NO_CROSS_FEATURE],
      [
        'src/features/connection/x.ts',
        "export { AuditLogsPage } from '../audit-logs/list/audit-logs-page'",
        NO_CROSS_FEATURE,
      ],
      [
        'src/features/connection/x.ts',
        "void import('@/features/audit-logs/entry/load-audit-log-drawer')",
        NO_CROSS_FEATURE,
      ],
    ])
  })

  describe('lib/ and components/ know no vendor', () => {
    itForbids('no vendor', [
      ['src/lib/http/x.ts', "import '@/sources/audit-event'", NO_VENDOR],
      ['src/lib/x.ts', "import '../sources/audit-event'", NO_VENDOR],
      ['src/components/data-table/x.tsx', "import type { TimeRange } from '../../sources/audit-search'", NO_VENDOR],
    ])
  })

  describe('mocks/ imports no product code', () => {
    itForbids('independent demo API', [
      ['src/mocks/losant/x.ts', "import '../../sources/losant/losant-schemas'", INDEPENDENT],
      ['src/mocks/losant/x.ts', "import '@/sources/losant/losant-schemas'", INDEPENDENT],
      ['src/mocks/x.ts', "import '../features/audit-logs/list/audit-logs-page'", INDEPENDENT],
      ['src/mocks/x.ts', "import '../app/query-client'", INDEPENDENT],
      ['src/mocks/x.ts', "import '@/lib/i18n'", INDEPENDENT],
      ['src/mocks/x.ts', "import '../components/data-table/facet-summary'", INDEPENDENT],
      ['src/mocks/x.ts', "import '../config/connection-settings'", INDEPENDENT],
      ['src/mocks/x.ts', "import '../test/test-server'", INDEPENDENT],
      // The demo API's own tests keep to it too: they check the contract, not our reading of it.
      ['src/mocks/losant/x.test.ts', "import '../../sources/losant/losant-decode'", INDEPENDENT],
    ])
  })

  describe('product code never imports mocks/', () => {
    itForbids('no demo API in product code', [
      ['src/lib/x.ts', "import '../mocks/losant/dataset'", NO_DEMO],
      ['src/components/ui/x.tsx', "import '@/mocks/losant/dataset'", NO_DEMO],
      ['src/config/x.ts', "import '../mocks/losant/demo-constants'", NO_DEMO],
      ['src/sources/losant/x.ts', "import type { LosantAuditLog } from '../../mocks/losant/dataset'", NO_DEMO],
      ['src/features/audit-logs/x.ts', "import '@/mocks/losant/dataset'", NO_DEMO],
      ['src/features/audit-logs/api/x.ts', "export * from '../../../mocks/losant/schema'", NO_DEMO],
      ['src/app/x.ts', "import '@/mocks/browser'", NO_DEMO],
      ['src/app/x.ts', "void import('../mocks/browser')", NO_DEMO],
      // app/ has no demo loader of its own: demo-api.ts holds addresses only, main.tsx loads it.
      ['src/app/demo-api.ts', "import '@/mocks/losant/demo-constants'", NO_DEMO],
    ])
    itForbids('no test code in product code', [
      ['src/features/audit-logs/x.ts', "import '@/testing/test-api'", NO_TEST_CODE],
      ['src/app/x.ts', "import '../test/test-server'", NO_TEST_CODE],
      ['src/lib/x.ts', "import './http/http-client.test'", NO_TEST_CODE],
    ])
  })

  describe('main.tsx is the one demo loader: src/mocks/browser.ts, lazily', () => {
    itForbids('only the demo loader', [
      ['src/main.tsx', "void import('@/mocks/node')", ONLY_LOADER],
      ['src/main.tsx', "void import('./mocks/losant/dataset')", ONLY_LOADER],
    ])
    itForbids(
      'lazily',
      [
        ['src/main.tsx', "import '@/mocks/browser'", 'lazily, with import()'],
        ['src/main.tsx', "export { startDemoWorker } from './mocks/browser'", 'lazily, with import()'],
      ],
      'no-restricted-imports',
    )
  })

  it('reports an import it cannot resolve rather than letting it past the zones', async () => {
    expect(await reports('src/lib/x.ts', "import '../mocks/no-such-file'", 'import-x/no-unresolved')).toHaveLength(1)
  })

  it('keeps feature code reaching other folders by the alias (style)', async () => {
    expect(
      await reports('src/features/audit-logs/api/x.ts', "import '../../../lib/i18n'", 'no-restricted-imports'),
    ).toEqual([expect.stringContaining('`@/` alias')])
  })

  const allowed: Case[] = [
    ['src/features/audit-logs/x.ts', "import '@/sources/audit-event'", 'a feature uses the port'],
    ['src/features/audit-logs/list/x.tsx', "import '../search/audit-search-params'", 'a feature, itself'],
    [
      'src/features/audit-logs/list/x.tsx',
      "import '@/features/audit-logs/list/audit-logs-page'",
      'a feature, itself by alias',
    ],
    ['src/sources/losant/x.ts', "import '@/lib/http/http-errors'", 'sources use lib'],
    ['src/config/x.ts', "import '@/sources/source-registry'", 'config validates source ids'],
    ['src/app/x.ts', "import '@/features/connection/test-connection'", 'app composes features'],
    ['src/mocks/uipath/x.ts', "import '../losant/prng'", 'the demo API, itself'],
    ['src/main.tsx', "void import('@/mocks/browser')", 'main.tsx loads the demo API lazily'],
    ['src/main.tsx', "void import('./mocks/browser')", 'main.tsx, by a relative path'],
    ['src/app/x.test.ts', "import '@/mocks/losant/demo-constants'", 'a test reads the demo API'],
    ['src/sources/losant/x.test.ts', "import '../../mocks/losant/dataset'", 'a test, by a relative path'],
    ['src/testing/x.ts', "import '@/mocks/node'", 'a test helper'],
    ['src/test/x.ts', "import '../mocks/node'", 'a test helper, by a relative path'],
    ['src/features/audit-logs/x.test.tsx', "import '@/testing/render-app'", 'a test uses test helpers'],
  ]
  it.each(allowed)('in %s, `%s` is allowed (%s)', async (path, code) => {
    expect(await lint(path, code)).toEqual([])
  })
})
