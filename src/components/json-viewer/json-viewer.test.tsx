import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import type { RedactedJson } from '@/lib/redaction'
import { RedactedValue } from '@/lib/redaction'

import { JsonViewer } from './json-viewer'

const body = {
  user: { name: 'alice', address: { city: 'Lisbon' } },
  items: [1, 2, 3],
  ok: true,
  none: null,
}

function renderViewer(value: RedactedJson | undefined, defaultView?: 'tree' | 'raw') {
  const user = userEvent.setup()
  const result = render(<JsonViewer value={value} label="Request body" defaultView={defaultView} />)
  return { user, ...result }
}

const tree = () => screen.getByRole('tree', { name: 'Request body' })
const item = (name: string | RegExp) => within(tree()).getByRole('treeitem', { name })
/** Data items only: the "Show more" item has no position in the set. */
const dataItems = () => tree().querySelectorAll('[role="treeitem"][aria-posinset]')

describe('JsonViewer tree', () => {
  it('opens the first level only; deeper levels are closed and not rendered', () => {
    renderViewer(body)
    expect(item(/^user:/)).toHaveAttribute('aria-expanded', 'false')
    expect(item(/^user:/)).toHaveTextContent('{2 keys}')
    expect(item(/^items:/)).toHaveTextContent('[3 items]')
    expect(item(/^ok:/)).not.toHaveAttribute('aria-expanded')
    expect(item(/^ok:/).querySelector('.json-boolean')).toHaveTextContent('true')
    expect(item(/^none:/).querySelector('.json-null')).toHaveTextContent('null')
    expect(dataItems()).toHaveLength(4)
    expect(screen.queryByText('alice')).not.toBeInTheDocument()
    expect(within(tree()).queryByRole('group')).not.toBeInTheDocument()
  })

  it('opens and closes a node with the mouse', async () => {
    const { user } = renderViewer(body)
    await user.click(screen.getByText('user'))
    expect(item(/^user:/)).toHaveAttribute('aria-expanded', 'true')
    const group = within(item(/^user:/)).getByRole('group')
    expect(within(group).getByRole('treeitem', { name: 'name: "alice"' })).toBeInTheDocument()
    expect(screen.getByText('alice').closest('.json-string')).toHaveTextContent('"alice"')
    expect(item(/^address:/)).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('Lisbon')).not.toBeInTheDocument()

    await user.click(screen.getByText('user'))
    expect(item(/^user:/)).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('alice')).not.toBeInTheDocument()
  })

  it('follows the tree keyboard model with one tab stop', async () => {
    const { user } = renderViewer(body)
    const tabStops = () => tree().querySelectorAll('[role="treeitem"][tabindex="0"]')

    await user.tab() // Tree
    await user.tab() // Raw
    await user.tab() // Expand all
    await user.tab() // Collapse all
    await user.tab()
    expect(item(/^user:/)).toHaveFocus()

    await user.keyboard('{ArrowRight}')
    expect(item(/^user:/)).toHaveAttribute('aria-expanded', 'true')
    expect(item(/^user:/)).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(item(/^name:/)).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(item(/^address:/)).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(item(/^address:/)).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('Lisbon')).toBeInTheDocument()
    await user.keyboard('{ArrowDown}')
    expect(item(/^city:/)).toHaveFocus()
    expect(tabStops()).toHaveLength(1)
    expect(tabStops()[0]).toBe(item(/^city:/))

    await user.keyboard('{ArrowLeft}') // a leaf: to its parent
    expect(item(/^address:/)).toHaveFocus()
    await user.keyboard('{ArrowLeft}') // open: close it
    expect(item(/^address:/)).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('Lisbon')).not.toBeInTheDocument()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(item(/^user:/)).toHaveFocus()
    await user.keyboard(' ')
    expect(item(/^user:/)).toHaveAttribute('aria-expanded', 'false')

    await user.keyboard('{End}')
    expect(item(/^none:/)).toHaveFocus()
    await user.keyboard('{Home}')
    expect(item(/^user:/)).toHaveFocus()
    await user.keyboard('{ArrowUp}') // nothing above the first item
    expect(item(/^user:/)).toHaveFocus()
  })

  it('keeps the tab stop when the subtree holding it closes', async () => {
    const { user } = renderViewer(body)
    await user.click(screen.getByText('user'))
    await user.click(screen.getByText('alice'))
    expect(item(/^name:/)).toHaveFocus()
    await user.click(screen.getByText('user'))
    expect(item(/^user:/)).toHaveAttribute('tabindex', '0')
  })

  it('starts a new body from the first level', async () => {
    const { user, rerender } = renderViewer(body)
    await user.click(screen.getByText('user'))
    rerender(<JsonViewer value={{ ...body }} label="Request body" />)
    expect(item(/^user:/)).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('alice')).not.toBeInTheDocument()
  })

  it('pages a 5,000-item array 100 at a time', async () => {
    const big = Array.from({ length: 5000 }, (_, i) => i)
    const { user } = renderViewer({ list: big })
    await user.click(screen.getByText('list'))
    expect(dataItems()).toHaveLength(1 + 100)

    // Names are computed one by one here: asking getByRole for a name computes hundreds in jsdom.
    const more = () => within(tree()).getAllByRole('treeitem').at(-1)
    expect(more()).toHaveAccessibleName('Show 100 more (of 5,000)')
    await user.click(more()!)
    expect(dataItems()).toHaveLength(1 + 200)
    expect(document.activeElement).toHaveAccessibleName('100: 100')

    // And from the keyboard.
    await user.keyboard('{End}')
    expect(more()).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(dataItems()).toHaveLength(1 + 300)
    expect(document.activeElement).toHaveAccessibleName('200: 200')
  })

  it('shows a redacted value as a badge, never as a bare marker', () => {
    const { container } = renderViewer({
      card: new RedactedValue('card number', 'client'),
      password: new RedactedValue('server redacted', 'server'),
    })
    const badges = container.querySelectorAll('.redacted-badge')
    expect(badges).toHaveLength(2)
    expect(badges[0]).toHaveTextContent('Redacted · card number')
    expect(badges[0]).toHaveAttribute('title', expect.stringContaining('card number'))
    expect(badges[1]).toHaveTextContent('Redacted by server')
    expect(badges[1]).toHaveAttribute('title', expect.stringMatching(/server/))
    expect(item(/^card:/)).toHaveTextContent('card: Redacted · card number')
    expect(container).not.toHaveTextContent('[REDACTED')
  })

  it('shows secrets redacted inside a string as badges between the remaining text', () => {
    const { container } = renderViewer({
      hook: 'https://[REDACTED: url credentials]@example.com/hook',
      note: 'old [REDACTED] and new [REDACTED: bearer token]',
    })
    expect(item(/^hook:/)).toHaveTextContent('hook: "https://Redacted · url credentials@example.com/hook"')
    expect(item(/^note:/)).toHaveTextContent('note: "old Redacted by server and new Redacted · bearer token"')
    expect(container.querySelectorAll('.redacted-badge')).toHaveLength(3)
    expect(container).not.toHaveTextContent('[REDACTED')
  })

  it('shows the body itself redacted as a badge', () => {
    const { container } = renderViewer(new RedactedValue('token', 'client'))
    expect(container.querySelector('.redacted-badge')).toHaveTextContent('Redacted · token')
    expect(container).not.toHaveTextContent('[REDACTED')
  })

  it('expands everything a small body has, and collapses it again', async () => {
    const { user } = renderViewer(body)
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    expect(screen.getByText('Lisbon')).toBeInTheDocument()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()

    await user.click(screen.getByRole('button', { name: 'Collapse all' }))
    expect(dataItems()).toHaveLength(4)
    expect(item(/^user:/)).toHaveAttribute('tabindex', '0')
  })

  it('stops Expand all at about 2,000 items and says so', async () => {
    const wide = Object.fromEntries(
      Array.from({ length: 50 }, (_, k) => [
        `group${k}`,
        Array.from({ length: 100 }, (_, i) => ({ id: i, tags: ['a'] })),
      ]),
    )
    const { user } = renderViewer(wide)
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    const shown = dataItems().length
    expect(shown).toBeGreaterThan(1500)
    expect(shown).toBeLessThanOrEqual(2000)
    expect(screen.getByRole('status')).toHaveTextContent(/Expand all stops before 2,000/)
  })

  it('truncates a very long string until asked for all of it', async () => {
    const note = `start ${'x'.repeat(20_000)} end`
    const { user } = renderViewer({ note })
    expect(screen.queryByText(/ end$/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all (20,010 characters)' }))
    expect(screen.getByRole('region', { name: 'Full value of note' })).toHaveTextContent(note)
    await user.click(screen.getByRole('button', { name: 'Show less' }))
    expect(screen.queryByRole('region', { name: 'Full value of note' })).not.toBeInTheDocument()
  })

  it('renders a 60-deep body and caps its indentation', async () => {
    let deep: RedactedJson = 'bottom'
    for (let level = 0; level < 60; level++) deep = { [`k${level}`]: deep }
    const { user } = renderViewer(deep)
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    expect(screen.getByText('bottom')).toBeInTheDocument()
    const deepest = screen.getByText('bottom').closest('[role="treeitem"]')!
    expect(deepest).toHaveAccessibleName('k0: "bottom"')
    expect(deepest).toHaveAttribute('aria-level', '60')
    const indent = (level: number) =>
      tree().querySelector<HTMLElement>(`[aria-level="${level}"] > .json-tree-row`)!.style.paddingInlineStart
    expect(indent(60)).toBe(indent(20))
    expect(indent(20)).not.toBe(indent(2))
  })
})

