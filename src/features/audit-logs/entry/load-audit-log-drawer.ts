/**
 * The drawer (and its JSON viewer) in its own chunk. The app's route loads it through React
 * Router's `lazy`, which resolves it before the route renders: a `React.lazy` boundary would
 * suspend, and React holds a freshly revealed Suspense boundary back for up to 300 ms. The list
 * page warms it once it is idle, so opening an entry rarely waits for the network at all.
 */
export const loadAuditLogDrawer = () => import('./audit-log-drawer')

/** Fire and forget: if it fails, the route's own load tries again and reports the failure. */
export function preloadAuditLogDrawer(): void {
  void loadAuditLogDrawer().catch(() => {})
}
