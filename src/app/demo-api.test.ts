import { describe, expect, it } from 'vitest'

import { VENDOR_IDS, VENDORS } from '@/mocks/demo-handlers'
import { LOSANT_DEMO_ORG_ID } from '@/mocks/losant/demo-constants'

import { DEMO_API_PATHS, demoEndpoints } from './demo-api'

describe('the demo API’s addresses as the app knows them', () => {
  it('are where the demo API mounts itself', () => {
    expect(DEMO_API_PATHS).toEqual(Object.fromEntries(VENDOR_IDS.map((id) => [id, VENDORS[id].demoBasePath])))
    expect(demoEndpoints('https://app.example')).toEqual({
      orgId: LOSANT_DEMO_ORG_ID,
      bases: Object.fromEntries(VENDOR_IDS.map((id) => [id, `https://app.example${VENDORS[id].demoBasePath}`])),
    })
  })
})
