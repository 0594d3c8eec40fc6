import { EscapedText } from '@/components/ui/escaped-text'
import { OutcomeBadge } from '@/features/audit-logs/list/outcome-badge'
import { RequestCell } from '@/features/audit-logs/list/request-cell'
import { StatusBadge } from '@/features/audit-logs/list/status-badge'
import type { PartyKey } from '@/features/audit-logs/search/search-transitions'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { formatDateTime, formatRelativeTime } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'
import { entryMessages } from '@/lib/i18n/entry-messages'
import type { AuditEvent, AuditParty } from '@/sources/audit-event'
import { loggedSourceAddress } from '@/sources/audit-event'

/** The facts of one entry, as Losant's page lists them. Every value renders as text. */
export function EntryOverview({
  event,
  zone,
  canFilterBy,
  onFilterBy,
}: {
  event: AuditEvent
  zone: TimeZoneChoice
  canFilterBy: (key: PartyKey) => boolean
  onFilterBy: (key: PartyKey, party: AuditParty) => void
}) {
  const operation = [event.request.resource, event.request.action].filter(Boolean).join('.')
  const m = entryMessages.entry
  return (
    <dl className="entry-facts">
      {/* UiPath's entries carry no id: the key we derived is not shown as one. */}
      {event.idKind !== 'derived' && (
        <>
          <dt>{event.idKind === 'log' ? m.logId : m.requestId}</dt>
          <dd>
            <code>{event.id}</code>
          </dd>
        </>
      )}
      {event.idKind === 'log' && event.origin?.requestId && (
        <RequestIdFact requestId={event.origin.requestId} canFilterBy={canFilterBy} onFilterBy={onFilterBy} />
      )}
      <dt>{m.time}</dt>
      <dd>
        <time dateTime={event.time}>{formatDateTime(event.timeMs, zone)}</time>
        <span className="muted"> · {formatRelativeTime(event.timeMs)}</span>
        {zone !== 'utc' && <div className="muted">{formatDateTime(event.timeMs, 'utc')}</div>}
      </dd>
      {(event.request.resource || event.request.method) && (
        <>
          <dt>{m.request}</dt>
          <dd>
            <RequestCell request={event.request} />
            {operation && event.request.method && <div className="muted">{m.apiMethod(operation)}</div>}
          </dd>
        </>
      )}
      {event.response.status !== undefined && (
        <>
          <dt>{m.responseStatus}</dt>
          <dd>
            <StatusBadge status={event.response.status} />
          </dd>
        </>
      )}
      {event.operation && (
        <>
          <dt>{m.action}</dt>
          <dd>{[event.operation.category, event.operation.name].filter(Boolean).join(' / ')}</dd>
        </>
      )}
      {event.message && (
        <>
          <dt>{m.message}</dt>
          <dd>
            <bdi>
              <EscapedText text={event.message} />
            </bdi>
          </dd>
        </>
      )}
      {event.outcome && (
        <>
          <dt>{m.outcome}</dt>
          <dd>
            <OutcomeBadge event={event} />
            {event.paired && (
              <div className="muted">
                {m.intentRecorded} <time dateTime={event.paired.time}>{formatDateTime(event.paired.timeMs, zone)}</time>
                {event.commitId && (
                  <>
                    {' · '}
                    {m.commit} <code>{event.commitId}</code>
                  </>
                )}
              </div>
            )}
          </dd>
        </>
      )}
      {event.origin && (
        <>
          <dt>{m.origin}</dt>
          <dd>
            {[event.origin.source, event.origin.ipAddress].filter(Boolean).join(' · ')}{' '}
            <ExactFilterButton
              filterKey="sourceAddresses"
              value={loggedSourceAddress(event)}
              canFilterBy={canFilterBy}
              onFilterBy={onFilterBy}
            />
            {event.origin.addressChain && <div className="muted">{m.forwardedFor(event.origin.addressChain)}</div>}
            {event.origin.requestId && event.idKind !== 'log' && (
              <div className="muted">
                {m.originRequestId} <code>{event.origin.requestId}</code>
              </div>
            )}
          </dd>
        </>
      )}
      <PartyFact
        label={m.initiator}
        party={event.actor}
        filterKey="actors"
        onFilterBy={onFilterBy}
        canFilterBy={canFilterBy}
      />
      {event.primaryTarget && (
        <PartyFact
          label={m.target}
          party={event.primaryTarget}
          filterKey="primaryTargets"
          onFilterBy={onFilterBy}
          canFilterBy={canFilterBy}
        />
      )}
      {event.secondaryTarget && (
        <PartyFact
          label={m.subResource}
          party={event.secondaryTarget}
          filterKey="secondaryTargets"
          onFilterBy={onFilterBy}
          canFilterBy={canFilterBy}
        />
      )}
    </dl>
  )
}

