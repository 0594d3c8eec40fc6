import { RedactedValue } from '@/lib/redaction'
import type { AuditEvent } from '@/sources/audit-event'
import { decodeLosantEntry } from '@/sources/losant/losant-decode'

import { entryText, matchesWords, normaliseWords, redactedJsonText, wordMatcher } from './entry-text'

const SECRET = 'plain-Secret-Zq81-value'

/** A Losant entry through the real decoder, so its bodies are redacted as the scan sees them. */
const decoded = (overrides: Record<string, unknown> = {}) =>
  decodeLosantEntry({
    id: '5f3e7a1b2c4d6e8f90a1b2c3',
    creationDate: '2024-03-07T10:15:30.250Z',
    actorId: '5f3e7a1b2c4d6e8f90a1b2c5',
    actorType: 'User',
    actorName: 'Ada Lovelace',
    primaryTargetId: '5f3e7a1b2c4d6e8f90a1b2c4',
    primaryTargetType: 'Application',
    primaryTargetName: 'Greenhouse',
    requestResource: 'device',
    requestAction: 'patch',
    requestBody: {
      name: 'Pump 2',
      password: SECRET,
      note: 'Valve replaced at Dock 3 after the pressure alarm; see ticket OPS-4471 for the part numbers used and the torque settings applied on site.',
    },
    responseBody: { success: true },
    responseStatus: 200,
    ...overrides,
  })

describe('entryText', () => {
  it('holds names, types, ids, the request and the bodies as redacted JSON', () => {
    const text = entryText(decoded())
    for (const part of [
      'Ada Lovelace',
      'User',
      'Greenhouse',
      'Application',
      'device',
      'patch',
      '200',
      '"name":"Pump 2"',
    ])
      expect(text).toContain(part)
    expect(text).toContain('5f3e7a1b2c4d6e8f90a1b2c3')
  })

  it('holds the redaction marker’s label, never the secret it replaced', () => {
    const event = decoded()
    expect(entryText(event)).toContain('"password":"[REDACTED: password]"')
    expect(entryText(event)).not.toContain(SECRET)
    expect(redactedJsonText(new RedactedValue('api key', 'client'))).toBe('"[REDACTED: api key]"')
    expect(redactedJsonText(new RedactedValue('server redacted', 'server'))).toBe('"[REDACTED]"')
  })

  it('searches a text body as text, and a paired record with its row', () => {
    const event: AuditEvent = {
      ...decoded({ requestBody: 'plain "quoted" text' }),
      paired: { ...decoded(), id: 'intent-1', message: 'Intent of the change' },
    }
    expect(entryText(event)).toContain('plain "quoted" text')
    expect(matchesWords(event, ['"quoted"'])).toBe(true)
    expect(wordMatcher(['intent of the']).match(event)?.field).toBe('paired')
  })
})

describe('matchesWords', () => {
  const event = decoded()

  it('ignores case, in the words and in the entry', () => {
    expect(matchesWords(event, ['GREENHOUSE'])).toBe(true)
    expect(matchesWords(event, ['ada lovelace'])).toBe(true)
    expect(matchesWords(event, ['dOCK 3'])).toBe(true)
  })

  it('needs every word, each anywhere in the entry', () => {
    expect(matchesWords(event, ['ada', 'ops-4471'])).toBe(true)
    expect(matchesWords(event, ['ada', 'grace'])).toBe(false)
    expect(matchesWords(event, ['nowhere'])).toBe(false)
  })

  it('finds a word inside a body but never the value of a redacted secret', () => {
    expect(matchesWords(event, ['pressure alarm'])).toBe(true)
    expect(matchesWords(event, [SECRET])).toBe(false)
    expect(matchesWords(event, ['Zq81'])).toBe(false)
    // The marker itself is findable: a scan for "redacted" lists entries that had secrets.
    expect(matchesWords(event, ['[redacted: password]'])).toBe(true)
  })

  it('reads words literally, not as patterns', () => {
    expect(matchesWords(event, ['pump.2'])).toBe(false)
    expect(matchesWords(event, ['(pump'])).toBe(false)
    expect(matchesWords(event, ['"name":"pump 2"'])).toBe(true)
  })

  it('matches nothing without a word', () => {
    expect(matchesWords(event, [])).toBe(false)
    expect(matchesWords(event, ['  ', ''])).toBe(false)
  })
})

describe('normaliseWords', () => {
  it('trims, drops blanks and keeps each word once whatever its case', () => {
    expect(normaliseWords([' Pump ', '', 'pump', 'DOCK', '  '])).toEqual(['Pump', 'DOCK'])
  })
})

describe('wordMatcher snippets', () => {
  it('cuts the part holding the words around the first of them, in its own case', () => {
    const snippet = wordMatcher(['PRESSURE']).match(decoded())
    expect(snippet).toMatchObject({ field: 'requestBody', match: 'pressure', cutStart: true, cutEnd: true })
    expect(snippet!.before.endsWith('Dock 3 after the ')).toBe(true)
    expect(snippet!.before.length).toBeLessThanOrEqual(40)
    expect(snippet!.after.startsWith(' alarm; see ticket')).toBe(true)
    expect(snippet!.after.length).toBeLessThanOrEqual(60)
  })

  it('prefers the part that holds the most of the words', () => {
    // "patch" is in the request and in nothing else; "pump" and "valve" are both in the body.
    const snippet = wordMatcher(['patch', 'valve', 'pump']).match(decoded())
    expect(snippet?.field).toBe('requestBody')
  })

  it('shows a short part whole, with nothing cut', () => {
    const snippet = wordMatcher(['lovelace']).match(decoded())
    expect(snippet).toEqual({
      field: 'actor',
      before: 'Ada ',
      match: 'Lovelace',
      after: ' User 5f3e7a1b2c4d6e8f90a1b2c5',
      cutStart: false,
      cutEnd: false,
    })
  })
})
