import { render, screen } from '@testing-library/react'

import { messages } from '@/lib/i18n'

import { facetChipLabel } from './facet-summary'
import { FilterChip } from './filter-chip'

/** Words only, as label-in-name checks compare them: case and punctuation do not count. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

function chip(title: string, summary: string, label: string) {
  render(<FilterChip icon="plusCircle" title={title} summary={summary} active={summary !== ''} aria-label={label} />)
  return screen.getByRole('button')
}

// WCAG 2.5.3: a speech-input user says what the chip shows; its name must contain that text.
describe('a filter chip says what it shows', () => {
  it.each([
    ['Actor type', ''],
    ['Actor type', 'User, Device'],
    ['Status', '3 selected'],
  ])('%s chip with values %j: its name starts with the words it shows, in order', (title, summary) => {
    const button = chip(title, summary, facetChipLabel(title, summary))
    const name = words(button.getAttribute('aria-label')!)
    expect(name.startsWith(words(button.textContent!))).toBe(true)
  })

  it('keeps title and values two words in its text, for the time range chip too', () => {
    const description = messages.timeRange.anyTime
    const button = chip(messages.timeRange.title, description, messages.timeRange.chipLabel(description))
    expect(button).toHaveTextContent(/^Time range Any time$/)
    expect(words(button.getAttribute('aria-label')!)).toBe(words(button.textContent!))
  })

  it('still says "filter", so Status the filter is not Status the column', () => {
    expect(facetChipLabel('Status', '')).toBe('Status filter')
    expect(facetChipLabel('Status', '4xx Client error')).toBe('Status: 4xx Client error (filter)')
  })
})
