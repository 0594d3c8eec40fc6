/**
 * In-page instrumentation, injected with `addInitScript` so its PerformanceObservers exist before
 * any page script runs. `installProbes` is serialized by Playwright (`fn.toString()`): it must not
 * use anything from its module scope. The harness talks to it through `window.__bench`.
 *
 * Timing model (all on the page's `performance.now()` clock):
 * - an interaction starts at the `pointerdown` of the click (as INP does), or when `navigate()` is
 *   called for a client-side route change;
 * - a milestone ("the new rows", "the drawer body") is stamped when its DOM condition first holds,
 *   in a task posted from the next animation frame, i.e. just after that frame was painted.
 */

/** DOM conditions an interaction waits for. */
export type Milestone =
  /** The table is not busy and shows a different set of rows than when armed. */
  | 'rows-changed'
  /** The table is not busy and shows data rows. */
  | 'rows-present'
  /** The entry drawer (dialog "Audit log …") is open. */
  | 'drawer'
  /** The drawer's "Response body" section has content (viewer, "None" …). */
  | 'drawer-body'
  /** The drawer's "Response body" JSON tree is rendered. */
  | 'response-tree'
  /** The drawer's "Compare with the previous change" shows its list of differences. */
  | 'change-diff'
  /** No entry drawer is open. */
  | 'drawer-closed'
  /** A popover with checkboxes (a filter chip's list) is open. */
  | 'checkboxes'
  /** The search box lists its suggestions. */
  | 'suggestions'

export interface ArmResult {
  start: number
  stamps: Partial<Record<Milestone, number>>
  timedOut: boolean
}

export interface EventSample {
  name: string
  startTime: number
  duration: number
  interactionId: number
}

export interface ProbeSnapshot {
  now: number
  fcp?: number
  lcp?: { time: number; size: number; element: string }
  /** Largest session window of layout shifts without recent input (as web-vitals computes CLS). */
  cls: number
  /** From navigation start: the list's first rows painted, an entry's response tree painted. */
  firstPainted: Partial<Record<Milestone, number>>
  /**
   * From navigation start: the frame that painted the latest change in the number of data rows
   * (the app fills its first page a screenful at a time), and that number.
   */
  rowsFilled?: { time: number; count: number }
  events: EventSample[]
  longTasks: { startTime: number; duration: number }[]
  scripts: { name: string; transferSize: number; encodedBodySize: number }[]
  /**
   * Long animation frames (≥ 50 ms) with their scripts (≥ 5 ms) attributed to the file they came
   * from: tells the app's own work from the demo API's, which msw runs on the page's main thread.
   */
  frames: { startTime: number; duration: number; scripts: { file: string; startTime: number; duration: number }[] }[]
  /** Requests to the audit-log API (the demo's service worker, or the HTTP API), newest 500. */
  api: { url: string; startTime: number; responseEnd: number }[]
  /** Random per document: a change means the page was reloaded rather than routed. */
  documentId: number
}

export interface BenchProbe {
  arm(milestones: Milestone[], timeoutMs: number): void
  result(): Promise<ArmResult>
  /** A client-side route change, as a link click would make (history + popstate for the router). */
  navigate(url: string): void
  snapshot(): ProbeSnapshot
  /** For the plain-DOM baseline page: fills it with the app's table and row sets. */
  installBaseline(tableHtml: string, bodies: string[], width: number): void
}

declare global {
  interface Window {
    __bench: BenchProbe
  }
}

