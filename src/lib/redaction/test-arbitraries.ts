/*
 * fast-check arbitraries shared by the redaction tests: realistic secrets of every detectable
 * shape, deny-listed keys in random spellings, and random JSON to hide them in.
 */
import fc from 'fast-check'

/** A secret string plus the fragments of it that must never appear in redacted output. */
export interface PlantedSecret {
  text: string
  mustNotSurvive: readonly string[]
}

const base64url = (s: string): string => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const alnum = (min: number, max: number): fc.Arbitrary<string> =>
  fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${min},${max}}$`))
/** Distinctive enough that random sibling JSON never contains it by chance. */
export const secretText: fc.Arbitrary<string> = alnum(12, 24).map((s) => `Zq${s}`)

export const jwtSecret: fc.Arbitrary<PlantedSecret> = fc
  .record({ kid: alnum(1, 12), sub: alnum(1, 20), iat: fc.nat(), signature: alnum(16, 60) })
  .map(({ kid, sub, iat, signature }) => {
    const payload = base64url(JSON.stringify({ sub, iat }))
    const text = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }))}.${payload}.${signature}`
    return { text, mustNotSurvive: [text, payload, signature] }
  })

export const bearerSecret: fc.Arbitrary<PlantedSecret> = fc
  .tuple(
    fc.constantFrom('Bearer', 'bearer', 'BEARER'),
    fc.stringMatching(/^[A-Za-z0-9]{6,30}[0-9][A-Za-z0-9._~+/-]{0,12}[A-Za-z0-9]$/),
  )
  .map(([scheme, token]) => ({ text: `${scheme} ${token}`, mustNotSurvive: [token] }))

