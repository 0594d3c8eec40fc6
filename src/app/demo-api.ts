import type { SourceId } from '@/sources/audit-source'

export interface DemoEndpoints {
  orgId: string
  /** The built-in API's base URL for each vendor it imitates. */
  bases: Partial<Record<SourceId, string>> & { losant: string }
}

/** Starts the built-in demo API once, on first use; main.tsx provides it (product code never imports mocks). */
export interface DemoApi {
  start(): Promise<DemoEndpoints>
}
