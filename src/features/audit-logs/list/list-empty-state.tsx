import { Icon } from '@/components/ui/icon'
import { clearFilters, withPage } from '@/features/audit-logs/search/search-transitions'
import { messages } from '@/lib/i18n'

import type { AuditLogList } from './use-audit-log-list'

/** What the table says with no rows: the load failed, the page is past the end, nothing matches, or the log is empty. */
export function ListEmptyState({ list }: { list: AuditLogList }) {
  const m = messages.list.empty
  const { update, lastPage = 0 } = list
  if (list.failed) return <p className="empty-state">{m.failed}</p>
  if (list.pastTheEnd) {
    return (
      <div className="empty-state">
        <p>{m.pastTheEnd}</p>
        <button type="button" className="button" onClick={() => update((current) => withPage(current, lastPage))}>
          {m.goToLastPage}
        </button>
      </div>
    )
  }
  if (list.filterCount > 0) {
    return (
      <div className="empty-state">
        <Icon name="filter" size={28} />
        <p className="empty-state-title">{m.noMatches}</p>
        <button type="button" className="button" onClick={() => update(clearFilters)}>
          {m.clearAllFilters}
        </button>
      </div>
    )
  }
  return (
    <div className="empty-state">
      <Icon name="inbox" size={28} />
      <p className="empty-state-title">{m.noEntries}</p>
      <p className="muted">{m.noEntriesHelp}</p>
    </div>
  )
}
