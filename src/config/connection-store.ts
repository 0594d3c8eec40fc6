/**
 * The Connection page's layer: what the person chose in this tab. The token lives in memory;
 * only an explicit "Remember for this tab" keeps the layer (token included) in sessionStorage,
 * which the browser clears with the tab. Never localStorage.
 */
import { useSyncExternalStore } from 'react'

import type { SettingsLayer } from './connection-settings'

export interface ConnectionOverride {
  layer: SettingsLayer
  /** Use the built-in demo API whatever the layers below say. */
  demo: boolean
  remember: boolean
}

const STORAGE_KEY = 'audit-dashboard.connection'
const EMPTY: ConnectionOverride = { layer: {}, demo: false, remember: false }

let current: ConnectionOverride = readStored() ?? EMPTY
const listeners = new Set<() => void>()

function readStored(): ConnectionOverride | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY)
    if (!raw) return undefined
    const parsed = JSON.parse(raw) as Partial<ConnectionOverride>
    if (typeof parsed.layer !== 'object' || parsed.layer === null) return undefined
    return { layer: parsed.layer, demo: parsed.demo === true, remember: true }
  } catch {
    return undefined
  }
}

export function getConnectionOverride(): ConnectionOverride {
  return current
}

export function setConnectionOverride(next: ConnectionOverride): void {
  current = next
  try {
    if (next.remember) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next))
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // Storage may be disabled; the choice still holds in memory for this page.
  }
  listeners.forEach((listener) => listener())
}

export function resetConnectionOverride(): void {
  setConnectionOverride(EMPTY)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useConnectionOverride(): ConnectionOverride {
  return useSyncExternalStore(subscribe, getConnectionOverride, getConnectionOverride)
}
