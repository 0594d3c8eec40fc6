// Placeholder until the scan lands.
import type { AuditSearch } from '@/sources/audit-search'
export interface BodyScanProps {
  search: AuditSearch
  words: readonly string[]
  onDismiss: () => void
}
export default function BodyScan(_: BodyScanProps) {
  return null
}
