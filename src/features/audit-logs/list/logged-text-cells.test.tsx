import { render, screen } from '@testing-library/react'

import { PartyLabel } from './party-label'
import { RequestCell } from './request-cell'

/** The element that isolates `text` from what surrounds it, as <bdi> does, or null. */
function isolation(text: string): Element | null {
  return screen.getByText(text).closest('bdi, [dir="auto"]')
}

describe('logged text in a row', () => {
  it('isolates a name and its type, each on its own, so neither can reorder the other', () => {
    render(<PartyLabel party={{ id: 'u1', name: 'שלום עולם', type: 'User' }} />)
    const name = isolation('שלום עולם')
    const type = isolation('User')
    expect(name).not.toBeNull()
    expect(type).not.toBeNull()
    expect(name).not.toBe(type)
    expect(name!.contains(type)).toBe(false)
  })

  it('isolates a prefixed name without its prefix', () => {
    render(<PartyLabel party={{ id: 'f1', name: 'report.pdf', type: 'File' }} prefix="› " />)
    const name = isolation('report.pdf')
    expect(name).not.toBeNull()
    expect(name!.textContent).toBe('report.pdf')
  })

  it('isolates a request path, and an operation shown in its place', () => {
    const { unmount } = render(<RequestCell request={{ method: 'GET', path: '/applications/\u202Eexe.pdf' }} />)
    expect(isolation('GET')).toBeNull()
    expect(screen.getByText('/applications/', { exact: false }).closest('[dir="auto"], bdi')).not.toBeNull()
    unmount()
    render(<RequestCell request={{ resource: 'device', action: 'delete' }} />)
    expect(isolation('device.delete')).not.toBeNull()
  })
})
