import { EscapedText } from '@/components/ui/escaped-text'
import { messages } from '@/lib/i18n'
import type { AuditParty } from '@/sources/audit-event'

/**
 * A name over its type, e.g. "Ada Lovelace / User". Logged values render as text, isolated and
 * with bidi overrides and controls shown as escapes, so a name cannot disguise itself or reorder
 * the UI around it.
 */
export function PartyLabel({ party, prefix }: { party: AuditParty; prefix?: string }) {
  const name = party.name || party.id || messages.common.unknown
  return (
    <span className="party">
      <span className="party-name" title={name}>
        {prefix && <span className="party-prefix">{prefix}</span>}
        <bdi>
          <EscapedText text={name} />
        </bdi>
      </span>
      {party.type && (
        <span className="party-type">
          <bdi>
            <EscapedText text={party.type} />
          </bdi>
        </span>
      )}
    </span>
  )
}
