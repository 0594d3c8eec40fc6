/**
 * Redaction for audit-log payloads: request/response bodies are arbitrary, hostile JSON. The
 * app runs `redactJson` inside its data-fetching function, before anything is cached, so no
 * secret reaches React state, the DOM, the clipboard or an export.
 *
 * redactJson rules, in the order they apply to a value:
 *  - A RedactedValue passes through (and is reported again).
 *  - Under a sensitive key (`isSensitiveKey`, any depth, any container): the value is replaced
 *    whole by RedactedValue(keyReason, 'client') without being read, except null, '' and
 *    booleans, which stay, and server markers, which become RedactedValue(keyReason, 'server').
 *  - Strings: a server marker (`serverMarkers`, compared trimmed) becomes
 *    RedactedValue('server redacted', 'server'); a lone `[REDACTED: reason]` becomes
 *    RedactedValue(reason, 'client'); a string that is one secret as a whole (`detectSecretValue`)
 *    becomes RedactedValue(reason, 'client'); a string holding a JSON object/array is parsed and
 *    redacted, and if anything changed it is re-serialised (placeholders inside, every
 *    redaction reported at the string's path); otherwise secrets inside it are replaced by
 *    `[REDACTED: reason]` text (see `redactText`), URL credentials included: only the
 *    `user:password` part of a URL is replaced, the rest of the URL stays.
 *  - Name/value records count as keys: in { name: 'Authorization', value: … } (also key/Key/
 *    header/field…) and in a ['Cookie', …] tuple, the value is treated as under that name.
 *  - Object keys get the same detectors (maps keyed by token exist); a redacted key that
 *    collides with another gets " (2)".
 *  - Numbers are only ever redacted under sensitive keys: epoch milliseconds and ids can pass a
 *    Luhn check, so card detection is for strings only.
 *  - Non-JSON input is converted as JSON.stringify would (toJSON, boxed primitives; undefined,
 *    functions and symbols omitted from objects and null in arrays; NaN/Infinity → null) except
 *    bigint → decimal string. Cycles become "[circular reference]", containers deeper than
 *    `maxDepth` "[truncated: nested deeper than N levels]", unreadable values (throwing getters,
 *    revoked proxies) null or omitted.
 *
 * `redactJsonInSlices` applies the same rules with pauses between slices of work, for bodies of
 * megabytes that would otherwise block the page in one long task.
 *
 * Idempotence: `redactJson(redactJson(x).value)` returns a deep-equal value AND the same
 * redaction list (placeholders and RedactedValues are reported on every pass), and so does
 * redacting `JSON.parse(JSON.stringify(redactJson(x).value))`.
 */
export { detectSecretValue } from './detect-secret-value'
export { findPlaceholders } from './placeholders'
export type { RedactionOrigin, RedactionReason } from './reasons'
export type { RedactJsonResult, Slicing } from './redact-json'
export { redactJson, redactJsonInSlices } from './redact-json'
export { redactText } from './redact-text'
export { isRedactedValue, RedactedValue } from './redacted-value'
export { isSensitiveKey } from './sensitive-keys'
export { DEFAULT_SERVER_MARKERS } from './server-markers'
export type { RedactedJson, Redaction, RedactOptions } from './types'
