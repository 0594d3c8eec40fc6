import type { AuditSource, SourceId } from './audit-source'
import { bloodhoundSource } from './bloodhound/bloodhound-source'
import { losantSource } from './losant/losant-source'
import { uipathSource } from './uipath/uipath-source'

export const SOURCES: Record<SourceId, AuditSource> = {
  losant: losantSource,
  uipath: uipathSource,
  bloodhound: bloodhoundSource,
}

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[]

export function isSourceId(value: string): value is SourceId {
  return Object.hasOwn(SOURCES, value)
}
