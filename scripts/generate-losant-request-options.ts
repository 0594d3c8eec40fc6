/**
 * Writes src/sources/losant/request-options.json: the operations the "Request" filter offers,
 * derived from Losant's method map (api-methods.json). The list page needs only these names
 * before its first paint; the whole map (paths included) loads later with the decoder.
 * Run after updating api-methods.json: `npx tsx scripts/generate-losant-request-options.ts`.
 * A unit test fails while the two disagree.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import apiMethods from '../src/sources/losant/api-methods.json'
import { deriveRequestOptions } from '../src/sources/losant/derive-request-options'

const target = fileURLToPath(new URL('../src/sources/losant/request-options.json', import.meta.url))
writeFileSync(target, `${JSON.stringify(deriveRequestOptions(apiMethods), null, 1)}\n`)
console.log(`wrote ${target}`)
