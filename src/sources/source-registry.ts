import type { AuditSource, SourceId } from './audit-source'
import { losantSource } from './losant/losant-source'

export const SOURCES: Record<SourceId, AuditSource> = {
  losant: losantSource,
}

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[]

export function isSourceId(value: string): value is SourceId {
  return Object.hasOwn(SOURCES, value)
}
