import type { RequestOption } from '@/sources/audit-source'

export type ApiMethodMap = Record<string, Record<string, readonly string[] | undefined> | undefined>

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The operations an audit log can contain: Losant records only requests that create, change or
 * delete something, so read-only (GET) operations are not offered as filters.
 */
export function deriveRequestOptions(methods: ApiMethodMap): RequestOption[] {
  return Object.entries(methods)
    .map(([resource, actions]) => ({
      resource,
      actions: Object.entries(actions ?? {})
        .filter(([, pair]) => pair?.[0] !== undefined && MUTATING_METHODS.has(pair[0]))
        .map(([action]) => action),
    }))
    .filter((option) => option.actions.length > 0)
}
