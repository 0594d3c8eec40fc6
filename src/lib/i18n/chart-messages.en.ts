/**
 * The activity chart's words: a catalogue of its own, loaded with the chart's chunk after the
 * first paint, so the first load does not carry them (decision 008).
 */
import { formatCount } from '@/lib/format/format-number'

import { pluralRules } from './plural'

const plural = pluralRules('en')

type FormatNumber = (n: number) => string

const entries = (count: number, format: FormatNumber = formatCount) =>
  `${format(count)} ${plural(count, { one: 'entry', other: 'entries' })}`

/** "Nov 3, 14:00 – Nov 3, 15:00": a span between two already formatted times. */
const span = (start: string, end: string) => `${start} – ${end}`

export const chartMessagesEn = {
  histogram: {
    keyboardHint:
      'Arrow keys move between time buckets, Shift with an arrow key selects several, Enter zooms to the selection.',
    entries,
    loadingCount: '… loading',
    bucket: (range: string, count: string) => `${range}: ${count}`,
    noData: 'No data',
    loading: 'Loading…',
    atLeast: (count: string) => `At least ${count}`,
    atLeastLoading: (count: string) => `At least ${count} · loading…`,
    noEntriesInRange: 'No entries in this range',
    summary: (count: string, peak: string, range: string) => `${count} · peak ${peak} at ${range}`,
    releaseToZoom: 'Release to zoom',
    enterToZoom: 'Enter to zoom · Esc to clear',
  },

  chart: {
    label: 'Activity over time',
    span,
    failed: (reason: string) => `The chart could not be loaded: ${reason}`,
  },
}

export type ChartMessages = typeof chartMessagesEn
