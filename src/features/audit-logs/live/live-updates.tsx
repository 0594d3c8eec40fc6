import { useId } from 'react'

import { Icon } from '@/components/ui/icon'
import { useNewEntryCount } from '@/features/audit-logs/api/get-new-entry-count'
import { messages } from '@/lib/i18n'
import type { AuditSearch } from '@/sources/audit-search'

export const LIVE_INTERVALS = [5_000, 15_000, 60_000] as const

interface Props {
  search: AuditSearch
  /** The newest entry on screen. */
  newestMs: number | undefined
  live: boolean
  intervalMs: number
  onLiveChange: (live: boolean) => void
  onIntervalChange: (ms: number) => void
  /** Shows the new entries at the top; rows never move under the cursor by themselves. */
  onShowNew: () => void
}

/** Opt-in polling for entries newer than the newest shown, announced as a button to press. */
export function LiveUpdates({ search, newestMs, live, intervalMs, onLiveChange, onIntervalChange, onShowNew }: Props) {
  const id = useId()
  const { data: fresh } = useNewEntryCount(search, newestMs, intervalMs, live)
  const count = live && fresh ? fresh : 0
  return (
    <div className="live" role="group" aria-label={messages.live.label}>
      <button type="button" role="switch" aria-checked={live} className="switch" onClick={() => onLiveChange(!live)}>
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        {messages.live.toggle}
      </button>
      {live && (
        <>
          <label htmlFor={id} className="sr-only">
            {messages.live.intervalLabel}
          </label>
          <select id={id} value={intervalMs} onChange={(e) => onIntervalChange(Number(e.target.value))}>
            {LIVE_INTERVALS.map((ms) => (
              <option key={ms} value={ms}>
                {messages.live.interval(ms / 1000)}
              </option>
            ))}
          </select>
        </>
      )}
      <span aria-live="polite">
        {count > 0 && (
          <button type="button" className="button button-primary new-entries" onClick={onShowNew}>
            <Icon name="arrowUp" size={14} />
            {messages.live.newEntries(count)}
          </button>
        )}
      </span>
    </div>
  )
}