/** The request id the vendor logged (BloodHound), with "Filter by this request". */
function RequestIdFact({
  requestId,
  canFilterBy,
  onFilterBy,
}: {
  requestId: string
  canFilterBy: (key: PartyKey) => boolean
  onFilterBy: (key: PartyKey, party: AuditParty) => void
}) {
  return (
    <>
      <dt>{entryMessages.entry.requestId}</dt>
      <dd className="entry-party">
        <code>{requestId}</code>
        {canFilterBy('requestIds') && (
          <button type="button" className="link-button" onClick={() => onFilterBy('requestIds', { id: requestId })}>
            {messages.parties.filterByThis(messages.parties.nouns.requestIds)}
          </button>
        )}
      </dd>
    </>
  )
}

function PartyFact({
  label,
  party,
  filterKey,
  canFilterBy,
  onFilterBy,
}: {
  label: string
  party: AuditParty
  filterKey: PartyKey
  canFilterBy: (key: PartyKey) => boolean
  onFilterBy: (key: PartyKey, party: AuditParty) => void
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="entry-party">
        <span>
          <strong>
            <bdi>
              <EscapedText text={party.name || messages.common.unknown} />
            </bdi>
          </strong>
          {party.type && (
            <span className="muted">
              {' · '}
              <bdi>
                <EscapedText text={party.type} />
              </bdi>
            </span>
          )}
        </span>
        {party.email && (
          <bdi className="muted">
            <EscapedText text={party.email} />
          </bdi>
        )}
        {party.id && <code className="muted">{party.id}</code>}
        {party.id && canFilterBy(filterKey) && (
          <button type="button" className="link-button" onClick={() => onFilterBy(filterKey, party)}>
            {messages.parties.filterByThis(messages.parties.nouns[filterKey])}
          </button>
        )}
        {filterKey === 'actors' && (
          <>
            <ExactFilterButton
              filterKey="actorNames"
              value={party.name}
              canFilterBy={canFilterBy}
              onFilterBy={onFilterBy}
            />
            <ExactFilterButton
              filterKey="actorEmails"
              value={party.email}
              canFilterBy={canFilterBy}
              onFilterBy={onFilterBy}
            />
          </>
        )}
      </dd>
    </>
  )
}

/** "Filter by this name / email / source address": the value exactly as the vendor logged it. */
function ExactFilterButton({
  filterKey,
  value,
  canFilterBy,
  onFilterBy,
}: {
  filterKey: 'actorNames' | 'actorEmails' | 'sourceAddresses'
  value: string | undefined
  canFilterBy: (key: PartyKey) => boolean
  onFilterBy: (key: PartyKey, party: AuditParty) => void
}) {
  if (!value || !canFilterBy(filterKey)) return null
  return (
    <button type="button" className="link-button" onClick={() => onFilterBy(filterKey, { id: value })}>
      {messages.parties.filterByThis(messages.parties.nouns[filterKey])}
    </button>
  )
}
