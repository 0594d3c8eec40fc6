/**
 * The evidence manifest offered beside an export: what was exported, from where, how, and the
 * file's SHA-256, so an auditor can check the file is the one the dashboard wrote
 * (`sha256sum -c`, README). Built from what the export did; the token is never given to it.
 */
import type { AuditFilters, AuditSearch } from '@/sources/audit-search'

import type { VendorRequest } from './vendor-request'

export const MANIFEST_KIND = 'audit-log-export-manifest'
export const MANIFEST_VERSION = 1

export interface ExportManifestInput {
  appVersion: string
  source: { id: string; label: string }
  connection: { apiUrl: string; orgId: string; demo: boolean }
  file: { name: string; format: string; mediaType: string; bytes: number; sha256: string }
  search: AuditSearch
  /** The browser's time zone (IANA name), in which the person chose the range. */
  localTimeZone: string
  rows: number
  capped: boolean
  cap: number
  redactedValues: number
  startedAt: number
  finishedAt: number
  requests: readonly VendorRequest[]
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString())

/** A URL without any `user:password@` part (an API URL may carry one; the manifest must not). */
export function withoutCredentials(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (!parsed.username && !parsed.password) return url
  parsed.username = ''
  parsed.password = ''
  return parsed.href
}

/** Only the filters in force, so the manifest reads as what was asked. */
function filtersInForce(filters: AuditFilters): Partial<AuditFilters> {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => Array.isArray(value) && value.length > 0),
  ) as Partial<AuditFilters>
}

export function buildExportManifest(input: ExportManifestInput) {
  const { file, search } = input
  return {
    kind: MANIFEST_KIND,
    manifestVersion: MANIFEST_VERSION,
    app: { name: 'audit-log-dashboard', version: input.appVersion },
    file: {
      name: file.name,
      format: file.format,
      mediaType: file.mediaType,
      bytes: file.bytes,
      sha256: file.sha256,
      /** A line `sha256sum -c` reads: the hash, two spaces, the file's name. */
      sha256sum: `${file.sha256}  ${file.name}`,
    },
    source: {
      id: input.source.id,
      name: input.source.label,
      apiUrl: withoutCredentials(input.connection.apiUrl),
      organization: input.connection.orgId || null,
      demo: input.connection.demo,
    },
    query: {
      filters: filtersInForce(search.filters),
      sort: search.sort,
      /** Inclusive bounds in UTC; null: open on that side. */
      range: { startUtc: iso(search.range.start), endUtc: iso(search.range.end), preset: search.range.preset ?? null },
      localTimeZone: input.localTimeZone,
    },
    result: {
      rows: input.rows,
      capped: input.capped,
      cap: input.cap,
      redactedValues: input.redactedValues,
    },
    exportedAt: { startUtc: iso(input.startedAt), endUtc: iso(input.finishedAt) },
    requests: input.requests.map((request) => ({ ...request, url: withoutCredentials(request.url) })),
  }
}

export type ExportManifest = ReturnType<typeof buildExportManifest>

/** `<export file>.manifest.json`, beside the file it describes. */
export function manifestFileName(exportFileName: string): string {
  return `${exportFileName}.manifest.json`
}

export function manifestBlob(manifest: ExportManifest): Blob {
  return new Blob([`${JSON.stringify(manifest, null, 2)}\n`], { type: 'application/json' })
}
