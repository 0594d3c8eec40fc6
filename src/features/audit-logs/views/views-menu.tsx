import type { ComponentProps } from 'react'
import { startTransition, Suspense, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { messages } from '@/lib/i18n'
import { preloadableComponent } from '@/lib/lazy/preloadable-component'

// The menu (its store, zod and the import/export) loads when the button is first approached.
const ViewsPopover = preloadableComponent(async () => (await import('./views-popover')).default)
export const preloadViewsMenu = ViewsPopover.preload

function ViewsButton(props: ComponentProps<'button'>) {
  return (
    <button type="button" className="button button-quiet" aria-haspopup="dialog" {...props}>
      <Icon name="bookmark" size={14} />
      {messages.views.trigger}
    </button>
  )
}

/** "Views": the saved views of this source and organization. */
export function ViewsMenu() {
  const [armed, setArmed] = useState(false)
  const idle = (
    <ViewsButton
      aria-expanded={false}
      onPointerEnter={preloadViewsMenu}
      onFocus={preloadViewsMenu}
      onClick={() => startTransition(() => setArmed(true))}
    />
  )
  if (!armed) return idle
  return (
    <Suspense fallback={idle}>
      <ViewsPopover.Component trigger={<ViewsButton />} />
    </Suspense>
  )
}
