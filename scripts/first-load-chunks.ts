/**
 * A Rolldown chunk group for the app build: what the first load runs is one chunk beside the
 * entry, instead of ~15 small files.
 *
 * Rolldown puts every module the entry shares with a lazy chunk (messages, icons, URL state…) in
 * a common chunk of its own, and will not merge those into the entry: the lazy chunks would then
 * import the entry, a chunk cycle. The page asked for 21 scripts before its first paint, and on
 * HTTP/1.1 (6 connections to an origin) or a slow link each costs a round trip (decision 009).
 * The entry module stays its own chunk; everything it imports statically is the `app` chunk.
 * The decoders keep Rolldown's own chunks: grouped, their shared part was merged into one
 * source's decoder, which every other source would then download.
 */
import type { Rolldown } from 'vite'

type ChunkingContext = Rolldown.ChunkingContext

/** Every module `from` imports statically, itself included. */
function staticGraph(from: string, ctx: Pick<ChunkingContext, 'getModuleInfo'>): Set<string> {
  const seen = new Set<string>()
  const stack = [from]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/** `entry`: the app's entry module, an absolute path. */
export function firstLoadChunks(entry: string): Rolldown.CodeSplittingGroup[] {
  // One graph walk per chunking pass (the bench builds three times in one process).
  const graphs = new WeakMap<ChunkingContext, Set<string>>()
  return [
    {
      // Names the group in Rolldown's timing report (a function name cannot).
      debugName: 'app',
      name: (id, ctx) => {
        let firstLoad = graphs.get(ctx)
        if (!firstLoad) graphs.set(ctx, (firstLoad = staticGraph(entry, ctx)))
        return id !== entry && firstLoad.has(id) ? 'app' : null
      },
    },
  ]
}
