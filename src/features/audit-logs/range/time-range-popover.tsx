import { Popover } from 'radix-ui'
import type { FormEvent } from 'react'
import { useId, useState } from 'react'

import type { TimeZoneChoice } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'
import { timeRangeMessages } from '@/lib/i18n/time-range-messages'
import type { TimeRange } from '@/sources/audit-search'
import { RANGE_PRESETS } from '@/sources/audit-search'

import { PRESET_LABELS } from './range-labels'
import { formatLocalDateTime, parseLocalDateTime, resolvePreset } from './range-params'
import { TimeRangeChip } from './time-range-chip'

export interface TimeRangeProps {
  range: TimeRange
  zone: TimeZoneChoice
  onChange: (range: TimeRange) => void
}

/** The time range chip and its popover: presets, or a custom range with an inclusive end. */
export default function TimeRangePopover({ range, zone, onChange }: TimeRangeProps) {
  // Mounted only once the chip was pressed, so it opens at once.
  const [open, setOpen] = useState(true)
  const active = range.start !== undefined || range.end !== undefined
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <TimeRangeChip range={range} zone={zone} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover range-popover"
          align="start"
          sideOffset={6}
          aria-label={messages.timeRange.title}
        >
          <div className="range-presets" role="group" aria-label={timeRangeMessages.presetsLabel}>
            {RANGE_PRESETS.map((preset) => (
              <button
                key={preset}
                type="button"
                className="button button-quiet"
                aria-pressed={range.preset === preset}
                onClick={() => {
                  onChange(resolvePreset(preset, Date.now()))
                  setOpen(false)
                }}
              >
                {PRESET_LABELS[preset]}
              </button>
            ))}
            <button
              type="button"
              className="button button-quiet"
              aria-pressed={!active}
              onClick={() => {
                onChange({})
                setOpen(false)
              }}
            >
              {messages.timeRange.anyTime}
            </button>
          </div>
          <CustomRangeForm
            range={range}
            zone={zone}
            onApply={(next) => {
              onChange(next)
              setOpen(false)
            }}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

function splitLocal(ms: number | undefined, zone: TimeZoneChoice, edge: 'start' | 'end') {
  if (ms === undefined) return { date: '', time: '' }
  const [date = '', time = ''] = formatLocalDateTime(ms, zone, edge).split('T')
  return { date, time }
}

function CustomRangeForm({
  range,
  zone,
  onApply,
}: {
  range: TimeRange
  zone: TimeZoneChoice
  onApply: (range: TimeRange) => void
}) {
  const id = useId()
  const [from, setFrom] = useState(() => splitLocal(range.preset ? undefined : range.start, zone, 'start'))
  const [to, setTo] = useState(() => splitLocal(range.preset ? undefined : range.end, zone, 'end'))
  const [error, setError] = useState<string | null>(null)
  const m = timeRangeMessages.custom

  function submit(event: FormEvent) {
    event.preventDefault()
    const read = (value: { date: string; time: string }, edge: 'start' | 'end') =>
      value.date ? parseLocalDateTime(value.time ? `${value.date}T${value.time}` : value.date, zone, edge) : undefined
    const start = read(from, 'start')
    const end = read(to, 'end')
    if ((from.date && start === undefined) || (to.date && end === undefined)) {
      setError(m.badFormat)
      return
    }
    if (start === undefined && end === undefined) {
      setError(m.empty)
      return
    }
    if (start !== undefined && end !== undefined && start > end) {
      setError(m.reversed)
      return
    }
    setError(null)
    onApply({ ...(start !== undefined && { start }), ...(end !== undefined && { end }) })
  }

  return (
    <form className="range-custom" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <p id={`${id}-title`} className="range-custom-title">
        {m.title} <span className="muted">{m.note(m.zoneNames[zone])}</span>
      </p>
      <div className="range-fields">
        <label htmlFor={`${id}-from-date`}>{m.fromDate}</label>
        <input
          id={`${id}-from-date`}
          type="date"
          value={from.date}
          onChange={(e) => setFrom({ ...from, date: e.target.value })}
        />
        <label htmlFor={`${id}-from-time`}>{m.fromTime}</label>
        <input
          id={`${id}-from-time`}
          type="time"
          value={from.time}
          onChange={(e) => setFrom({ ...from, time: e.target.value })}
        />
        <label htmlFor={`${id}-to-date`}>{m.toDate}</label>
        <input
          id={`${id}-to-date`}
          type="date"
          value={to.date}
          onChange={(e) => setTo({ ...to, date: e.target.value })}
        />
        <label htmlFor={`${id}-to-time`}>{m.toTime}</label>
        <input
          id={`${id}-to-time`}
          type="time"
          value={to.time}
          onChange={(e) => setTo({ ...to, time: e.target.value })}
        />
      </div>
      <p className="muted range-hint">{m.hint}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary">
        {m.apply}
      </button>
    </form>
  )
}
