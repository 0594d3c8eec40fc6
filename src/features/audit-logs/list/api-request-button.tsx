import type { ComponentProps } from 'react'
import { startTransition, Suspense, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { messages } from '@/lib/i18n'
import { preloadableComponent } from '@/lib/lazy/preloadable-component'
import type { AuditSearch } from '@/sources/audit-search'

// The popover (its request building and curl quoting) loads when the button is first approached:
// only this button ships with the list.
const ApiRequestPopover = preloadableComponent(
  async () => (await import('@/features/audit-logs/export/api-request-popover')).default,
)
const preloadApiRequest = ApiRequestPopover.preload
/** Resolves once the popover opens without suspending (for tests). */
export const loadApiRequestPopover = ApiRequestPopover.load

function ApiRequestTrigger(props: ComponentProps<'button'>) {
  const m = messages.apiRequest
  return (
    <button type="button" className="button button-quiet" aria-haspopup="dialog" aria-label={m.triggerLabel} {...props}>
      <Icon name="terminal" size={14} />
      {m.trigger}
    </button>
  )
}

/** "API request": the vendor request behind the current view, as a URL and a curl command. */
export function ApiRequestButton({ search }: { search: AuditSearch }) {
  const [armed, setArmed] = useState(false)
  const idle = (
    <ApiRequestTrigger
      aria-expanded={false}
      onPointerEnter={preloadApiRequest}
      onFocus={preloadApiRequest}
      onClick={() => startTransition(() => setArmed(true))}
    />
  )
  if (!armed) return idle
  return (
    <Suspense fallback={idle}>
      <ApiRequestPopover.Component trigger={<ApiRequestTrigger />} search={search} />
    </Suspense>
  )
}
