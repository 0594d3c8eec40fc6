import { REASON, type RedactionReason } from './reasons'

/*
 * Deny list for object keys (and for `key=value` / `key: value` pairs found in free text).
 *
 * Sources: Sentry's default scrubbing list (password, passwd, secret, api_key, apikey, auth,
 * credentials, mysql_pwd, privatekey, private_key, token, session, csrftoken, sessionid,
 * set_cookie, cookie, authorization, x_api_key, x_csrftoken, csrf, xsrf, jwt, card[number]…) and
 * OWASP's Logging Cheat Sheet "never log" list (session ids, access tokens, passwords, connection
 * strings, encryption keys, payment card data, bank account data, national ids…).
 *
 * Matching rule. A key is split into words at separators (anything not A–Z/0–9) and camelCase
 * humps; the normalised key is those words lower-cased and joined ("X-Api-Key" → "xapikey").
 *   1. COMPOUND_TERMS match anywhere in the normalised key. They are specific enough that no
 *      everyday word contains them ("clientSecret", "x_api_key", "DB_PASSWORD", "setcookie").
 *      Exception: "secretary"/"secretariat" are removed before looking for "secret".
 *   2. A normalised key ending in "token" ("accesstoken", "XSRF-TOKEN") is a token, except a few
 *      pagination cursors (NON_SECRET_TOKEN_KEYS).
 *   3. WORD_TERMS are short and must be a whole word of the key, or the whole normalised key:
 *      "pin"/"userPin" match but "spinner"/"pinned" do not; "auth"/"basic_auth" match but
 *      "author"/"authored"/"authorName" do not; "token"/"tokenValue" match but "prompt_tokens"
 *      and "maxTokens" (LLM usage counters) do not. The bare key "tokens" does match.
 *   4. Metadata exemption: when the key's last word describes the secret rather than holding it
 *      (type, count, length, policy, expiresAt, …, see METADATA_WORDS) and the key without that
 *      word is itself sensitive (and no sensitive term runs into that word), the key is NOT
 *      sensitive: "tokenType": "Bearer", "passwordPolicy": {…}, "token_expires_in": 3600,
 *      "tokenCount": 12 stay visible. Their values are still walked and every value detector
 *      still runs on them, so a real secret under such a key is still caught if it has a
 *      recognisable shape.
 * Deliberately sensitive: "signature"/"sig" (presigned-URL and SAS signatures grant access;
 * "signatureMethod"/"signatureVersion" are exempt by rule 4), "pan", "session", "sid".
 * Deliberately NOT sensitive: "key" alone (i18n keys, map keys), "publicKey", "keyboard",
 * "monkey", "author*", "sessions" (lists of session records), "code" (error codes), pagination
 * tokens. When in doubt the list errs on the side of redacting: hiding a harmless value costs a
 * click in the UI, leaking a secret cannot be undone.
 */

type Term = readonly [term: string, reason: RedactionReason]

const COMPOUND_TERMS: readonly Term[] = [
  ['privatekey', REASON.privateKey],
  ['privkey', REASON.privateKey],
  ['password', REASON.password],
  ['passwd', REASON.password],
  ['pswd', REASON.password],
  ['passphrase', REASON.passphrase],
  ['apikey', REASON.apiKey],
  ['accesskey', REASON.accessKey],
  ['authorization', REASON.authorization],
  ['authkey', REASON.authorization],
  ['cookie', REASON.cookie],
  ['credential', REASON.credentials],
  ['sessionid', REASON.session],
  ['sessiontoken', REASON.session],
  ['sessionkey', REASON.session],
  ['phpsessid', REASON.session],
  ['connectsid', REASON.session],
  ['csrf', REASON.csrfToken],
  ['xsrf', REASON.csrfToken],
  ['jwt', REASON.jwt],
  ['accesstoken', REASON.token],
  ['refreshtoken', REASON.token],
  ['idtoken', REASON.token],
  ['authtoken', REASON.token],
  ['apitoken', REASON.token],
  ['bearertoken', REASON.bearerToken],
  ['creditcard', REASON.cardNumber],
  ['cardnumber', REASON.cardNumber],
  ['cardnum', REASON.cardNumber],
  ['ccnumber', REASON.cardNumber],
  ['ccnum', REASON.cardNumber],
  ['securitycode', REASON.cardSecurityCode],
  ['socialsecurity', REASON.ssn],
  ['connectionstring', REASON.connectionString],
  ['connstring', REASON.connectionString],
  ['signingkey', REASON.signingKey],
  ['hmackey', REASON.signingKey],
  ['encryptionkey', REASON.encryptionKey],
  ['masterkey', REASON.encryptionKey],
  ['licensekey', REASON.licenseKey],
  ['mfacode', REASON.oneTimeCode],
  ['otpcode', REASON.oneTimeCode],
  ['twofactorcode', REASON.oneTimeCode],
  ['2facode', REASON.oneTimeCode],
  ['verificationcode', REASON.oneTimeCode],
  ['recoverycode', REASON.recoveryCode],
  ['backupcode', REASON.recoveryCode],
  // Generic, so checked last: a more specific term above names the reason when both match.
  ['secret', REASON.secret],
]

