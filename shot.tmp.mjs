import { chromium } from '@playwright/test'
const [,, url, out, w = '1440', h = '900', action] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
const context = await browser.newContext({ viewport: { width: +w, height: +h }, locale: 'en-US', acceptDownloads: true })
const page = await context.newPage()
page.on('console', m => { if (m.type() === 'error') console.log('console', m.type(), m.text()) })
page.on('pageerror', e => console.log('pageerror', e.message))
await page.goto(url)
await page.waitForSelector('table tbody tr[data-row-id]', { timeout: 20000 }).catch(e => console.log('no rows', e.message))
if (action) await eval(action)
await page.waitForTimeout(400)
await page.screenshot({ path: out })
await browser.close()
