import type { TimeZoneChoice } from '@/lib/format/format-time'

/** Local/UTC: how every time on the page is shown, and how a custom range is read. */
export function ZoneToggle({ zone, onChange }: { zone: TimeZoneChoice; onChange: (zone: TimeZoneChoice) => void }) {
  return (
    <div className="segmented" role="group" aria-label="Time zone">
      <button type="button" aria-pressed={zone === 'local'} onClick={() => onChange('local')}>
        Local
      </button>
      <button type="button" aria-pressed={zone === 'utc'} onClick={() => onChange('utc')}>
        UTC
      </button>
    </div>
  )
}