export const pemSecret: fc.Arbitrary<PlantedSecret> = fc
  .tuple(
    fc.constantFrom('', 'RSA ', 'EC ', 'OPENSSH ', 'ENCRYPTED ', 'DSA '),
    fc.array(fc.base64String({ minLength: 16, maxLength: 64 }), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('\n', '\r\n', '\\n'),
  )
  .map(([type, lines, eol]) => {
    const body = lines.join(eol)
    const text = `-----BEGIN ${type}PRIVATE KEY-----${eol}${body}${eol}-----END ${type}PRIVATE KEY-----`
    return { text, mustNotSurvive: lines.filter((line) => line.length >= 12) }
  })

export const awsAccessKeySecret: fc.Arbitrary<PlantedSecret> = fc
  .tuple(fc.constantFrom('AKIA', 'ASIA'), fc.stringMatching(/^[A-Z0-9]{16}$/))
  .map(([prefix, rest]) => ({ text: prefix + rest, mustNotSurvive: [prefix + rest] }))

export const urlCredentialsSecret: fc.Arbitrary<PlantedSecret> = fc
  .record({
    scheme: fc.constantFrom('https', 'http', 'postgres', 'mongodb+srv', 'redis', 'amqp', 'ftp'),
    user: fc.stringMatching(/^[a-z][a-z0-9._-]{0,12}$/),
    password: alnum(8, 24).map((s) => `Pw${s}`),
    host: fc.domain(),
    path: fc.constantFrom('', '/', '/db?ssl=true', '/x/y#z', ':5432/app'),
  })
  .map(({ scheme, user, password, host, path }) => ({
    text: `${scheme}://${user}:${password}@${host}${path}`,
    mustNotSurvive: [`${user}:${password}`, password],
  }))

const CARD_SHAPES: readonly (readonly [prefix: string, length: number])[] = [
  ['4', 16],
  ['4', 13],
  ['4', 19],
  ['51', 16],
  ['55', 16],
  ['2221', 16],
  ['2720', 16],
  ['34', 15],
  ['37', 15],
  ['6011', 16],
  ['65', 16],
  ['644', 16],
  ['62', 19],
  ['36', 14],
  ['3528', 16],
  ['300', 14],
  ['5018', 16],
]

export function withLuhnCheckDigit(body: string): string {
  let sum = 0
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(body[i])
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return body + String((10 - (sum % 10)) % 10)
}

export const cardNumberSecret: fc.Arbitrary<PlantedSecret> = fc
  .tuple(
    fc.constantFrom(...CARD_SHAPES),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
    fc.constantFrom('', ' ', '-'),
  )
  .map(([[prefix, length], randomDigits, separator]) => {
    const digits = withLuhnCheckDigit(prefix + randomDigits.join('').slice(0, length - prefix.length - 1))
    const text = separator === '' ? digits : (digits.match(/.{1,4}/g) ?? []).join(separator)
    return { text, mustNotSurvive: [digits, text] }
  })

export const knownTokenSecret: fc.Arbitrary<PlantedSecret> = fc
  .oneof(
    alnum(36, 36).map((s) => `ghp_${s}`),
    fc.stringMatching(/^[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/).map((s) => `github_pat_${s}`),
    alnum(48, 48).map((s) => `sk-proj-${s}1`),
    alnum(24, 40).map((s) => `sk_live_${s}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{35}$/).map((s) => `AIza${s}`),
    fc.stringMatching(/^[0-9]{10,12}-[A-Za-z0-9]{24}$/).map((s) => `xoxb-${s}`),
  )
  .map((text) => ({ text, mustNotSurvive: [text] }))

export const basicAuthSecret: fc.Arbitrary<PlantedSecret> = fc
  .tuple(fc.stringMatching(/^[a-z]{1,10}$/), alnum(6, 20))
  .map(([user, password]) => {
    const token = btoa(`${user}:${password}`)
    return { text: `Basic ${token}`, mustNotSurvive: [token] }
  })

export const detectableSecret: fc.Arbitrary<PlantedSecret> = fc.oneof(
  jwtSecret,
  bearerSecret,
  pemSecret,
  awsAccessKeySecret,
  urlCredentialsSecret,
  cardNumberSecret,
  knownTokenSecret,
  basicAuthSecret,
)

/** Random prose that cannot glue onto the secret (a space separates them). */
const prose: fc.Arbitrary<string> = fc.string({ maxLength: 40 })

/** The secret alone, inside a sentence, or inside a string that holds JSON. */
export const secretInText: fc.Arbitrary<PlantedSecret> = fc
  .tuple(detectableSecret, fc.constantFrom('alone', 'embedded', 'json', 'json-embedded'), prose, prose)
  .map(([secret, form, before, after]) => {
    switch (form) {
      case 'alone':
        return secret
      case 'embedded':
        return { ...secret, text: `${before} ${secret.text} ${after}` }
      case 'json':
        return { ...secret, text: JSON.stringify({ note: before, value: secret.text }) }
      default:
        return { ...secret, text: JSON.stringify([before, { message: `${before} ${secret.text} ${after}` }]) }
    }
  })

/** Deny-listed keys as words; spelled below in random case with random separators. */
export const DENY_LIST_KEYS: readonly (readonly string[])[] = [
  ['password'],
  ['passwd'],
  ['pwd'],
  ['secret'],
  ['token'],
  ['api', 'key'],
  ['apikey'],
  ['x', 'api', 'key'],
  ['auth'],
  ['authorization'],
  ['proxy', 'authorization'],
  ['credentials'],
  ['credential'],
  ['private', 'key'],
  ['client', 'secret'],
  ['access', 'key'],
  ['access', 'key', 'id'],
  ['secret', 'access', 'key'],
  ['cookie'],
  ['set', 'cookie'],
  ['session'],
  ['session', 'id'],
  ['csrf'],
  ['xsrf'],
  ['csrf', 'token'],
  ['xsrf', 'token'],
  ['otp'],
  ['totp'],
  ['mfa', 'code'],
  ['card', 'number'],
  ['cc', 'number'],
  ['credit', 'card'],
  ['pan'],
  ['cvv'],
  ['cvc'],
  ['cvv2'],
  ['iban'],
  ['ssn'],
  ['social', 'security', 'number'],
  ['pin'],
  ['passphrase'],
  ['connection', 'string'],
  ['dsn'],
  ['webhook', 'secret'],
  ['signing', 'key'],
  ['encryption', 'key'],
  ['access', 'token'],
  ['refresh', 'token'],
  ['id', 'token'],
  ['auth', 'token'],
  ['session', 'token'],
  ['invitation', 'token'],
  ['api', 'token'],
  ['signature'],
  ['jwt'],
  ['bearer', 'token'],
]

const wordSpelling = (word: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(word),
    fc.constant(word.toUpperCase()),
    fc.constant(word.charAt(0).toUpperCase() + word.slice(1)),
    fc.mixedCase(fc.constant(word)),
  )

export const denyListedKey: fc.Arbitrary<string> = fc
  .constantFrom(...DENY_LIST_KEYS)
  .chain((words) =>
    fc.tuple(
      fc.tuple(...words.map(wordSpelling)),
      fc.constantFrom('', '-', '_', ' ', '.'),
      fc.constantFrom('', '_', 'x-', '$'),
    ),
  )
  .map(([spelled, separator, prefix]) => prefix + spelled.join(separator))

const NEUTRAL_KEYS = [
  'note',
  'data',
  'value',
  'message',
  'url',
  'description',
  'meta',
  'items',
  'x',
  'payload',
  'body',
  'details',
  'comment',
  'attributes',
  'state',
]
export const neutralKey: fc.Arbitrary<string> = fc.constantFrom(...NEUTRAL_KEYS)

const siblingJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 })

interface Wrapper {
  wrap: (inner: unknown) => unknown
}

const objectStep: fc.Arbitrary<Wrapper> = fc
  .tuple(neutralKey, fc.dictionary(fc.string({ maxLength: 8 }), siblingJson, { maxKeys: 3 }))
  .map(([key, siblings]) => ({ wrap: (inner) => ({ ...siblings, [key]: inner }) }))

const arrayStep: fc.Arbitrary<Wrapper> = fc
  .tuple(fc.nat(3), fc.array(siblingJson, { maxLength: 3 }))
  .map(([index, siblings]) => ({
    wrap: (inner) => {
      const items = [...siblings]
      items.splice(Math.min(index, items.length), 0, inner)
      return items
    },
  }))

/** Places the value made from `leaf` at a random path (objects and arrays) inside random JSON. */
export function plantedInJson<T>(
  leaf: fc.Arbitrary<T>,
  toValue: (leaf: T) => unknown,
  maxDepth = 12,
): fc.Arbitrary<{ input: unknown; leaf: T }> {
  return fc.tuple(fc.array(fc.oneof(objectStep, arrayStep), { maxLength: maxDepth }), leaf).map(([steps, planted]) => ({
    input: steps.reduceRight<unknown>((inner, step) => step.wrap(inner), toValue(planted)),
    leaf: planted,
  }))
}

/** What goes under a deny-listed key: a string, a number, or a container holding the secret. */
export const secretUnderKey: fc.Arbitrary<{ value: unknown; needle: string }> = fc.oneof(
  secretText.map((s) => ({ value: s, needle: s })),
  fc.noBias(fc.integer({ min: 1_000_000_000, max: 2_000_000_000 })).map((n) => ({ value: n, needle: String(n) })),
  secretText.map((s) => ({ value: { inner: s, list: [1, 2] }, needle: s })),
  secretText.map((s) => ({ value: ['a', s], needle: s })),
  detectableSecret.map((s) => ({ value: s.text, needle: s.mustNotSurvive[0] ?? s.text })),
)
