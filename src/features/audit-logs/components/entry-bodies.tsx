import { JsonViewer } from '@/components/json-viewer/json-viewer'
import type { AuditEvent } from '@/sources/audit-event'

const SECTIONS = [
  { label: 'Query parameters', value: (event: AuditEvent) => event.request.queryParams, open: false },
  { label: 'Path parameters', value: (event: AuditEvent) => event.request.pathParams, open: false },
  { label: 'Request body', value: (event: AuditEvent) => event.request.body, open: true },
  { label: 'Response body', value: (event: AuditEvent) => event.response.body, open: true },
] as const

/** What was sent and returned, each as a collapsible section holding a JSON tree and raw view. */
export function EntryBodies({ event }: { event: AuditEvent }) {
  return (
    <div className="entry-bodies">
      {SECTIONS.map((section) => {
        const value = section.value(event)
        return (
          <details key={section.label} className="entry-section" open={section.open || undefined}>
            <summary>
              <h3>{section.label}</h3>
              {value === undefined && <span className="muted"> · none</span>}
            </summary>
            <JsonViewer value={value} label={section.label} />
          </details>
        )
      })}
    </div>
  )
}