describe('JsonViewer hostile content', () => {
  const xss = '<img src=x onerror=alert(1)>'
  const script = '<script>alert(1)</script>'

  it.each(['tree', 'raw'] as const)('renders markup as text in the %s view', (view) => {
    const { container } = renderViewer({ [xss]: script, html: xss, nested: [script] }, view)
    expect(container.querySelector('img, script')).toBeNull()
    expect(container).toHaveTextContent(xss)
    expect(container).toHaveTextContent(script)
  })

  it.each(['tree', 'raw'] as const)('never turns a javascript: URL into a link in the %s view', (view) => {
    const { container } = renderViewer({ href: 'javascript:alert(1)', url: 'JaVaScRiPt:alert(document.cookie)' }, view)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('a')).toBeNull()
    expect(container).toHaveTextContent('javascript:alert(1)')
  })

  it.each(['tree', 'raw'] as const)('shows bidi overrides and controls as visible escapes in the %s view', (view) => {
    const { container } = renderViewer({ ['ke\u202Ey']: 'abc\u202Edef\u2066\u0007' }, view)
    for (const hazard of ['\u202E', '\u2066', '\u0007']) expect(container.textContent).not.toContain(hazard)
    expect(container).toHaveTextContent('abc\\u202Edef\\u2066')
    expect(container).toHaveTextContent('ke\\u202Ey')
    const escapes = [...container.querySelectorAll('.text-escape')].map((el) => el.textContent)
    expect(escapes).toContain('\\u202E')
  })

  it('isolates every string so it cannot reorder the row around it', () => {
    renderViewer({ name: 'שלום\u202Eabc' })
    expect(screen.getByText('שלום', { exact: false }).closest('bdi')).not.toBeNull()
  })
})

