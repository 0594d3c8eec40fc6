import { JsonViewer } from '@/components/json-viewer/json-viewer'
import { entryMessages } from '@/lib/i18n/entry-messages'
import type { AuditEvent } from '@/sources/audit-event'

interface Section {
  label: string
  value: (event: AuditEvent) => AuditEvent['details']
  open: boolean
  /** Shown only where the source has such a thing (an HTTP request, vendor details, a paired intent). */
  when: (event: AuditEvent) => boolean
}

const isHttp = (event: AuditEvent) => event.request.resource !== undefined || event.response.status !== undefined

const LABELS = entryMessages.entry.sections

const SECTIONS: Section[] = [
  { label: LABELS.queryParams, value: (e) => e.request.queryParams, open: false, when: isHttp },
  { label: LABELS.pathParams, value: (e) => e.request.pathParams, open: false, when: isHttp },
  { label: LABELS.requestBody, value: (e) => e.request.body, open: true, when: isHttp },
  { label: LABELS.responseBody, value: (e) => e.response.body, open: true, when: isHttp },
  { label: LABELS.details, value: (e) => e.details, open: true, when: (e) => e.details !== undefined || !isHttp(e) },
  { label: LABELS.intentRecord, value: (e) => e.paired?.details, open: false, when: (e) => e.paired !== undefined },
]

/** What was sent and returned, each as a collapsible section holding a JSON tree and raw view. */
export function EntryBodies({ event }: { event: AuditEvent }) {
  return (
    <div className="entry-bodies">
      {SECTIONS.filter((section) => section.when(event)).map((section) => {
        const value = section.value(event)
        return (
          <details key={section.label} className="entry-section" open={section.open || undefined}>
            <summary>
              <h3>{section.label}</h3>
              {value === undefined && <span className="muted"> {entryMessages.entry.sectionNone}</span>}
            </summary>
            <JsonViewer value={value} label={section.label} />
          </details>
        )
      })}
    </div>
  )
}
