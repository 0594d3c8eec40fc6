import { EscapedText } from '@/components/ui/escaped-text'
import { formatDateTime, formatRelativeTime } from '@/lib/format/format-time'
import type { AuditEvent, AuditParty } from '@/sources/audit-event'
import { useAuditLogView } from './audit-log-view-context'
import type { PartyFilterKey } from './audit-log-view-context'
import { RequestCell } from './request-cell'
import { OutcomeBadge } from './outcome-badge'
import { StatusBadge } from './status-badge'

/** The facts of one entry, as Losant's page lists them. Every value renders as text. */
export function EntryOverview({ event, onFilterBy }: { event: AuditEvent; onFilterBy: (key: PartyFilterKey, party: AuditParty) => void }) {
  const { zone } = useAuditLogView()
  const operation = [event.request.resource, event.request.action].filter(Boolean).join('.')
  return (
    <dl className="entry-facts">
      <dt>Request ID</dt>
      <dd>
        <code>{event.id}</code>
      </dd>
      <dt>Time</dt>
      <dd>
        <time dateTime={event.time}>{formatDateTime(event.timeMs, zone)}</time>
        <span className="muted"> · {formatRelativeTime(event.timeMs)}</span>
        {zone !== 'utc' && <div className="muted">{formatDateTime(event.timeMs, 'utc')}</div>}
      </dd>
      {(event.request.resource || event.request.method) && (
        <>
          <dt>Request</dt>
          <dd>
            <RequestCell request={event.request} />
            {operation && event.request.method && <div className="muted">API method {operation}</div>}
          </dd>
        </>
      )}
      {event.response.status !== undefined && (
        <>
          <dt>Response status</dt>
          <dd>
            <StatusBadge status={event.response.status} />
          </dd>
        </>
      )}
      {event.operation && (
        <>
          <dt>Action</dt>
          <dd>{[event.operation.category, event.operation.name].filter(Boolean).join(' / ')}</dd>
        </>
      )}
      {event.message && (
        <>
          <dt>Message</dt>
          <dd>
            <bdi>
              <EscapedText text={event.message} />
            </bdi>
          </dd>
        </>
      )}
      {event.outcome && (
        <>
          <dt>Outcome</dt>
          <dd>
            <OutcomeBadge event={event} />
            {event.paired && (
              <div className="muted">
                Intent recorded <time dateTime={event.paired.time}>{formatDateTime(event.paired.timeMs, zone)}</time>
                {event.commitId && <> · commit <code>{event.commitId}</code></>}
              </div>
            )}
          </dd>
        </>
      )}
      {event.origin && (
        <>
          <dt>Origin</dt>
          <dd>
            {[event.origin.source, event.origin.ipAddress].filter(Boolean).join(' · ')}
            {event.origin.addressChain && <div className="muted">Forwarded for {event.origin.addressChain}</div>}
            {event.origin.requestId && (
              <div className="muted">
                Request id <code>{event.origin.requestId}</code>
              </div>
            )}
          </dd>
        </>
      )}
      <PartyFact label="Initiator" party={event.actor} filterKey="actors" noun="actor" onFilterBy={onFilterBy} />
      {event.primaryTarget && (
        <PartyFact label="Target" party={event.primaryTarget} filterKey="primaryTargets" noun="target" onFilterBy={onFilterBy} />
      )}
      {event.secondaryTarget && (
        <PartyFact
          label="Sub-resource"
          party={event.secondaryTarget}
          filterKey="secondaryTargets"
          noun="sub-resource"
          onFilterBy={onFilterBy}
        />
      )}
    </dl>
  )
}

function PartyFact({
  label,
  party,
  filterKey,
  noun,
  onFilterBy,
}: {
  label: string
  party: AuditParty
  filterKey: PartyFilterKey
  noun: string
  onFilterBy: (key: PartyFilterKey, party: AuditParty) => void
}) {
  const { canFilterBy } = useAuditLogView()
  return (
    <>
      <dt>{label}</dt>
      <dd className="entry-party">
        <span>
          <strong>
            <bdi>
              <EscapedText text={party.name || 'Unknown'} />
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
        {party.id && <code className="muted">{party.id}</code>}
        {party.id && canFilterBy(filterKey) && (
          <button type="button" className="link-button" onClick={() => onFilterBy(filterKey, party)}>
            Filter by this {noun}
          </button>
        )}
      </dd>
    </>
  )
}
