import type { SourceId } from '@/sources/audit-source'
import { SOURCE_IDS } from '@/sources/source-registry'

export interface DemoEndpoints {
  orgId: string
  /** The built-in API's base URL for each vendor it imitates. */
  bases: Record<SourceId, string>
}

/**
 * Where the in-page demo API answers: fixed paths on the app's own origin. The app knows them
 * without loading the demo API (which must stay out of the first load); demo-api.test.ts keeps
 * them equal to the paths the demo API mounts itself at.
 */
export const DEMO_API_PATHS = Object.fromEntries(SOURCE_IDS.map((id) => [id, `/demo-api/${id}`])) as Record<
  SourceId,
  string
>
/** The one organization the Losant demo knows. */
export const DEMO_ORG_ID = '5f1e0c6a9d3b2a0017c4e8a1'

export function demoEndpoints(origin: string): DemoEndpoints {
  const bases = Object.fromEntries(Object.entries(DEMO_API_PATHS).map(([id, path]) => [id, origin + path]))
  return { orgId: DEMO_ORG_ID, bases: bases as Record<SourceId, string> }
}

/**
 * The built-in demo API; main.tsx provides it (product code never imports mocks). Its addresses
 * are known up front, so the page renders at once; requests wait for `ready`, which starts it
 * once, on first use.
 */
export interface DemoApi {
  endpoints: DemoEndpoints
  ready(): Promise<void>
}
