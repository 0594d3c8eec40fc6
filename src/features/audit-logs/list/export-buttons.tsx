import { lazy, Suspense, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import type { ExportFormat } from '@/features/audit-logs/export/export-encoders'
import { messages } from '@/lib/i18n'
import type { AuditSearch } from '@/sources/audit-search'

// Export (the dialog, its encoders and papaparse) is not needed for the first paint of the table:
// it loads in its own chunk, and only these buttons come with the list.
const ExportDialog = lazy(() => import('@/features/audit-logs/export/export-dialog'))

/** "Export CSV" and "Export NDJSON" of everything matching the search, and the dialog they open. */
export function ExportButtons({ search, total }: { search: AuditSearch; total: number | undefined }) {
  const [exporting, setExporting] = useState<ExportFormat | null>(null)
  const m = messages.export
  return (
    <>
      <button type="button" className="button button-quiet" onClick={() => setExporting('csv')}>
        <Icon name="download" size={14} />
        {m.title(m.formats.csv)}
      </button>
      <button type="button" className="button button-quiet" onClick={() => setExporting('ndjson')}>
        <Icon name="download" size={14} />
        {m.title(m.formats.ndjson)}
      </button>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog format={exporting} search={search} total={total} onClose={() => setExporting(null)} />
        </Suspense>
      )}
    </>
  )
}
