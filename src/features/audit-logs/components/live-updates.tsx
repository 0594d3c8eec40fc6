import { useId } from 'react'
import { Icon } from '@/components/ui/icon'
import { formatCount } from '@/lib/format/format-number'
import type { AuditSearch } from '@/sources/audit-search'
import { useNewEntryCount } from '../api/get-new-entry-count'

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
    <div className="live" role="group" aria-label="Live updates">
      <button
        type="button"
        role="switch"
        aria-checked={live}
        className="switch"
        onClick={() => onLiveChange(!live)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        Live
      </button>
      {live && (
        <>
          <label htmlFor={id} className="sr-only">
            Check for new entries every
          </label>
          <select id={id} value={intervalMs} onChange={(e) => onIntervalChange(Number(e.target.value))}>
            {LIVE_INTERVALS.map((ms) => (
              <option key={ms} value={ms}>
                every {ms / 1000} s
              </option>
            ))}
          </select>
        </>
      )}
      <span aria-live="polite">
        {count > 0 && (
          <button type="button" className="button button-primary new-entries" onClick={onShowNew}>
            <Icon name="arrowUp" size={14} />
            {formatCount(count)} new {count === 1 ? 'entry' : 'entries'}
          </button>
        )}
      </span>
    </div>
  )
}
