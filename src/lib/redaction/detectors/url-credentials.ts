import { REASON } from '../reasons'
import type { SecretDetector } from './secret-finding'

// scheme://userinfo@ — userinfo runs to the LAST '@' before the path, because sloppy URLs
// carry unencoded '@' in passwords.
const URL_USERINFO = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/([^\s/?#\\"'<>`]{1,4096})@/g
const MIN_TOKEN_LIKE_USERNAME = 16

/**
 * Only the userinfo is replaced ("postgres://[REDACTED: url credentials]@db:5432/app"): the
 * host and path are useful and not secret. Userinfo is treated as a credential when it has a
 * password part or the username is long enough to be a token ("https://ghp_…@github.com");
 * "ssh://git@github.com" stays as it is.
 */
export const detectUrlCredentials: SecretDetector = (segment, offset, found) => {
  if (segment.length < 8 || !segment.includes('://')) return
  URL_USERINFO.lastIndex = 0
  for (let m = URL_USERINFO.exec(segment); m !== null; m = URL_USERINFO.exec(segment)) {
    const userinfo = m[1] ?? ''
    if (!userinfo.includes(':') && userinfo.length < MIN_TOKEN_LIKE_USERNAME) continue
    const end = offset + m.index + m[0].length - 1
    found.push({ start: end - userinfo.length, end, phraseStart: offset + m.index, reason: REASON.urlCredentials })
  }
}
