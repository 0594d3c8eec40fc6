import type { FormEvent } from 'react'
import { useId, useState } from 'react'
import { useNavigate } from 'react-router'

import { Notice } from '@/components/ui/notice'
import { mergeLayers, validateSettings } from '@/config/connection-settings'
import { resetConnectionOverride, setConnectionOverride, useConnectionOverride } from '@/config/connection-store'
import { AUDIT_LOGS_PATH } from '@/config/paths'
import { connectionMessages } from '@/lib/i18n/connection-messages'
import type { SourceId } from '@/sources/audit-source'
import { useSourceClient } from '@/sources/source-client-context'
import { SOURCE_IDS, SOURCES } from '@/sources/source-registry'

import type { TestResult } from '../test-connection'
import { testConnection } from '../test-connection'
import { BloodHoundLogin } from './bloodhound-login'

const m = connectionMessages
/** The form's labels name the fields in validation problems. */
const FIELD_NAMES = m.fields

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
  // The chosen vendor's own login, where it has one (BloodHound).
  const { secretLogin } = SOURCES[sourceId]

  function validated() {
    const result = validateSettings(mergeLayers(formLayer), FIELD_NAMES)
    if (!result.ok) {
      setProblems(result.problems)
      return undefined
    }
    if (!result.settings.apiUrl) {
      setProblems([m.apiUrlRequired])
      return undefined
    }
    setProblems([])
    return result.settings
  }

  async function runTest() {
    const settings = validated()
    if (!settings?.apiUrl) return
    setTest('running')
    setTest(await testConnection({ ...settings, apiUrl: settings.apiUrl, orgId: settings.orgId ?? '', demo: false }))
  }

  function save(event: FormEvent) {
    event.preventDefault()
    const settings = validated()
    if (!settings) return
    setConnectionOverride({ layer: formLayer, demo: false, remember })
    void navigate(AUDIT_LOGS_PATH)
  }

  function useDemo() {
    setConnectionOverride({ layer: { sourceId }, demo: true, remember })
    void navigate(AUDIT_LOGS_PATH)
  }

  return (
    <section className="page connection-page" aria-labelledby={`${id}-title`}>
      <header className="page-header">
        <h1 id={`${id}-title`}>{m.title}</h1>
        <p className="page-lede">
          {m.nowReading} {connection.demo ? m.builtInDemo : <code>{connection.apiUrl}</code>}{' '}
          {m.readingScope(source.label, connection.orgId)}
        </p>
      </header>

      <form
        className="connection-form"
        onSubmit={save}
        noValidate
        aria-describedby={problems.length ? `${id}-problems` : undefined}
      >
        <label htmlFor={`${id}-source`}>{m.fields.sourceId}</label>
        <select id={`${id}-source`} value={sourceId} onChange={(e) => setSourceId(e.target.value as SourceId)}>
          {SOURCE_IDS.map((sid) => (
            <option key={sid} value={sid}>
              {SOURCES[sid].label}
            </option>
          ))}
        </select>

        <label htmlFor={`${id}-url`}>{m.fields.apiUrl}</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder={m.apiUrlPlaceholder}
          value={apiUrl}
          onChange={(e) => setApiUrl(e.target.value)}
          autoComplete="url"
        />

        <label htmlFor={`${id}-org`}>{m.fields.orgId}</label>
        <input
          id={`${id}-org`}
          value={orgId}
          onChange={(e) => setOrgId(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          placeholder={m.orgIdPlaceholder}
        />

        <label htmlFor={`${id}-token`}>{m.token}</label>
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
            {m.tokenHelp}
          </p>
        </div>

        <span />
        <div className="connection-remember">
          <label>
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> {m.remember}
          </label>
          {remember && <p className="field-warning">{m.rememberWarning}</p>}
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
            {m.save}
          </button>
          <button type="button" className="button" onClick={() => void runTest()} disabled={test === 'running'}>
            {test === 'running' ? m.testing : m.test}
          </button>
          <button type="button" className="button" onClick={useDemo}>
            {m.useDemo}
          </button>
          <button type="button" className="button button-quiet" onClick={() => resetConnectionOverride()}>
            {m.reset}
          </button>
        </div>
      </form>

      {secretLogin && (
        <BloodHoundLogin
          login={secretLogin}
          validated={validated}
          onSignedIn={(token) => {
            // The session token stays in memory: never "remembered" in sessionStorage.
            setConnectionOverride({ layer: { sourceId, apiUrl, orgId, token }, demo: false, remember: false })
            void navigate(AUDIT_LOGS_PATH)
          }}
        />
      )}

      {test &&
        test !== 'running' &&
        (test.ok ? (
          <Notice>{test.message}</Notice>
        ) : (
          <div role="alert" className="alert alert-error">
            <div className="alert-body">
              <p className="alert-title">{test.title}</p>
              {test.detail && <p className="alert-detail">{test.detail}</p>}
            </div>
          </div>
        ))}
    </section>
  )
}
