/**
 * The Content-Security-Policy for the production build: scripts only from this origin (no
 * inline scripts), requests only to this origin and the configured API. Served as a header
 * (see README); `vite preview` sends it too.
 *
 * `style-src` allows inline styles because Radix's dialog injects a <style> element to lock
 * scrolling; no script can be injected through it.
 */
export function contentSecurityPolicy(apiUrls: readonly (string | undefined)[]): string {
  const origins = [...new Set(apiUrls.flatMap((url) => (url ? [new URL(url).origin] : [])))]
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...origins].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
