import type { RedactedJson } from '@/lib/redaction'
import { isRedactedValue } from '@/lib/redaction'

import apiMethods from './api-methods.json'

/** Losant's own map of API resource → action → [HTTP method, path template]. */
const LOSANT_API_METHODS = apiMethods as unknown as Record<
  string,
  Record<string, [string, string] | undefined> | undefined
>

export interface ResolvedRequest {
  method: string
  path: string
}

/**
 * Turns `application` + `delete` and `{applicationId: '5f…'}` into `DELETE /applications/5f…`.
 * Unknown pairs (the API grows) resolve to nothing and the UI shows `resource.action`.
 */
export function resolveApiMethod(
  resource: string | undefined,
  action: string | undefined,
  pathParams: RedactedJson | undefined,
): ResolvedRequest | undefined {
  if (!resource || !action) return undefined
  const found = losantMethodTemplate({ resource, action })
  if (!found) return undefined
  const { method, path: template } = found
  const params = isPlainObject(pathParams) ? pathParams : {}
  const path = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined
    if (typeof value === 'string' || typeof value === 'number') {
      return encodeURIComponent(String(value))
    }
    if (isRedactedValue(value)) return value.toJSON()
    return placeholder
  })
  return { method, path }
}

/** The HTTP method and path template Losant's map gives a resource and action (`DELETE /applications/{applicationId}`). */
export function losantMethodTemplate({
  resource,
  action,
}: {
  resource: string
  action?: string
}): ResolvedRequest | undefined {
  if (action === undefined) return undefined
  const entry = Object.hasOwn(LOSANT_API_METHODS, resource) ? LOSANT_API_METHODS[resource] : undefined
  const pair = entry && Object.hasOwn(entry, action) ? entry[action] : undefined
  return pair ? { method: pair[0], path: pair[1] } : undefined
}

function isPlainObject(value: unknown): value is Record<string, RedactedJson> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isRedactedValue(value)
}
