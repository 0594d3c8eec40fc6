/**
 * The response codes each status class stands for in Losant's `auditLogFilter.responseCode`
 * (decision 012). The filter takes exact codes, and Losant's server reads the query with qs'
 * defaults: an array of more than 20 items (`arrayLimit`), however it is written, arrives as an
 * object and the request is refused with 400. So a class cannot name its 100 codes; it names the
 * registered codes (IANA's HTTP status code registry, plus 418) that a recorded request can end
 * with. Losant records a request only after one of its API methods ran for a known actor, so a
 * code that only a proxy sends, or that the HTTP layer answers before any method runs, never
 * appears in its log.
 */
import type { StatusClass } from '@/sources/audit-search'
import type { StatusCodeLimits } from '@/sources/status-class-codes'

/** qs' default `arrayLimit`: a 21st item turns the array into an object. Every list of the filter obeys it. */
export const LOSANT_MAX_FILTER_VALUES = 20

export const LOSANT_STATUS_CLASS_CODES = {
  // Every registered 2xx but 203 (Non-Authoritative Information), which only a transforming proxy
  // sends. Leaving out the codes only intermediaries send (203, 407, 511) is also what lets 2xx
  // and 5xx be chosen together (19 codes).
  '2xx': [200, 201, 202, 204, 205, 206, 207, 208, 226],
  // Every registered 3xx (306 is unused).
  '3xx': [300, 301, 302, 303, 304, 305, 307, 308],
  // The registered 4xx but those a recorded request cannot end with: 407 (proxies only);
  // 411, 414, 417 and 431 (answered while the request is read, before routing); 416 (Range
  // requests, which only GETs make, and GETs are not recorded); 421, 425 and 426 (connection and
  // protocol answers). That leaves exactly 20.
  '4xx': [400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 412, 413, 415, 418, 422, 423, 424, 428, 429, 451],
  // Every registered 5xx but 511 (Network Authentication Required), which only captive portals send.
  '5xx': [500, 501, 502, 503, 504, 505, 506, 507, 508, 510],
} as const satisfies Record<StatusClass, readonly number[]>

export const LOSANT_STATUS_CODE_LIMITS: StatusCodeLimits = {
  byClass: LOSANT_STATUS_CLASS_CODES,
  maxPerRequest: LOSANT_MAX_FILTER_VALUES,
}
