import { formatNumberRuns } from './format-number-runs'

describe('formatNumberRuns', () => {
  it('writes runs of three or more as ranges and shorter ones one by one', () => {
    expect(formatNumberRuns([400, 401, 402, 404, 405, 451])).toBe('400–402, 404, 405, 451')
  })

  it('sorts and drops duplicates first', () => {
    expect(formatNumberRuns([3, 1, 2, 2, 9])).toBe('1–3, 9')
  })

  it('is empty for no numbers', () => {
    expect(formatNumberRuns([])).toBe('')
  })
})
