/**
 * The time range popover's words: a catalogue of its own, loaded with the popover's chunk after
 * the first paint, so the first load does not carry them (decision 008). The chip's label and the
 * presets' names stay in the main catalogue, which the chip shows.
 */

export const timeRangeMessagesEn = {
  presetsLabel: 'Presets',
  custom: {
    title: 'Custom range',
    note: (zoneName: string) => `(${zoneName}; the end is included)`,
    zoneNames: { utc: 'UTC', local: 'your local time' },
    fromDate: 'From date',
    fromTime: 'From time',
    toDate: 'To date',
    toTime: 'To time',
    hint: 'Without a time, the range starts at the beginning of the first day and ends at the end of the last.',
    apply: 'Apply range',
    badFormat: 'Enter dates as YYYY-MM-DD and times as HH:MM.',
    empty: 'Enter a start, an end, or both.',
    reversed: 'The start must be before the end.',
  },
}

export type TimeRangeMessages = typeof timeRangeMessagesEn
