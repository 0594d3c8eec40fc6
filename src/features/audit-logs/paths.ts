/** Where the audit-log pages live; the app's routes and the feature's links share these. */
export const AUDIT_LOGS_PATH = '/settings/audit-logs'

export function auditLogEntryPath(id: string): string {
  return `${AUDIT_LOGS_PATH}/${encodeURIComponent(id)}`
}
