import type { AuditParty } from '@/sources/audit-event'

/** A name over its type, e.g. "Ada Lovelace / User". Logged values render as plain text. */
export function PartyLabel({ party, prefix }: { party: AuditParty; prefix?: string }) {
  const name = party.name || party.id || 'Unknown'
  return (
    <span className="party">
      <span className="party-name" title={name}>
        {prefix && <span className="party-prefix">{prefix}</span>}
        {name}
      </span>
      {party.type && <span className="party-type">{party.type}</span>}
    </span>
  )
}
