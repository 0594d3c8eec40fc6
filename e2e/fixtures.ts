import { expect, test as base } from '@playwright/test'

/**
 * Every journey fails on a page error, a console error, an unexpected dialog (an XSS payload
 * that ran would open one) or a CSP violation.
 */
export const test = base.extend<{ pageProblems: string[]; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a journey causes on purpose (e.g. Chromium logging a 401 it was served). */
  expectedConsoleErrors: [[], { option: true }],
  pageProblems: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return
        problems.push(`console error: ${message.text()}`)
      })
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      await use(problems)
      expect(problems, 'the page reported problems').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
