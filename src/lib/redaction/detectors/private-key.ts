import { REASON } from '../reasons'
import type { SecretDetector } from './secret-finding'

const BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g
const END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g

/** PEM / OpenSSH / PGP private key blocks, header to footer. */
export const detectPrivateKeys: SecretDetector = (segment, offset, found) => {
  if (segment.length < 32 || !segment.includes('PRIVATE KEY')) return
  // The END search is cached so that many BEGINs without an END stay linear.
  let nextEnd: { start: number; end: number } | null | undefined
  BEGIN.lastIndex = 0
  for (let m = BEGIN.exec(segment); m !== null; m = BEGIN.exec(segment)) {
    if (nextEnd === undefined || (nextEnd !== null && nextEnd.start < BEGIN.lastIndex)) {
      END.lastIndex = BEGIN.lastIndex
      const e = END.exec(segment)
      nextEnd = e === null ? null : { start: e.index, end: e.index + e[0].length }
    }
    // Audit bodies are often truncated: a key without its footer is still key material.
    const end = nextEnd === null ? segment.length : nextEnd.end
    found.push({ start: offset + m.index, end: offset + end, phraseStart: offset + m.index, reason: REASON.privateKey })
    BEGIN.lastIndex = end
  }
}
