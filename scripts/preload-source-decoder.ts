/**
 * Vite plugin: index.html preloads the chunks of the build's source decoder (zod schemas,
 * redaction, Losant's method map) beside the entry's own, so they download while the entry does
 * and are in when the list's first page arrives, instead of starting once the entry has run
 * (decision 016). Build only; the dev server loads modules on demand anyway.
 */
import type { Plugin } from 'vite'

export function preloadSourceDecoder(sourceId: string): Plugin {
  return {
    name: 'audit:preload-source-decoder',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return
        const decoder = Object.values(bundle).find(
          (output) =>
            output.type === 'chunk' &&
            output.facadeModuleId?.endsWith(`/src/sources/${sourceId}/${sourceId}-decoder.ts`),
        )
        if (!decoder || decoder.type !== 'chunk') return
        // The decoder and every chunk it imports statically, minus those the page preloads already.
        const files = new Set<string>()
        const visit = (fileName: string) => {
          if (files.has(fileName)) return
          files.add(fileName)
          const chunk = bundle[fileName]
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit)
        }
        visit(decoder.fileName)
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}
