import { isCardNumber } from '../card-number-rules'
import { REASON } from '../reasons'
import type { SecretDetector } from './secret-finding'

const MIN_DIGITS = 13
const MAX_DIGITS = 19
/** 19 digits in groups of 3+ digits, plus a short final group, make at most 7 groups. */
const MAX_CARD_GROUPS = 7
const MAX_RUN_GROUPS = 32

// Runs of digit groups separated by a single space or dash: "4111 1111 1111 1111",
// "3782-822463-10005", "4111111111111111", "4222 2222 2222 2". Groups have 3+ digits (so lists
// of small numbers are not read as one long number) except a final 1–2 digit group. The
// repetition is bounded so the regex engine never needs a deep backtracking stack; longer runs
// are resumed, with an overlap, by the loop below.
const DIGIT_GROUPS = new RegExp(
  `(?<![0-9])[0-9]{3,}(?:[ -][0-9]{3,}){0,${MAX_RUN_GROUPS - 1}}(?:[ -][0-9]{1,2}(?![0-9]))?`,
  'g',
)

/**
 * A run may hold more than a card ("4111 1111 1111 1111 123" with a CVV after it), so every
 * consecutive slice of groups holding 13–19 digits is tried, the longest first per start group.
 */
export const detectCardNumbers: SecretDetector = (segment, offset, found) => {
  if (segment.length < MIN_DIGITS) return
  DIGIT_GROUPS.lastIndex = 0
  for (let m = DIGIT_GROUPS.exec(segment); m !== null; m = DIGIT_GROUPS.exec(segment)) {
    if (m[0].length < MIN_DIGITS) continue
    const groups = digitGroups(m[0], m.index)
    for (let first = 0; first < groups.length;) {
      const last = lastGroupOfLongestCard(segment, groups, first)
      if (last === -1) {
        first++
        continue
      }
      const start = offset + (groups[first]?.start ?? 0)
      found.push({ start, end: offset + (groups[last]?.end ?? 0), phraseStart: start, reason: REASON.cardNumber })
      first = last + 1
    }
    if (groups.length >= MAX_RUN_GROUPS) {
      // The run may go on: resume where a card could still start inside this window.
      const resume = groups[MAX_RUN_GROUPS - MAX_CARD_GROUPS + 1]
      if (resume !== undefined) DIGIT_GROUPS.lastIndex = resume.start
    }
  }
}

interface Group {
  start: number
  end: number
}

function digitGroups(run: string, runStart: number): Group[] {
  const groups: Group[] = []
  let start = 0
  for (let i = 0; i <= run.length; i++) {
    const code = i < run.length ? run.charCodeAt(i) : 32
    if (code === 32 || code === 45 /* - */) {
      groups.push({ start: runStart + start, end: runStart + i })
      start = i + 1
    }
  }
  return groups
}

function lastGroupOfLongestCard(text: string, groups: readonly Group[], first: number): number {
  const head = groups[first]
  // No issuer prefix starts with 0, 1, 7, 8 or 9: skip the string building entirely.
  if (head === undefined || !mayStartCard(text.charCodeAt(head.start))) return -1
  let digits = ''
  let best = -1
  for (let last = first; last < groups.length && last < first + MAX_CARD_GROUPS; last++) {
    const group = groups[last]
    if (group === undefined) break
    digits += text.slice(group.start, group.end)
    if (digits.length > MAX_DIGITS) break
    if (digits.length >= MIN_DIGITS && isCardNumber(digits)) best = last
  }
  return best
}

function mayStartCard(code: number): boolean {
  return code >= 50 /* 2 */ && code <= 54 /* 6 */
}
