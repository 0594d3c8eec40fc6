import { execFileSync } from 'node:child_process'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { curlCommand, shellQuote } from './curl-command'

/** The words a POSIX shell makes of `command`, with TOKEN set: what curl would be given. */
function shellWords(command: string): string[] {
  const script = `set -- ${command}; for word; do printf '%s\\0' "$word"; done`
  const output = execFileSync('sh', ['-c', script], { env: { TOKEN: 'from-the-shell' }, encoding: 'utf8' })
  return output.split('\0').slice(0, -1)
}

describe('shellQuote', () => {
  it('single-quotes a word and escapes an embedded quote as quote, backslash-quote, quote', () => {
    expect(shellQuote('plain')).toBe(`'plain'`)
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`)
    expect(shellQuote('')).toBe(`''`)
  })

  it('gives the shell back exactly the word, whatever it holds', () => {
    const hostile = `a'b "c" $HOME \`id\` $(id) \\ & ; | * ? [x] {y} ~ !\nnext line ''`
    expect(shellWords(`x ${shellQuote(hostile)} y`)).toEqual(['x', hostile, 'y'])
  })

  it('round-trips any words made of the shell’s special characters', () => {
    const special = fc.constantFrom(...`'"\\$\`!&;|*?~#()<>[]{}= \t\naé`.split(''))
    fc.assert(
      fc.property(fc.array(fc.string({ unit: special, maxLength: 12 }), { minLength: 1, maxLength: 6 }), (words) => {
        expect(shellWords(words.map(shellQuote).join(' '))).toEqual(words)
      }),
      { numRuns: 40 },
    )
  })
})

describe('curlCommand', () => {
  it('names the token as $TOKEN, in double quotes, and quotes the URL', () => {
    const url = 'https://api.losant.com/orgs/5f1e/audit-logs?sortField=creationDate&sortDirection=desc&page=0'
    expect(curlCommand({ method: 'GET', url })).toBe(`curl -H "Authorization: Bearer $TOKEN" '${url}'`)
    expect(shellWords(curlCommand({ method: 'GET', url }))).toEqual([
      'curl',
      '-H',
      'Authorization: Bearer from-the-shell',
      url,
    ])
  })

  it('keeps a URL holding a single quote one word', () => {
    const url = `https://api.example/orgs/x/audit-logs?name=O'Brien&page=0`
    const command = curlCommand({ method: 'GET', url })
    expect(command).toBe(
      `curl -H "Authorization: Bearer $TOKEN" 'https://api.example/orgs/x/audit-logs?name=O'\\''Brien&page=0'`,
    )
    expect(shellWords(command).at(-1)).toBe(url)
  })

  it('leaves percent-encoded brackets (qs) alone, and turns curl’s globbing off for literal ones', () => {
    const encoded = 'https://api.losant.com/orgs/x/audit-logs?page=0&auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User'
    expect(curlCommand({ method: 'GET', url: encoded })).toBe(`curl -H "Authorization: Bearer $TOKEN" '${encoded}'`)
    const literal = 'https://api.losant.com/orgs/x/audit-logs?auditLogFilter[actor][0][type]=User'
    const command = curlCommand({ method: 'GET', url: literal })
    expect(command).toBe(`curl --globoff -H "Authorization: Bearer $TOKEN" '${literal}'`)
    expect(shellWords(command)).toEqual(['curl', '--globoff', '-H', 'Authorization: Bearer from-the-shell', literal])
  })

  it('adds each adapter header, quoted, after the Authorization header', () => {
    const url = 'https://bloodhound.example/api/v2/audit?limit=50'
    const command = curlCommand({ method: 'GET', url, headers: { Prefer: 'wait=90', 'X-Odd': `it's` } })
    expect(command).toBe(`curl -H "Authorization: Bearer $TOKEN" -H 'Prefer: wait=90' -H 'X-Odd: it'\\''s' '${url}'`)
    expect(shellWords(command)).toEqual([
      'curl',
      '-H',
      'Authorization: Bearer from-the-shell',
      '-H',
      'Prefer: wait=90',
      '-H',
      `X-Odd: it's`,
      url,
    ])
  })

  it('never lets a header replace the $TOKEN placeholder', () => {
    const command = curlCommand({ method: 'GET', url: 'https://x.example/', headers: { authorization: 'Bearer real' } })
    expect(command).toBe(`curl -H "Authorization: Bearer $TOKEN" 'https://x.example/'`)
  })
})
