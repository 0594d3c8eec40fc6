import { describe, expect, it } from 'vitest'

import apiMethods from './api-methods.json'
import { deriveRequestOptions } from './derive-request-options'
import requestOptions from './request-options.json'

describe('Losant request filter options', () => {
  it('match the method map (regenerate with scripts/generate-losant-request-options.ts)', () => {
    expect(requestOptions).toEqual(deriveRequestOptions(apiMethods))
  })

  it('offer only operations that change something', () => {
    const options = deriveRequestOptions({
      device: { get: ['GET', '/devices/{id}'], delete: ['DELETE', '/devices/{id}'], patch: ['PATCH', '/devices/{id}'] },
      devices: { get: ['GET', '/devices'] },
      flows: { post: ['POST', '/flows'] },
    })
    expect(options).toEqual([
      { resource: 'device', actions: ['delete', 'patch'] },
      { resource: 'flows', actions: ['post'] },
    ])
  })
})
