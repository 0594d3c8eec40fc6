import { REASON } from '../reasons'
import type { SecretDetector } from './secret-finding'

// "eyJ" is base64url for '{"', so every JWS/JWE compact token starts with it. Three segments
// (JWS, including unsigned ones with an empty signature) or five (JWE).
const JWT =
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?/g

export const detectJwts: SecretDetector = (segment, offset, found) => {
  if (segment.length < 13 || !segment.includes('eyJ')) return
  JWT.lastIndex = 0
  for (let m = JWT.exec(segment); m !== null; m = JWT.exec(segment)) {
    const start = offset + m.index
    found.push({ start, end: start + m[0].length, phraseStart: start, reason: REASON.jwt })
  }
}
