/** Whether this page can hash with Web Crypto (only in a secure context: HTTPS or localhost). */
export function canDigest(): boolean {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined
}

/**
 * The SHA-256 of a file's bytes, as lowercase hex (what `sha256sum` prints). Web Crypto has no
 * streaming digest, so the bytes are read into memory once: about the export's size again.
 */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(await blob.arrayBuffer()))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
