import { REASON } from '../reasons'
import type { SecretDetector } from './secret-finding'

// Long-term (AKIA), temporary (ASIA) and other access key ids; the prefix is followed by
// exactly 16 upper-case base32-ish characters. (AIDA/AROA… are user/role ids, not secrets.)
const AWS_ACCESS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/g
const PREFIX = /AKIA|ASIA|ABIA|ACCA/

export const detectAwsAccessKeys: SecretDetector = (segment, offset, found) => {
  if (segment.length < 20 || !PREFIX.test(segment)) return
  AWS_ACCESS_KEY_ID.lastIndex = 0
  for (let m = AWS_ACCESS_KEY_ID.exec(segment); m !== null; m = AWS_ACCESS_KEY_ID.exec(segment)) {
    const start = offset + m.index
    found.push({ start, end: start + m[0].length, phraseStart: start, reason: REASON.awsAccessKey })
  }
}
