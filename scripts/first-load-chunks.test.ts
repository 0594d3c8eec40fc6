import type { Rolldown } from 'vite'

import { firstLoadChunks } from './first-load-chunks'

/** A module graph as Rolldown's chunking context shows it: static and dynamic imports by id. */
function graph(modules: Record<string, { imports?: string[]; dynamic?: string[] }>): Rolldown.ChunkingContext {
  return {
    getModuleInfo: (id: string) =>
      modules[id]
        ? ({
            id,
            importedIds: modules[id].imports ?? [],
            dynamicallyImportedIds: modules[id].dynamic ?? [],
          } as unknown as Rolldown.ModuleInfo)
        : null,
  }
}

describe('firstLoadChunks', () => {
  const ctx = graph({
    '/src/main.tsx': { imports: ['/src/app.tsx', 'react-dom'] },
    '/src/app.tsx': { imports: ['/src/messages.ts'], dynamic: ['/src/drawer.tsx'] },
    '/src/messages.ts': { imports: ['/src/plural.ts'] },
    '/src/plural.ts': {},
    'react-dom': {},
    '/src/drawer.tsx': { imports: ['/src/messages.ts', '/src/json-viewer.tsx'] },
    '/src/json-viewer.tsx': {},
  })
  const [group] = firstLoadChunks('/src/main.tsx')
  const name = group!.name as Rolldown.CodeSplittingNameFunction

  it('puts every module the entry imports statically, however deep, in the app chunk', () => {
    for (const id of ['/src/app.tsx', '/src/messages.ts', '/src/plural.ts', 'react-dom'])
      expect(name(id, ctx)).toBe('app')
  })

  it('leaves the entry module and what only a lazy chunk imports to Rolldown', () => {
    expect(name('/src/main.tsx', ctx)).toBeNull()
    expect(name('/src/drawer.tsx', ctx)).toBeNull()
    expect(name('/src/json-viewer.tsx', ctx)).toBeNull()
  })

  it('walks each build’s graph afresh', () => {
    const other = graph({ '/src/main.tsx': { imports: ['/src/json-viewer.tsx'] }, '/src/json-viewer.tsx': {} })
    expect(name('/src/json-viewer.tsx', other)).toBe('app')
    expect(name('/src/json-viewer.tsx', ctx)).toBeNull()
  })
})
