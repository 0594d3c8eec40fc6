// The moment the demo datasets count back from. Rounded down to the hour, and kept for the
// tab's session, so the data stays put while someone explores it: a reload (or Back into a
// fresh document) that crosses an hour boundary would otherwise rebuild every dataset one hour
// later and move every row under the reader.
const HOUR_MS = 3_600_000
/** After this long a reload starts from the current hour again, so a long-open tab is not stale. */
const MAX_ANCHOR_AGE_MS = 12 * HOUR_MS
const STORAGE_KEY = 'audit-dashboard.demo-anchor'

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined // storage blocked (privacy mode, sandboxed frame)
  }
}

let pinned: Date | undefined

/**
 * The demo API's own thread has no session storage and may not share the page's clock (a test's
 * fake clock stays on the page): the page works out the anchor and pins it there.
 */
export function pinDemoAnchor(anchor: Date): void {
  pinned = anchor
}

export function demoAnchor(nowMs: number = Date.now(), store: Storage | undefined = sessionStore()): Date {
  if (pinned) return pinned
  const hour = Math.floor(nowMs / HOUR_MS) * HOUR_MS
  try {
    const kept = Number(store?.getItem(STORAGE_KEY))
    if (Number.isInteger(kept) && kept > 0 && kept <= hour && hour - kept < MAX_ANCHOR_AGE_MS) return new Date(kept)
    store?.setItem(STORAGE_KEY, String(hour))
  } catch {
    // A full or blocked store only costs the reload stability.
  }
  return new Date(hour)
}
