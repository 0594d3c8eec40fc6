import { useState } from 'react'

import { Notice } from '@/components/ui/notice'
import { messages } from '@/lib/i18n'
import type { AuditPage } from '@/sources/audit-event'

/** Entries of this page the adapter could not read (skipped, never blanking the page); dismissed per page. */
export function UnreadableEntriesNotice({ page }: { page: AuditPage | undefined }) {
  const [dismissed, setDismissed] = useState<unknown>(null)
  const problems = page?.problems ?? []
  if (problems.length === 0 || dismissed === page) return null
  return (
    <Notice onDismiss={() => setDismissed(page)}>
      {messages.list.unreadableEntries(problems.length, problems[0]?.message.split('\n')[0])}
    </Notice>
  )
}
