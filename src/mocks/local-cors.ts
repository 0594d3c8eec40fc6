// CORS for the standalone mock server: only pages served from this machine may call it.

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

/** True for http(s)://localhost, 127.0.0.1 or [::1] on any port. */
export function isLocalOrigin(origin: string | undefined): origin is string {
  if (!origin) return false
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTNAMES.has(url.hostname)
  } catch {
    return false
  }
}

/** Headers for every response; the allow-origin echo only for local origins. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    ...(isLocalOrigin(origin) ? { 'Access-Control-Allow-Origin': origin } : {}),
    Vary: 'Origin',
  }
}

export function preflightHeaders(origin: string | undefined): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type, Prefer',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Max-Age': '600',
  }
}
