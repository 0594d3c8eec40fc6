// Imported first by the browser demo, before any schema exists: zod compiles its object parsers
// with `new Function` where it may, and decides so when a schema is made. The page's
// Content-Security-Policy forbids eval, so zod's probe would be refused and reported as a
// violation (then fall back); jitless, it never tries.
import { config } from 'zod'

config({ jitless: true })
