import type { VendorRequest } from './vendor-request'

/** What stands for the token in a copied command: the reader's shell fills it in. */
export const TOKEN_PLACEHOLDER = '$TOKEN'

/**
 * One word for a POSIX shell, taken literally: inside single quotes nothing is special, and an
 * embedded `'` closes the quotes, adds an escaped quote and opens them again (`'\''`).
 */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`
}

/** curl reads `[…]` and `{…}` in a URL as globs; a URL that holds them must be taken as written. */
const CURL_GLOB_CHARACTERS = /[[\]{}]/

/**
 * The request as a `curl` command a person can paste into a shell. The token is never part of
 * it: the Authorization header names `$TOKEN`, in double quotes so the shell expands it. Every
 * other word is single-quoted, so a URL or header holding `'`, `&`, `$` or spaces stays one word.
 */
export function curlCommand(request: VendorRequest): string {
  const words = ['curl']
  if (CURL_GLOB_CHARACTERS.test(request.url)) words.push('--globoff')
  words.push('-H', `"Authorization: Bearer ${TOKEN_PLACEHOLDER}"`)
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    // The adapter never sets Authorization; were one to, it would not replace the placeholder.
    if (name.toLowerCase() === 'authorization') continue
    words.push('-H', shellQuote(`${name}: ${value}`))
  }
  words.push(shellQuote(request.url))
  return words.join(' ')
}
