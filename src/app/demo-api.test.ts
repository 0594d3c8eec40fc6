import { describe, expect, it } from 'vitest'

import { BLOODHOUND_DEMO_BASE_PATH } from '@/mocks/bloodhound/demo-constants'
import { LOSANT_DEMO_BASE_PATH, LOSANT_DEMO_ORG_ID } from '@/mocks/losant/demo-constants'
import { UIPATH_DEMO_BASE_PATH } from '@/mocks/uipath/demo-constants'

import { DEMO_API_PATHS, demoEndpoints } from './demo-api'

describe('the demo API’s addresses as the app knows them', () => {
  it('are where the demo API mounts itself', () => {
    expect(DEMO_API_PATHS).toEqual({
      losant: LOSANT_DEMO_BASE_PATH,
      uipath: UIPATH_DEMO_BASE_PATH,
      bloodhound: BLOODHOUND_DEMO_BASE_PATH,
    })
    expect(demoEndpoints('https://app.example')).toEqual({
      orgId: LOSANT_DEMO_ORG_ID,
      bases: {
        losant: `https://app.example${LOSANT_DEMO_BASE_PATH}`,
        uipath: `https://app.example${UIPATH_DEMO_BASE_PATH}`,
        bloodhound: `https://app.example${BLOODHOUND_DEMO_BASE_PATH}`,
      },
    })
  })
})
