/**
 * Every path the app routes to, in one place: the router's routes, links, redirects and copied
 * links all use these, so a path changes here or nowhere.
 */
export const SETTINGS_PATH = '/settings'
export const AUDIT_LOGS_PATH = `${SETTINGS_PATH}/audit-logs`
export const CONNECTION_PATH = `${SETTINGS_PATH}/connection`
/** The sign-in provider's redirect URI: the session module (lib/auth) owns it, the router mounts it. */
export { CALLBACK_PATH as AUTH_CALLBACK_PATH } from '@/lib/auth/oidc-session'
/** The route pattern of one entry, over the list. */
export const AUDIT_LOG_ENTRY_PATTERN = `${AUDIT_LOGS_PATH}/:auditLogId`

export function auditLogEntryPath(id: string): string {
  return `${AUDIT_LOGS_PATH}/${encodeURIComponent(id)}`
}
