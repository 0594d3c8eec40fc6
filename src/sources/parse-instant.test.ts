import { parseInstant } from './parse-instant'

describe('parseInstant', () => {
  it('reads UiPath’s seven fraction digits and offset, truncating to the millisecond', () => {
    expect(parseInstant('2021-10-14T13:10:15.1964174+00:00')).toBe(Date.UTC(2021, 9, 14, 13, 10, 15, 196))
    expect(parseInstant('2021-10-14T13:10:15.1999999+00:00')).toBe(Date.UTC(2021, 9, 14, 13, 10, 15, 199))
  })

  it('applies the offset', () => {
    expect(parseInstant('2021-10-14T15:10:15.5+02:00')).toBe(Date.UTC(2021, 9, 14, 13, 10, 15, 500))
    expect(parseInstant('2021-10-14T08:40:15-04:30')).toBe(Date.UTC(2021, 9, 14, 13, 10, 15))
  })

  it('reads BloodHound’s microseconds in UTC', () => {
    expect(parseInstant('2024-02-19T19:27:43.866123Z')).toBe(Date.UTC(2024, 1, 19, 19, 27, 43, 866))
  })

  it('reads a missing offset as UTC and rejects what is not an instant', () => {
    expect(parseInstant('2024-02-19T19:27:43')).toBe(Date.UTC(2024, 1, 19, 19, 27, 43))
    for (const text of ['', 'yesterday', '2024-02-30T00:00:00Z', '2024-13-01T00:00:00Z', '2024-02-19 T19:27Z']) {
      expect(parseInstant(text)).toBeNaN()
    }
  })
})
