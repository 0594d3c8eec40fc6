// msw keeps its cookie store in `localStorage` and refuses to start where there is none, as in a
// worker thread. The demo API sets no cookies that outlive the thread, so an in-memory store is
// all it needs. Imported before msw, for its side effect.
if (typeof globalThis.localStorage === 'undefined') {
  const items = new Map<string, string>()
  const storage: Storage = {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true })
}

export {}
