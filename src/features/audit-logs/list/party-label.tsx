import { EscapedText } from '@/components/ui/escaped-text'
import { messages } from '@/lib/i18n'
import type { AuditParty } from '@/sources/audit-event'

/**
 * A name over its type, e.g. "Ada Lovelace / User". Logged values render as text, isolated and
 * with bidi overrides and controls shown as escapes, so a name cannot disguise itself or reorder
 * the UI around it. `dir="auto"` isolates an element as <bdi> does, without a second element in
 * every cell of every row (rows are most of a list's DOM); only a prefixed name needs the <bdi>.
 */
export function PartyLabel({ party, prefix }: { party: AuditParty; prefix?: string }) {
  const name = party.name || party.id || messages.common.unknown
  return (
    <span className="party">
      {prefix ? (
        <span className="party-name" title={name}>
          <span className="party-prefix">{prefix}</span>
          <bdi>
            <EscapedText text={name} />
          </bdi>
        </span>
      ) : (
        <span className="party-name" dir="auto" title={name}>
          <EscapedText text={name} />
        </span>
      )}
      {party.type && (
        <span className="party-type" dir="auto">
          <EscapedText text={party.type} />
        </span>
      )}
    </span>
  )
}
