import type { TimeZoneChoice } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'

/** Local/UTC: how every time on the page is shown, and how a custom range is read. */
export function ZoneToggle({ zone, onChange }: { zone: TimeZoneChoice; onChange: (zone: TimeZoneChoice) => void }) {
  const m = messages.timeRange.zone
  return (
    <div className="segmented" role="group" aria-label={m.label}>
      <button type="button" aria-pressed={zone === 'local'} onClick={() => onChange('local')}>
        {m.local}
      </button>
      <button type="button" aria-pressed={zone === 'utc'} onClick={() => onChange('utc')}>
        {m.utc}
      </button>
    </div>
  )
}
