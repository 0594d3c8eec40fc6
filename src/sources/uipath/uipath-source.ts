import { redactText } from '@/lib/redaction'
import type { VendorError } from '@/lib/http/http-errors'
import { ResponseFormatError } from '@/lib/http/http-errors'
import type { AuditSource } from '@/sources/audit-source'
import { messages } from '@/lib/i18n'
import { decodeUiPathEntry, decodeUiPathPage } from './uipath-decode'
import { browserLanguages, pickUiPathLanguage } from './uipath-language'
import { UIPATH_LIST_PATH, uipathListQuery } from './uipath-list-request'
import { UIPATH_ID_PATTERN } from './stable-id'

export interface UiPathSourceOptions {
  /** The `language` to ask for; injectable so tests do not depend on the machine's locale. */
  language?: () => string
}

const MAX_ERROR_TEXT = 300

/**
 * UiPath does not document its error body. A JSON body's own words are used when it has a usual
 * field for them (`message`, `error`, ASP.NET's `detail`/`title`); otherwise whatever came back is
 * shown, trimmed and cut short.
 */
export function describeUiPathErrorBody(body: unknown): VendorError | undefined {
  let message: string | undefined
  if (typeof body === 'string') message = body
  else if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>
    const nested = record.error
    const candidates = [
      record.message,
      typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>).message : nested,
      record.detail,
      record.title,
      record.errorMessage,
    ]
    message = candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '')
    message ??= JSON.stringify(body)
  }
  const trimmed = message?.trim()
  if (!trimmed) return undefined
  // An error text can echo what was sent, tokens included.
  return { message: redactText(trimmed.slice(0, MAX_ERROR_TEXT)).text }
}

/**
 * UiPath's unified audit log, `GET {baseURL}/audit_/api/auditlogs` (api-contracts.md §2).
 * `baseURL` is `https://{domain}/{organization}/{tenant}`, so `location.orgId` is not used.
 */
export function createUiPathSource({ language }: UiPathSourceOptions = {}): AuditSource {
  const currentLanguage = language ?? (() => pickUiPathLanguage(browserLanguages()))
  return {
    id: 'uipath',
    label: messages.sources.uipath.label,
    capabilities: {
      sortFields: ['time', 'category', 'email'],
      // The list takes no filter and no time range (only language, top, skip, sortBy, sortOrder).
      filters: {},
      timeRange: false,
      paging: 'offset',
      totalCount: true,
      // There is no endpoint for one entry, and entries have no id of their own.
      eventById: false,
    },
    listRequest: (search) => ({ path: UIPATH_LIST_PATH, query: uipathListQuery(search, currentLanguage()) }),
    decodeList: decodeUiPathPage,
    isEventId: (id) => UIPATH_ID_PATTERN.test(id),
    // Nothing in an entry can be filtered on, so no actor/target id is ever asked for.
    isEntityId: () => false,
    eventRequest: () => {
      throw new Error(
        'UiPath has no endpoint for one audit-log entry: open it from a loaded list page instead.',
      )
    },
    decodeEvent: (json) => {
      try {
        return decodeUiPathEntry(json)
      } catch (error) {
        throw new ResponseFormatError(messages.sources.uipath.notAnEntry((error as Error).message))
      }
    },
    describeErrorBody: describeUiPathErrorBody,
    scopesHelp: messages.sources.uipath.scopesHelp,
  }
}

export const uipathSource = createUiPathSource()
