import type { RequestOption } from '@/sources/audit-source'

import requestOptions from './request-options.json'

/**
 * The "Request" filter's operations (see derive-request-options.ts), generated from Losant's
 * method map so the list's first load carries the names only; resolve-api-method.ts reads the
 * map itself, with the decoder.
 */
export const LOSANT_REQUEST_OPTIONS: readonly RequestOption[] = requestOptions
