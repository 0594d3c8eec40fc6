import { afterEach, describe, expect, it } from 'vitest'

import { getConnectionOverride, resetConnectionOverride, setConnectionOverride } from './connection-store'

afterEach(() => {
  resetConnectionOverride()
  sessionStorage.clear()
  localStorage.clear()
})

describe('connection store', () => {
  it('keeps the token in memory only, by default', () => {
    setConnectionOverride({
      layer: { apiUrl: 'https://api.example', token: 'secret-token' },
      demo: false,
      remember: false,
    })
    expect(getConnectionOverride().layer.token).toBe('secret-token')
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-token')
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token')
  })

  it('keeps it in this tab’s sessionStorage only when asked, never localStorage', () => {
    setConnectionOverride({ layer: { token: 'secret-token' }, demo: false, remember: true })
    expect(Object.values({ ...sessionStorage }).join()).toContain('secret-token')
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token')
    setConnectionOverride({ layer: { token: 'secret-token' }, demo: false, remember: false })
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-token')
  })
})