const WORD_TERMS: ReadonlyMap<string, RedactionReason> = new Map([
  ['token', REASON.token],
  ['pwd', REASON.password],
  ['pass', REASON.password],
  ['pin', REASON.pin],
  ['pan', REASON.cardNumber],
  ['cvv', REASON.cardSecurityCode],
  ['cvv2', REASON.cardSecurityCode],
  ['cvc', REASON.cardSecurityCode],
  ['cvc2', REASON.cardSecurityCode],
  ['cvn', REASON.cardSecurityCode],
  ['otp', REASON.oneTimeCode],
  ['totp', REASON.oneTimeCode],
  ['hotp', REASON.oneTimeCode],
  ['ssn', REASON.ssn],
  ['iban', REASON.iban],
  ['dsn', REASON.connectionString],
  ['sid', REASON.session],
  ['session', REASON.session],
  ['auth', REASON.authorization],
  ['bearer', REASON.bearerToken],
  ['signature', REASON.signature],
  ['sig', REASON.signature],
  ['tokens', REASON.token],
])

/** WORD_TERMS that only count as the whole key, not as one word of a longer key. */
const WHOLE_KEY_ONLY = new Set(['tokens'])

const NON_SECRET_TOKEN_KEYS = new Set([
  'nexttoken',
  'pagetoken',
  'nextpagetoken',
  'continuationtoken',
  'paginationtoken',
  'synctoken',
  'cursortoken',
])

const SECRET_LOOKALIKES = /secretar(?:y|iat)/g

const METADATA_WORDS = new Set([
  'type',
  'types',
  'kind',
  'count',
  'counts',
  'length',
  'len',
  'size',
  'limit',
  'min',
  'max',
  'minlength',
  'maxlength',
  'policy',
  'policies',
  'rules',
  'requirements',
  'strength',
  'score',
  'expiry',
  'expires',
  'expiration',
  'expired',
  'ttl',
  'lifetime',
  'age',
  'at',
  'in',
  'on',
  'date',
  'time',
  'timestamp',
  'enabled',
  'disabled',
  'required',
  'present',
  'exists',
  'valid',
  'verified',
  'version',
  'format',
  'algorithm',
  'alg',
  'scheme',
  'method',
  'methods',
  'provider',
  'mode',
  'status',
  'name',
  'label',
  'consent',
  'field',
  'url',
  'uri',
  'endpoint',
  'path',
])

const MAX_CACHED_KEYS = 5000
const MAX_CACHED_KEY_LENGTH = 128
const cache = new Map<string, RedactionReason | null>()

export function isSensitiveKey(key: string): RedactionReason | null {
  if (typeof key !== 'string') return null
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const reason = classifyKey(key)
  if (key.length <= MAX_CACHED_KEY_LENGTH) {
    // A crude bound is enough: the cache only exists to skip re-splitting repeated keys.
    if (cache.size >= MAX_CACHED_KEYS) cache.clear()
    cache.set(key, reason)
  }
  return reason
}

const PLACEHOLDER_TEXT = /\[REDACTED(?::[^\]]{0,64})?\]/g
const SEPARATORS = /[^A-Za-z0-9]+/
const LOWER_TO_UPPER = /([a-z0-9])([A-Z])/g
const ACRONYM_TO_WORD = /([A-Z]+)([A-Z][a-z])/g

function classifyKey(key: string): RedactionReason | null {
  // A key we redacted ourselves ("[REDACTED: jwt]") must not read as the word "jwt".
  const text = key.includes('[REDACTED') ? key.replace(PLACEHOLDER_TEXT, ' ') : key
  const chunks = text.split(SEPARATORS).filter((chunk) => chunk !== '')
  if (chunks.length === 0) return null
  const words = chunks.flatMap(splitCamelCase).map((word) => word.toLowerCase())
  if (NON_SECRET_TOKEN_KEYS.has(words.join(''))) return null
  const reason = matchWords(words) ?? matchWholeWords(chunks.map((chunk) => chunk.toLowerCase()))
  if (reason === null) return null
  return lastWordDescribesSecret(words) ? null : reason
}

/**
 * Rule 4. The last word only describes the secret when the key without it is sensitive on its
 * own AND no sensitive term runs into that word: a key in odd capitals splits into odd words
 * ("authORIzAtiOn" → auth·or·iz·ati·on), and "on" there is the end of "authorization", not a
 * timestamp suffix.
 */
function lastWordDescribesSecret(words: readonly string[]): boolean {
  const last = words[words.length - 1]
  if (words.length < 2 || last === undefined || !METADATA_WORDS.has(last)) return false
  const prefix = words.slice(0, -1)
  if (matchWords(prefix) === null) return false
  const joined = words.join('')
  const prefixJoined = prefix.join('')
  if (WORD_TERMS.has(joined)) return false
  return !COMPOUND_TERMS.some(([term]) => joined.includes(term) && !prefixJoined.includes(term))
}

function splitCamelCase(chunk: string): string[] {
  return chunk.replace(LOWER_TO_UPPER, '$1 $2').replace(ACRONYM_TO_WORD, '$1 $2').split(' ')
}

function matchWords(words: readonly string[]): RedactionReason | null {
  const joined = words.join('')
  const forSecret = joined.includes('secretar') ? joined.replace(SECRET_LOOKALIKES, '') : joined
  for (const [term, reason] of COMPOUND_TERMS) {
    if ((term === 'secret' ? forSecret : joined).includes(term)) return reason
  }
  if (joined.endsWith('token')) return REASON.token
  const whole = WORD_TERMS.get(joined)
  if (whole !== undefined) return whole
  return matchWholeWords(words)
}

function matchWholeWords(words: readonly string[]): RedactionReason | null {
  for (const word of words) {
    const reason = WORD_TERMS.get(word)
    if (reason !== undefined && !WHOLE_KEY_ONLY.has(word)) return reason
  }
  return null
}
