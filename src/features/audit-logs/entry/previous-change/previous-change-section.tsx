import { lazy, Suspense, useState } from 'react'
import { Link, useLocation } from 'react-router'

import { EscapedText } from '@/components/ui/escaped-text'
import { auditLogEntryPath } from '@/config/paths'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { formatDateTime } from '@/lib/format/format-time'
import { describeError } from '@/lib/http/describe-error'
import { messages } from '@/lib/i18n'
import { entryMessages } from '@/lib/i18n/entry-messages'
import type { AuditEvent } from '@/sources/audit-event'
import { useSourceClient } from '@/sources/source-client-context'

import { previousChangeSearch } from './previous-change-search'
import { usePreviousChange } from './use-previous-change'

// The diff and its view load only when someone opens the comparison.
const loadChangeDiff = () => import('./change-diff')
const ChangeDiff = lazy(loadChangeDiff)

interface Props {
  event: AuditEvent
  zone: TimeZoneChoice
}

/**
 * "Compare with the previous change": collapsed until opened, then one request for the change
 * before this one on the same target, and the difference between the two request bodies. Nothing
 * at all where the source cannot look that up or the entry changed no resource.
 */
export function PreviousChangeSection({ event, zone }: Props) {
  const client = useSourceClient()
  const { search: listSearch } = useLocation()
  const [open, setOpen] = useState(false)
  const search = previousChangeSearch(event, client.source.capabilities)
  const previous = usePreviousChange(search, open)
  if (!search) return null

  const m = entryMessages.drawer.previousChange
  return (
    <details
      className="entry-section previous-change"
      onToggle={(e) => {
        const isOpen = e.currentTarget.open
        if (isOpen) void loadChangeDiff()
        setOpen(isOpen)
      }}
    >
      <summary>
        <h3>{m.title}</h3>
      </summary>
      {!open ? null : previous.isPending ? (
        <p className="muted" role="status">
          {m.looking}
        </p>
      ) : previous.isError ? (
        <div role="alert" className="previous-change-error">
          <p>
            {describeError(previous.error).title} {describeError(previous.error).detail}
          </p>
          <button type="button" className="button" onClick={() => void previous.refetch()}>
            {messages.common.retry}
          </button>
        </div>
      ) : previous.data === null ? (
        <p className="muted" role="status">
          {m.none}
        </p>
      ) : (
        <>
          <p className="previous-change-with">
            {m.comparedWith(formatDateTime(previous.data.timeMs, zone))}{' '}
            <bdi>
              <EscapedText text={previous.data.actor.name ?? previous.data.actor.id ?? messages.common.unknown} />
            </bdi>{' '}
            <Link to={{ pathname: auditLogEntryPath(previous.data.id), search: listSearch }}>{m.open}</Link>
          </p>
          {previous.data.request.body === undefined ? (
            <p className="muted">{m.noBody}</p>
          ) : (
            <Suspense
              fallback={
                <p className="muted" role="status">
                  {m.loadingDiff}
                </p>
              }
            >
              <ChangeDiff before={previous.data.request.body} after={event.request.body} />
            </Suspense>
          )}
        </>
      )}
    </details>
  )
}
