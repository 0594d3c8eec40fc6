// Loads the browser's locale data while the app's modules are still downloading. The first Intl
// formatter a page builds pays for it (≈ 25 ms, ≈ 100 ms on a slow phone), and the list's first
// rows need one for their times and counts: paid here, it fills time the page would spend waiting.
// A plain script beside the bundle, not a module of it, so it can run before the bundle arrives
// (decision 009).
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(0)
new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(0)
