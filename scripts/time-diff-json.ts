/*
 * Timing check, not a test: `npx tsx scripts/time-diff-json.ts`.
 * Two ~1 MB request bodies (deterministic; the second with ~1% of values changed, some records
 * added and removed), redacted as the decoder redacts them, then timed: diffJson over both, and
 * the same in 8 ms slices as the drawer runs it (the longest stretch without a pause), and the
 * one-line preview of the whole body (what a row shows for an added 1 MB object).
 */
import { previewJson } from '../src/features/audit-logs/entry/previous-change/preview-json'
import { diffJson, diffJsonInSlices } from '../src/lib/json-diff'
import { redactJson } from '../src/lib/redaction/index'

const TARGET_BYTES = 1024 * 1024

let state = 42
const random = () => {
  state = (state * 1664525 + 1013904223) >>> 0
  return state / 2 ** 32
}
const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')

function record(i: number) {
  return {
    id: hex(24),
    name: `Sensor ${i}`,
    tags: [
      { key: 'site', value: `Plant ${i % 7}` },
      { key: 'floor', value: String(i % 4) },
    ],
    config: { interval: 30 + (i % 5), threshold: random() * 100, enabled: i % 3 === 0, apiKey: hex(32) },
  }
}

const records = []
for (let i = 0, bytes = 0; bytes < TARGET_BYTES; i++) {
  const r = record(i)
  records.push(r)
  bytes += JSON.stringify(r).length + 1
}
const older = { devices: records }
const newer = {
  devices: records
    .slice(5)
    .map((r, i) =>
      random() < 0.01
        ? { ...r, config: { ...r.config, interval: r.config.interval + 1, apiKey: hex(32) } }
        : i % 500 === 0
          ? { ...r, note: 'moved' }
          : r,
    ),
}

const a = redactJson(older).value
const b = redactJson(newer).value
const time = (fn: () => unknown) => {
  const runs: number[] = []
  let result: unknown
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    result = fn()
    runs.push(performance.now() - start)
  }
  runs.sort((x, y) => x - y)
  return { median: runs[3]!, max: runs.at(-1)!, result }
}

const diff = time(() => diffJson(a, b))
const preview = time(() => previewJson(b))
console.log(`bodies: ${JSON.stringify(older).length} and ${JSON.stringify(newer).length} bytes`)
console.log(
  `diffJson: median ${diff.median.toFixed(1)} ms, max ${diff.max.toFixed(1)} ms, ${(diff.result as unknown[]).length} differences`,
)
console.log(`previewJson(1 MB): median ${preview.median.toFixed(2)} ms`)

let longest = 0
let last = performance.now()
const sliced = await diffJsonInSlices(a, b, {
  sliceMs: 8,
  pause: async () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    await new Promise((resolve) => setTimeout(resolve, 0))
    last = performance.now()
  },
})
longest = Math.max(longest, performance.now() - last)
console.log(`diffJsonInSlices: longest stretch ${longest.toFixed(1)} ms, ${sliced.length} differences`)
