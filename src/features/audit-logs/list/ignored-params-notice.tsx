import { useState } from 'react'

import { Notice } from '@/components/ui/notice'
import { messages } from '@/lib/i18n'

/** What the URL held that could not be used; dismissed until the URL ignores something else. */
export function IgnoredParamsNotice({ ignored }: { ignored: readonly string[] }) {
  const [dismissed, setDismissed] = useState('')
  if (ignored.length === 0 || dismissed === ignored.join()) return null
  return <Notice onDismiss={() => setDismissed(ignored.join())}>{messages.list.ignoredLink(ignored)}</Notice>
}
