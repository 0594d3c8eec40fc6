/**
 * Every vendor the dashboard can read: one line each. Columns, filters, paging, the demo API's
 * paths and the Connection page's choices all follow from this list (app/vendor-wiring.test.ts
 * checks that a vendor is wired everywhere by its folder and this line alone).
 */
import type { AuditSource } from './audit-source'
import { bloodhoundSource } from './bloodhound/bloodhound-source'
import { losantSource } from './losant/losant-source'
import { uipathSource } from './uipath/uipath-source'

export const SOURCES = {
  losant: losantSource,
  uipath: uipathSource,
  bloodhound: bloodhoundSource,
} satisfies Record<string, AuditSource>

export type SourceId = keyof typeof SOURCES

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[]

export function isSourceId(value: string): value is SourceId {
  return Object.hasOwn(SOURCES, value)
}
