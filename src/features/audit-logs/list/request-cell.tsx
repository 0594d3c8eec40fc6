import { EscapedText } from '@/components/ui/escaped-text'
import { messages } from '@/lib/i18n'
import type { AuditRequest } from '@/sources/audit-event'

/**
 * `DELETE /applications/5f…`, or `resource.action` when the operation is not in the map. The
 * path is isolated by `dir="auto"` (see PartyLabel).
 */
export function RequestCell({ request }: { request: AuditRequest }) {
  if (request.method && request.path) {
    return (
      <span className="request" title={`${request.method} ${request.path}`}>
        <span className={`method method-${request.method.toLowerCase()}`}>{request.method}</span>
        <code className="request-path" dir="auto">
          <EscapedText text={request.path} />
        </code>
      </span>
    )
  }
  const operation = [request.resource, request.action].filter(Boolean).join('.')
  return operation ? (
    <code className="request-path" dir="auto" title={operation}>
      <EscapedText text={operation} />
    </code>
  ) : (
    <span className="muted">{messages.list.unknownRequest}</span>
  )
}
