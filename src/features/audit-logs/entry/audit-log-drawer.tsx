import './audit-log-drawer.css'

import { Dialog } from 'radix-ui'
import type { KeyboardEvent, ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import { useParams } from 'react-router'

import { Icon } from '@/components/ui/icon'
import { auditLogEntryPath } from '@/config/paths'
import { useAuditLogEntry } from '@/features/audit-logs/api/get-audit-log'
import { LIST_TITLE_ID, SEARCH_INPUT_ID } from '@/features/audit-logs/list/page-ids'
import { RequestCell } from '@/features/audit-logs/list/request-cell'
import { StatusBadge } from '@/features/audit-logs/list/status-badge'
import { useAuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import type { PartyKey } from '@/features/audit-logs/search/search-transitions'
import { describeError } from '@/lib/http/describe-error'
import { HttpError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'
import { entryMessages } from '@/lib/i18n/entry-messages'
import type { AuditParty } from '@/sources/audit-event'

import { CopyButton } from './copy-button'
import { EntryBodies } from './entry-bodies'
import { EntryOverview } from './entry-overview'
import { PreviousChangeSection } from './previous-change/previous-change-section'
import { useEntryNeighbours } from './use-entry-neighbours'

/**
 * Focus goes back to the entry's row in the list (the one shown last, after j/k); an entry with no
 * row on the page (an id pasted in the search box, a link to another page) gives it to the box.
 */
function focusRow(id: string) {
  const row = document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] .row-link`)
  ;(row ?? document.getElementById(SEARCH_INPUT_ID))?.focus()
}

/** The list page the drawer opened over (its heading), to tell a close from the page going away. */
const listPage = () => document.getElementById(LIST_TITLE_ID)

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

/**
 * One entry, over the list, at `/settings/audit-logs/:id` (the list's search kept), so a link
 * opens it and Back closes it. A focus-trapped dialog that returns focus to the row.
 */
export function AuditLogDrawer() {
  const { auditLogId = '' } = useParams()
  // The list behind the drawer, read as the page reads it: same URL, same cached query.
  const list = useAuditLogList({ follow: true })
  const { filterBy, showList: close } = list
  const { query: entry, valid, fetchable } = useAuditLogEntry(auditLogId)
  const neighbours = useEntryNeighbours(auditLogId, entry.data, list)
  // "Find in list" disappears once the list is there: focus moves on to the stepping it enabled.
  const previousButton = useRef<HTMLButtonElement>(null)
  const nextButton = useRef<HTMLButtonElement>(null)
  const focusStepAfterLocate = useRef(false)
  const canStep = neighbours.hasNext || neighbours.hasPrevious
  // Radix gives the focus back a moment after the drawer unmounts, also when the whole page went
  // away (a sign-out, a test's clean-up): then there is nothing to give it to on the page it knew.
  const openedOver = useRef<Element | null>(null)
  useEffect(() => {
    openedOver.current = listPage()
  }, [])
  useEffect(() => {
    if (!focusStepAfterLocate.current || !canStep) return
    focusStepAfterLocate.current = false
    ;(nextButton.current?.disabled ? previousButton.current : nextButton.current)?.focus()
  }, [canStep])

  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
    if (event.key === 'j' && neighbours.hasNext) void neighbours.next()
    if (event.key === 'k' && neighbours.hasPrevious) void neighbours.previous()
  }

  const applyFilter = (key: PartyKey, party: AuditParty) => {
    if (party.id) filterBy(key, party.name ? { id: party.id, name: party.name } : { id: party.id }, { toList: true })
  }

  const event = entry.data
  const m = entryMessages.drawer
  return (
    <Dialog.Root open onOpenChange={(open) => !open && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="drawer"
          onKeyDown={onKeyDown}
          onCloseAutoFocus={(e) => {
            e.preventDefault()
            if (openedOver.current?.isConnected) focusRow(auditLogId)
          }}
          aria-describedby={undefined}
        >
          <header className="drawer-header">
            <div className="drawer-title-block">
              <Dialog.Title className="drawer-title">
                {m.title} <code>{auditLogId.slice(0, 64)}</code>
              </Dialog.Title>
              {event && (
                <div className="drawer-subtitle">
                  <RequestCell request={event.request} />
                  <StatusBadge status={event.response.status} />
                </div>
              )}
            </div>
            <Dialog.Close asChild>
              <button type="button" className="icon-button" aria-label={messages.common.close}>
                <Icon name="x" />
              </button>
            </Dialog.Close>
          </header>

          <nav className="drawer-actions" aria-label={m.actions}>
            <button
              type="button"
              className="button button-quiet"
              ref={previousButton}
              disabled={!neighbours.hasPrevious}
              onClick={() => void neighbours.previous()}
              aria-keyshortcuts="k"
            >
              <Icon name="arrowLeft" size={14} />
              {m.previous}
            </button>
            <button
              type="button"
              className="button button-quiet"
              ref={nextButton}
              disabled={!neighbours.hasNext}
              onClick={() => void neighbours.next()}
              aria-keyshortcuts="j"
            >
              {m.next}
              <Icon name="arrowRight" size={14} />
            </button>
            {neighbours.canLocate && (
              <button
                type="button"
                className="button button-quiet"
                disabled={neighbours.locateState === 'locating'}
                onClick={() => {
                  focusStepAfterLocate.current = true
                  void neighbours.locate()
                }}
              >
                {neighbours.locateState === 'locating' ? m.locate.locating : m.locate.button}
              </button>
            )}
            <span className="drawer-locate-status muted" role="status">
              {neighbours.locateState === 'not-in-list'
                ? m.locate.notInList
                : neighbours.locateState === 'failed'
                  ? m.locate.failed
                  : ''}
            </span>
            <span className="drawer-actions-spacer" />
            {event && (
              <>
                <CopyButton label={m.copyId} text={() => event.id} />
                <CopyButton
                  label={m.copyLink}
                  text={() => new URL(auditLogEntryPath(event.id), location.origin).href}
                />
                <CopyButton label={m.copyJson} text={() => JSON.stringify(event, null, 2)} />
              </>
            )}
          </nav>

          <div className="drawer-body">
            {!valid ? (
              <DrawerState title={m.invalidId.title}>{m.invalidId.body}</DrawerState>
            ) : !fetchable && entry.data === undefined ? (
              <DrawerState title={m.notFetchable.title}>{m.notFetchable.body}</DrawerState>
            ) : entry.isPending ? (
              <p className="drawer-loading" role="status">
                {m.loading}
              </p>
            ) : entry.isError ? (
              entry.error instanceof HttpError && entry.error.status === 404 ? (
                <DrawerState title={m.notFound.title}>{m.notFound.body}</DrawerState>
              ) : (
                <DrawerState title={describeError(entry.error).title} alert>
                  {describeError(entry.error).detail}
                  <button type="button" className="button" onClick={() => void entry.refetch()}>
                    {messages.common.retry}
                  </button>
                </DrawerState>
              )
            ) : (
              <>
                {entry.data.detailsProblem && (
                  <p className="redaction-summary">
                    <Icon name="alert" size={16} />
                    {entry.data.detailsProblem}
                  </p>
                )}
                {entry.data.redactionCount > 0 && (
                  <p className="redaction-summary">
                    <Icon name="shield" size={16} />
                    {entryMessages.redaction.redactedValues(entry.data.redactionCount)}{' '}
                    {entryMessages.redaction.neverShown}
                  </p>
                )}
                <EntryOverview
                  event={entry.data}
                  zone={list.zone}
                  canFilterBy={list.canFilterBy}
                  onFilterBy={applyFilter}
                />
                <EntryBodies key={entry.data.id} event={entry.data} />
                <PreviousChangeSection key={`previous-${entry.data.id}`} event={entry.data} zone={list.zone} />
              </>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function DrawerState({ title, alert, children }: { title: string; alert?: boolean; children: ReactNode }) {
  return (
    <div className="drawer-state" role={alert ? 'alert' : undefined}>
      <p className="drawer-state-title">{title}</p>
      <div className="muted">{children}</div>
    </div>
  )
}
