import { findSecrets } from './find-secrets'
import type { RedactionReason } from './reasons'
import { defaultServerMarkerMatcher } from './server-markers'

/**
 * The reason when `s` (trimmed) is, as a whole, one secret: a JWT, "Bearer …"/"Basic …", a PEM
 * private key, an AWS access key id, a card number, a well-known token format. Strings that
 * merely contain a secret ("password=…", a URL with credentials, a log line) return null;
 * `redactText` replaces the secret part of those.
 */
export function detectSecretValue(s: string): RedactionReason | null {
  if (typeof s !== 'string') return null
  const trimmed = s.trim()
  const [only, ...others] = findSecrets(trimmed, defaultServerMarkerMatcher)
  if (only === undefined || others.length > 0) return null
  return only.phraseStart === 0 && only.end === trimmed.length ? only.reason : null
}