describe('JsonViewer raw view and toolbar', () => {
  it('switches between Tree and Raw with a pressed toggle', async () => {
    const { user } = renderViewer(body)
    const group = screen.getByRole('group', { name: 'Request body view' })
    const treeButton = within(group).getByRole('button', { name: 'Tree' })
    const rawButton = within(group).getByRole('button', { name: 'Raw' })
    expect(treeButton).toHaveAttribute('aria-pressed', 'true')
    expect(rawButton).toHaveAttribute('aria-pressed', 'false')

    await user.click(rawButton)
    expect(rawButton).toHaveAttribute('aria-pressed', 'true')
    expect(screen.queryByRole('tree')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Expand all' })).not.toBeInTheDocument()
    const region = screen.getByRole('region', { name: 'Request body, raw JSON' })
    expect(region).toHaveAttribute('tabindex', '0')
    expect(region).toHaveTextContent('"name": "alice"')

    await user.click(treeButton)
    expect(tree()).toBeInTheDocument()
  })

  it('renders only a window of a 50,000-line body', () => {
    const lines = Array.from({ length: 49_998 }, (_, i) => i)
    const { container } = renderViewer(lines, 'raw')
    const region = screen.getByRole('region', { name: 'Request body, raw JSON' })
    const rendered = region.querySelectorAll('.json-raw-line')
    expect(rendered.length).toBeGreaterThanOrEqual(30)
    expect(rendered.length).toBeLessThan(200)
    expect(rendered[0]).toHaveTextContent(/^1\[$/)
    expect(rendered[1]).toHaveTextContent(/^2\s*0,$/)
    expect(rendered[29]).toHaveTextContent(/^30\s*28,$/)
    expect(container).not.toHaveTextContent('49997')
  })

  it('serialises redacted values to their placeholder in the raw view', () => {
    renderViewer({ card: new RedactedValue('card number', 'client') }, 'raw')
    expect(screen.getByRole('region', { name: 'Request body, raw JSON' })).toHaveTextContent(
      '"card": "[REDACTED: card number]"',
    )
  })

  it('clips a 200 KB line and says how much is hidden', () => {
    renderViewer({ blob: 'y'.repeat(200_000) }, 'raw')
    const region = screen.getByRole('region', { name: 'Request body, raw JSON' })
    expect(region).toHaveTextContent('…(198,012 more characters)')
    expect(region.textContent!.length).toBeLessThan(3000)
  })

  it('says None when there is no body, and shows empty containers as such', () => {
    const { rerender } = renderViewer(undefined)
    expect(screen.getByText('None')).toBeInTheDocument()
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
    rerender(<JsonViewer value={{}} label="Request body" />)
    expect(screen.getByText('{}')).toBeInTheDocument()
    rerender(<JsonViewer value={[]} label="Request body" />)
    expect(screen.getByText('[]')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Expand all' })).not.toBeInTheDocument()
  })

  it('shows a primitive body as a single value', () => {
    renderViewer('just text')
    expect(screen.getByText('just text').closest('.json-string')).toHaveTextContent('"just text"')
  })
})
