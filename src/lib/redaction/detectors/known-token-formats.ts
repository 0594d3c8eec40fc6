import { REASON } from '../reasons'
import type { SecretDetector } from './secret-finding'

// Self-identifying token formats that are common in API payloads: GitHub, Slack, Stripe secret
// and restricted keys, Google API keys, "sk-" LLM provider keys. Group 1 = token, 2 = api key.
const KNOWN_TOKEN =
  /(?<![A-Za-z0-9_-])(?:(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}|xox[abposr]-[A-Za-z0-9-]{10,})|((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|AIza[A-Za-z0-9_-]{35}|sk-[A-Za-z0-9_-]{32,}))/g
const HAS_DIGIT = /[0-9]/
// indexOf is far cheaper than starting the regex at every token boundary of every string.
const PREFIXES = ['gh', 'github_pat_', 'xox', 'k_live_', 'k_test_', 'AIza', 'sk-']

export const detectKnownTokenFormats: SecretDetector = (segment, offset, found) => {
  if (segment.length < 14 || !containsAnyPrefix(segment)) return
  KNOWN_TOKEN.lastIndex = 0
  for (let m = KNOWN_TOKEN.exec(segment); m !== null; m = KNOWN_TOKEN.exec(segment)) {
    // "sk-" alone is also a slug prefix; real keys always mix in digits.
    if (m[2]?.startsWith('sk-') === true && !HAS_DIGIT.test(m[2])) continue
    const start = offset + m.index
    const reason = m[1] === undefined ? REASON.apiKey : REASON.token
    found.push({ start, end: start + m[0].length, phraseStart: start, reason })
  }
}

function containsAnyPrefix(segment: string): boolean {
  for (const prefix of PREFIXES) if (segment.includes(prefix)) return true
  return false
}
