import type { FormEvent } from 'react'
import { useId, useState } from 'react'

import type { ConnectionSettings } from '@/config/connection-settings'
import { describeError } from '@/lib/http/describe-error'
import { HttpError } from '@/lib/http/http-errors'
import { connectionMessages } from '@/lib/i18n/connection-messages'
import type { AuditSource } from '@/sources/audit-source'

const m = connectionMessages.bloodhoundLogin

interface Props {
  /** The source's own login (BloodHound's). */
  login: NonNullable<AuditSource['secretLogin']>
  /** The connection form's settings, checked (problems shown there), or nothing. */
  validated: () => ConnectionSettings | undefined
  onSignedIn: (sessionToken: string) => void
}

/** BloodHound's own username + secret login; its session token becomes the bearer token. */
export function BloodHoundLogin({ login, validated, onSignedIn }: Props) {
  const id = useId()
  const [username, setUsername] = useState('')
  const [secret, setSecret] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ title: string; detail?: string }>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const settings = validated()
    if (!settings?.apiUrl) return
    setBusy(true)
    setProblem(undefined)
    try {
      const token = await login(settings.apiUrl, { username, secret })
      setSecret('')
      onSignedIn(token)
    } catch (error) {
      const refused = error instanceof HttpError && error.status === 401
      const { title, detail } = describeError(error)
      setProblem(refused ? { title: m.refused, detail } : { title, detail })
      setBusy(false)
    }
  }

  return (
    <form className="connection-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.title}</h2>
      <p className="muted field-help">{m.help}</p>
      <label htmlFor={`${id}-user`}>{m.username}</label>
      <input
        id={`${id}-user`}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="username"
        required
      />
      <label htmlFor={`${id}-secret`}>{m.secret}</label>
      <input
        id={`${id}-secret`}
        type="password"
        value={secret}
        onChange={(e) => setSecret(e.target.value)}
        autoComplete="current-password"
        required
      />
      {problem && (
        <div role="alert" className="alert alert-error connection-problems">
          <div className="alert-body">
            <p className="alert-title">{problem.title}</p>
            {problem.detail && <p className="alert-detail">{problem.detail}</p>}
          </div>
        </div>
      )}
      <div className="connection-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? m.busy : m.submit}
        </button>
      </div>
    </form>
  )
}
