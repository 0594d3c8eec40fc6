import './api-request.css'

import { Popover } from 'radix-ui'
import type { ReactNode } from 'react'
import { useEffect, useId, useState } from 'react'

import { CopyButton } from '@/features/audit-logs/entry/copy-button'
import { describeError } from '@/lib/http/describe-error'
import { messages } from '@/lib/i18n'
import { apiRequestMessages } from '@/lib/i18n/api-request-messages'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

import { curlCommand } from './curl-command'
import type { VendorRequest } from './vendor-request'
import { describeListRequest } from './vendor-request'

type Built = { step: 'ready'; request: VendorRequest; curl: string } | { step: 'failed'; reason: string }

/**
 * "Copy as API request": the exact request the list sends for the current view (this page, sort,
 * filters and range), as a URL and as a `curl` command with `$TOKEN` for the token. Built by the
 * same adapter and URL rule as the list's own request; the token lives only in the HTTP client's
 * Authorization header, so it cannot be part of it. Mounted once the button was pressed.
 */
export default function ApiRequestPopover({ trigger, search }: { trigger: ReactNode; search: AuditSearch }) {
  const [open, setOpen] = useState(true)
  const m = apiRequestMessages
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover api-request-popover"
          align="end"
          sideOffset={6}
          collisionPadding={8}
          aria-label={m.title}
        >
          <ApiRequestPanel search={search} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

function ApiRequestPanel({ search }: { search: AuditSearch }) {
  const client = useSourceClient()
  const [attempt, setAttempt] = useState(0)
  // The result remembers what it was built for: a newer view or a retry shows "building" until
  // its own request is ready, never the previous view's.
  const [built, setBuilt] = useState<{ for: [AuditSearch, typeof client, number]; result: Built }>()
  const urlId = useId()
  const curlId = useId()
  const m = apiRequestMessages

  useEffect(() => {
    let current = true
    const key: [AuditSearch, typeof client, number] = [search, client, attempt]
    // The adapter may resolve later (Losant loads its query encoder on demand).
    describeListRequest(client, search).then(
      (request) => current && setBuilt({ for: key, result: { step: 'ready', request, curl: curlCommand(request) } }),
      (error: unknown) => {
        const { title, detail } = describeError(error)
        if (current) setBuilt({ for: key, result: { step: 'failed', reason: detail ?? title } })
      },
    )
    return () => {
      current = false
    }
  }, [search, client, attempt])

  const result =
    built && built.for[0] === search && built.for[1] === client && built.for[2] === attempt ? built.result : undefined

  return (
    <div className="api-request-panel">
      <h2 className="api-request-title">{m.title}</h2>
      <p className="muted api-request-what">{m.what(client.source.label)}</p>
      {result === undefined ? (
        <p role="status" className="muted">
          {m.building}
        </p>
      ) : result.step === 'failed' ? (
        <div role="alert" className="api-request-failed">
          <p>{m.failed(result.reason)}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {messages.common.retry}
          </button>
        </div>
      ) : (
        <>
          <div className="api-request-field">
            <label htmlFor={urlId}>
              {m.url} <span className="api-request-method">{result.request.method}</span>
            </label>
            <textarea
              id={urlId}
              className="api-request-text"
              readOnly
              rows={3}
              spellCheck={false}
              value={result.request.url}
            />
            <CopyButton label={m.copyUrl} text={() => result.request.url} />
          </div>
          <div className="api-request-field">
            <label htmlFor={curlId}>{m.curl}</label>
            <textarea
              id={curlId}
              className="api-request-text"
              readOnly
              rows={4}
              spellCheck={false}
              value={result.curl}
              aria-describedby={`${curlId}-note`}
            />
            <CopyButton label={m.copyCurl} text={() => result.curl} />
          </div>
          <p id={`${curlId}-note`} className="muted api-request-note">
            {m.tokenNote}
          </p>
        </>
      )}
    </div>
  )
}
