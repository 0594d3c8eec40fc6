import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { Notice } from '@/components/ui/notice'
import { mergeLayers, validateSettings } from '@/config/connection-settings'
import { resetConnectionOverride, setConnectionOverride, useConnectionOverride } from '@/config/connection-store'
import type { SourceId } from '@/sources/audit-source'
import { useSourceClient } from '@/sources/source-client-context'
import { SOURCE_IDS, SOURCES } from '@/sources/source-registry'
import { testConnection } from '../test-connection'
import type { TestResult } from '../test-connection'

const FIELD_NAMES = { sourceId: 'Source', apiUrl: 'API URL', orgId: 'Organization ID' } as const

/**
 * Settings → Connection: which API the dashboard reads, with a token that stays in memory
 * (or, only if asked, in this tab's sessionStorage).
 */
export function ConnectionPage() {
  const { source, connection } = useSourceClient()
  const override = useConnectionOverride()
  const navigate = useNavigate()
  const id = useId()
  const [sourceId, setSourceId] = useState<SourceId>(connection.sourceId)
  const [apiUrl, setApiUrl] = useState(connection.demo ? '' : connection.apiUrl)
  const [orgId, setOrgId] = useState(connection.demo ? '' : connection.orgId)
  const [token, setToken] = useState('')
  const [remember, setRemember] = useState(override.remember)
  const [problems, setProblems] = useState<string[]>([])
  const [test, setTest] = useState<TestResult | 'running' | null>(null)

  const formLayer = { sourceId, apiUrl, orgId, token: token || override.layer.token }

  function validated() {
    const result = validateSettings(mergeLayers(formLayer), FIELD_NAMES)
    if (!result.ok) {
      setProblems(result.problems)
      return undefined
    }
    if (!result.settings.apiUrl) {
      setProblems(['Enter the API URL, or choose “Use demo data”.'])
      return undefined
    }
    setProblems([])
    return result.settings
  }

  async function runTest() {
    const settings = validated()
    if (!settings?.apiUrl) return
    setTest('running')
    setTest(
      await testConnection({ ...settings, apiUrl: settings.apiUrl, orgId: settings.orgId ?? '', demo: false }),
    )
  }

  function save(event: FormEvent) {
    event.preventDefault()
    const settings = validated()
    if (!settings) return
    setConnectionOverride({ layer: formLayer, demo: false, remember })
    void navigate('/settings/audit-logs')
  }

  function useDemo() {
    setConnectionOverride({ layer: { sourceId }, demo: true, remember })
    void navigate('/settings/audit-logs')
  }

  return (
    <section className="page connection-page" aria-labelledby={`${id}-title`}>
      <header className="page-header">
        <h1 id={`${id}-title`}>Connection</h1>
        <p className="page-lede">
          Now reading {connection.demo ? 'the built-in demo API' : <code>{connection.apiUrl}</code>} ({source.label}
          {connection.orgId ? `, organization ${connection.orgId}` : ''}).
        </p>
      </header>

      <form className="connection-form" onSubmit={save} noValidate aria-describedby={problems.length ? `${id}-problems` : undefined}>
        <label htmlFor={`${id}-source`}>Source</label>
        <select id={`${id}-source`} value={sourceId} onChange={(e) => setSourceId(e.target.value as SourceId)}>
          {SOURCE_IDS.map((sid) => (
            <option key={sid} value={sid}>
              {SOURCES[sid].label}
            </option>
          ))}
        </select>

        <label htmlFor={`${id}-url`}>API URL</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder="https://api.losant.com"
          value={apiUrl}
          onChange={(e) => setApiUrl(e.target.value)}
          autoComplete="url"
        />

        <label htmlFor={`${id}-org`}>Organization ID</label>
        <input
          id={`${id}-org`}
          value={orgId}
          onChange={(e) => setOrgId(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          placeholder="24 hexadecimal characters"
        />

        <label htmlFor={`${id}-token`}>API token</label>
        <div className="connection-token">
          <input
            id={`${id}-token`}
            type="password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-token-help`}
          />
          <p id={`${id}-token-help`} className="muted field-help">
            Leave empty to keep the current token, if any. Sent only as an Authorization header. Kept in memory and forgotten when the tab closes.
          </p>
        </div>

        <span />
        <div className="connection-remember">
          <label>
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Remember for this tab
          </label>
          {remember && (
            <p className="field-warning">Keeps the token in this tab’s session storage until the tab closes: anyone using this browser meanwhile can read it.</p>
          )}
        </div>

        {problems.length > 0 && (
          <div id={`${id}-problems`} role="alert" className="alert alert-error connection-problems">
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}

        <div className="connection-actions">
          <button type="submit" className="button button-primary">
            Save and use
          </button>
          <button type="button" className="button" onClick={() => void runTest()} disabled={test === 'running'}>
            {test === 'running' ? 'Testing…' : 'Test connection'}
          </button>
          <button type="button" className="button" onClick={useDemo}>
            Use demo data
          </button>
          <button type="button" className="button button-quiet" onClick={() => resetConnectionOverride()}>
            Reset to the deployment’s settings
          </button>
        </div>
      </form>

      {test && test !== 'running' && (
        test.ok ? (
          <Notice>{test.message}</Notice>
        ) : (
          <div role="alert" className="alert alert-error">
            <div className="alert-body">
              <p className="alert-title">{test.title}</p>
              {test.detail && <p className="alert-detail">{test.detail}</p>}
            </div>
          </div>
        )
      )}
    </section>
  )
}
