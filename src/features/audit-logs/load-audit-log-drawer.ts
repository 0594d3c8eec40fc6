/**
 * The drawer (and its JSON viewer) in its own chunk. The app's route loads it through React
 * Router's `lazy`, which resolves it before the route renders: a `React.lazy` boundary would
 * suspend, and React holds a freshly revealed Suspense boundary back for up to 300 ms. The list
 * page calls it once it is idle, so opening an entry rarely waits for the network at all.
 */
export const loadAuditLogDrawer = () => import('./components/audit-log-drawer')

/** Warms the drawer's chunk when the browser has nothing else to do (not in tests: no idle callback). */
export function preloadAuditLogDrawer(): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {}
  const handle = requestIdleCallback(() => void loadAuditLogDrawer().catch(() => {}), { timeout: 3_000 })
  return () => cancelIdleCallback(handle)
}