export function installProbes(): void {
  const lcpEntries: { time: number; size: number; element: string }[] = []
  const shifts: { time: number; value: number }[] = []
  const events: EventSample[] = []
  const longTasks: { startTime: number; duration: number }[] = []
  let fcp: number | undefined
  let lastPointerDown = -1
  let lastNavigate = -1
  const documentId = Math.random()

  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void, extra: Record<string, unknown> = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true, ...extra })
    } catch {
      // An entry type this Chromium does not know: that metric stays empty.
    }
  }
  const describe = (element: Element | null | undefined) => {
    if (!element) return '(removed)'
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)
    const cls =
      typeof element.className === 'string' && element.className ? `.${element.className.split(' ').join('.')}` : ''
    return `${element.tagName.toLowerCase()}${cls} "${text}"`
  }
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') fcp = entry.startTime
  })
  observe('largest-contentful-paint', (entry) => {
    const lcp = entry as PerformanceEntry & { size: number; element: Element | null }
    lcpEntries.push({ time: lcp.startTime, size: lcp.size, element: describe(lcp.element) })
  })
  observe('layout-shift', (entry) => {
    const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean }
    if (!shift.hadRecentInput) shifts.push({ time: shift.startTime, value: shift.value })
  })
  // 16 ms is the lowest threshold Event Timing allows: quicker interactions are not reported.
  observe(
    'event',
    (entry) => {
      const event = entry as PerformanceEntry & { interactionId?: number }
      if (event.interactionId) {
        events.push({
          name: event.name,
          startTime: event.startTime,
          duration: event.duration,
          interactionId: event.interactionId,
        })
      }
    },
    { durationThreshold: 16 },
  )
  observe('longtask', (entry) => longTasks.push({ startTime: entry.startTime, duration: entry.duration }))
  const frames: ProbeSnapshot['frames'] = []
  observe('long-animation-frame', (entry) => {
    const frame = entry as PerformanceEntry & { scripts?: { sourceURL: string; startTime: number; duration: number }[] }
    frames.push({
      startTime: frame.startTime,
      duration: frame.duration,
      scripts: (frame.scripts ?? []).map((script) => ({
        file: script.sourceURL.replace(/^.*\//, '').replace(/[?#].*$/, '') || '(no source)',
        startTime: script.startTime,
        duration: script.duration,
      })),
    })
    if (frames.length > 500) frames.shift()
  })
  const api: { url: string; startTime: number; responseEnd: number }[] = []
  observe('resource', (entry) => {
    // The demo API (service worker) or, in the HTTP profile, the mock vendor API's list and entries.
    if (!/\/demo-api\/|\/orgs\/[0-9a-f]{24}\/audit-logs/.test(entry.name)) return
    api.push({
      url: entry.name,
      startTime: entry.startTime,
      responseEnd: (entry as PerformanceResourceTiming).responseEnd,
    })
    if (api.length > 500) api.shift()
  })
  addEventListener('pointerdown', (event) => (lastPointerDown = event.timeStamp), { capture: true })

  // --- DOM conditions -------------------------------------------------------------------------
  const dataTable = () => document.querySelector<HTMLTableElement>('table[aria-busy]')
  const rowSignature = () => {
    const rows = dataTable()?.querySelectorAll('tbody tr[data-row-id]') ?? []
    if (rows.length === 0) return ''
    return `${rows.length}:${rows[0]!.getAttribute('data-row-id')}:${rows[rows.length - 1]!.getAttribute('data-row-id')}`
  }
  const accessibleName = (element: Element) => {
    const labelledBy = element.getAttribute('aria-labelledby')
    const label = labelledBy ? document.getElementById(labelledBy)?.textContent : element.getAttribute('aria-label')
    return (label ?? '').trim()
  }
  const drawer = () =>
    [...document.querySelectorAll('[role="dialog"]')].find((d) => accessibleName(d).startsWith('Audit log'))
  const responseSection = () => {
    const heading = [...(drawer()?.querySelectorAll('h3') ?? [])].find((h) => h.textContent?.trim() === 'Response body')
    return heading?.closest('details') ?? undefined
  }
  let armedSignature = ''
  const conditions: Record<Milestone, () => boolean> = {
    'rows-changed': () =>
      dataTable()?.getAttribute('aria-busy') === 'false' && rowSignature() !== '' && rowSignature() !== armedSignature,
    'rows-present': () => dataTable()?.getAttribute('aria-busy') === 'false' && rowSignature() !== '',
    drawer: () => drawer() !== undefined,
    'drawer-body': () => (responseSection()?.children.length ?? 0) > 1,
    'response-tree': () => responseSection()?.querySelector('[role="tree"]') != null,
    'change-diff': () =>
      drawer()?.querySelector('[role="list"][aria-label="Differences in the request body"] [role="listitem"]') != null,
    'drawer-closed': () => drawer() === undefined,
    checkboxes: () => document.querySelector('[role="dialog"] input[type="checkbox"]') != null,
    suggestions: () => document.querySelector('[role="listbox"]:not([hidden]) [role="option"]') != null,
  }

  /** Runs `then` with the time just after the next frame is painted. */
  const afterNextPaint = (then: (time: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => then(performance.now())
      channel.port2.postMessage(null)
    })
  }

  // From navigation start: the list's first rows (load bench) and, when the page is opened on an
  // entry's URL, its response body (deep-link bench).
  const firstPainted: Partial<Record<Milestone, number>> = {}
  const firstWatch: Milestone[] = /\/audit-logs\/[^/]+$/.test(location.pathname)
    ? ['rows-present', 'response-tree']
    : ['rows-present']
  const watcher = new MutationObserver(() => {
    for (const milestone of firstWatch) {
      if (milestone in firstPainted || !conditions[milestone]()) continue
      firstPainted[milestone] = -1
      afterNextPaint((time) => (firstPainted[milestone] = time))
    }
    if (firstWatch.every((milestone) => milestone in firstPainted)) watcher.disconnect()
  })
  watcher.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] })
  let rowsFilled: ProbeSnapshot['rowsFilled']
  let rowCount = 0
  new MutationObserver(() => {
    const count = document.querySelectorAll('table tbody tr[data-row-id]').length
    if (count === rowCount) return
    rowCount = count
    afterNextPaint((time) => (rowsFilled = { time, count }))
  }).observe(document, { subtree: true, childList: true })

  let pending: Promise<ArmResult> = Promise.resolve({ start: 0, stamps: {}, timedOut: true })

  window.__bench = {
    arm(milestones, timeoutMs) {
      const armedAt = performance.now()
      armedSignature = rowSignature()
      pending = new Promise((resolve) => {
        const stamps: ArmResult['stamps'] = {}
        const seen = new Set<Milestone>()
        const start = () => Math.max(armedAt, lastPointerDown, lastNavigate)
        const finish = (timedOut: boolean) => {
          observer.disconnect()
          clearTimeout(timer)
          resolve({ start: start(), stamps, timedOut })
        }
        const check = () => {
          for (const milestone of milestones) {
            if (seen.has(milestone) || !conditions[milestone]()) continue
            seen.add(milestone)
            afterNextPaint((time) => {
              stamps[milestone] = time
              if (Object.keys(stamps).length === milestones.length) finish(false)
            })
          }
        }
        const observer = new MutationObserver(check)
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
        const timer = setTimeout(() => finish(true), timeoutMs)
      })
    },
    result: () => pending,
    navigate(url) {
      lastNavigate = performance.now()
      history.pushState(null, '', url)
      dispatchEvent(new PopStateEvent('popstate', { state: null }))
    },
    snapshot() {
      // CLS: the largest burst of shifts less than 1 s apart within 5 s (web-vitals' definition).
      let cls = 0
      let session = 0
      let first = 0
      let last = 0
      for (const shift of shifts) {
        if (session && shift.time - last < 1000 && shift.time - first < 5000) session += shift.value
        else {
          session = shift.value
          first = shift.time
        }
        last = shift.time
        cls = Math.max(cls, session)
      }
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.initiatorType === 'script' || /\.m?js(\?|$)/.test(entry.name))
        .map(({ name, transferSize, encodedBodySize }) => ({ name, transferSize, encodedBodySize }))
      return {
        now: performance.now(),
        fcp,
        lcp: lcpEntries[lcpEntries.length - 1],
        cls,
        firstPainted: Object.fromEntries(Object.entries(firstPainted).filter(([, time]) => time >= 0)),
        rowsFilled,
        events: [...events],
        longTasks: [...longTasks],
        scripts,
        frames: [...frames],
        api: [...api],
        documentId,
      }
    },
    installBaseline(tableHtml, bodies, width) {
      const slot = document.getElementById('baseline-slot')!
      slot.style.width = `${width}px`
      slot.innerHTML = tableHtml
      let next = 0
      document.getElementById('baseline-next')!.addEventListener('click', () => {
        // What any renderer must do at least: put 100 new rows into the table.
        const tbody = slot.querySelector('tbody')!
        tbody.innerHTML = bodies[next % bodies.length]!
        next += 1
      })
    },
  }
}
