/**
 * The vendor API over real HTTP for the first-rows phase: the mock API (`npm run mock-api`, the
 * demo data in Losant's format), which both the app build over HTTP and the framework floor read.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ROOT } from './options'

/** The one organization the mock API knows (src/mocks/losant/demo-constants.ts). */
export const HTTP_API_ORG_ID = '5f1e0c6a9d3b2a0017c4e8a1'

export interface HttpApi {
  url: string
  orgId: string
  close: () => Promise<void>
}

export async function startHttpApi(port: number): Promise<HttpApi> {
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/mocks/mock-api-server.ts')],
    // Its request log is not wanted: one line per request would only cost CPU.
    { cwd: ROOT, env: { ...process.env, MOCK_API_PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const probe = `${url}/orgs/${HTTP_API_ORG_ID}/audit-logs?perPage=1`
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error(`the mock API exited (${child.exitCode}); is port ${port} free?`)
    const ok = await fetch(probe).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return { url, orgId: HTTP_API_ORG_ID, close }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await close()
  throw new Error(`the mock API did not answer at ${url} within 60 s`)
}
