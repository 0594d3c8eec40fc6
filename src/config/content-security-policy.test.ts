import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy } from './content-security-policy'

describe('contentSecurityPolicy', () => {
  it('allows scripts only from self and connections only to self and the API origins', () => {
    const policy = contentSecurityPolicy(['https://api.losant.com/some/path', undefined, 'https://api.losant.com'])
    expect(policy).toContain("script-src 'self';")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("connect-src 'self' https://api.losant.com;")
  })

  it('keeps connections to self when no API is configured', () => {
    expect(contentSecurityPolicy([])).toContain("connect-src 'self';")
  })
})
