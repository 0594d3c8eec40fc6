// @vitest-environment node
// Pure data and msw handlers: no DOM needed, and jsdom start-up would dominate the run.
import { corsHeaders, isLocalOrigin, preflightHeaders } from './local-cors'

describe('local CORS', () => {
  it.each(['http://localhost:5173', 'http://127.0.0.1:4173', 'https://localhost', 'http://[::1]:8080'])(
    'allows %s',
    (origin) => {
      expect(isLocalOrigin(origin)).toBe(true)
      expect(corsHeaders(origin)).toEqual({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' })
    },
  )

  it.each([undefined, '', 'null', 'http://evil.example', 'http://localhost.evil.example', 'file://localhost'])(
    'refuses %s',
    (origin) => {
      expect(isLocalOrigin(origin)).toBe(false)
      expect(corsHeaders(origin)).toEqual({ Vary: 'Origin' })
    },
  )

  it('answers preflights with the allowed headers, methods and max age', () => {
    expect(preflightHeaders('http://localhost:5173')).toEqual({
      'Access-Control-Allow-Origin': 'http://localhost:5173',
      'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type, Prefer',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    })
  })
})
