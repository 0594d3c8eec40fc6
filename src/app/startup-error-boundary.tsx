import type { ReactNode } from 'react'
import { Component } from 'react'

import { messages } from '@/lib/i18n'

import { ConfigErrorScreen } from './config-error-screen'

/** If anything before the router fails to render, say so instead of a blank page (a demo API that cannot start is said by the list, whose requests wait for it). */
export class StartupErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override render() {
    if (this.state.error === undefined) return this.props.children
    const message = this.state.error instanceof Error ? this.state.error.message : String(this.state.error)
    return <ConfigErrorScreen problems={[messages.app.configError.couldNotStart(message)]} />
  }
}
