import type { SourceId } from '@/sources/audit-source'

export interface DemoEndpoints {
  orgId: string
  /** The built-in API's base URL for each vendor it imitates. */
  bases: Record<SourceId, string>
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
