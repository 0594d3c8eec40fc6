/** Shown instead of the app when the build-time configuration is invalid. */
export function ConfigErrorScreen({ problems }: { problems: string[] }) {
  return (
    <main className="page page-centered" role="alert" aria-labelledby="config-error-title">
      <h1 id="config-error-title">The dashboard is not configured correctly</h1>
      <ul className="problem-list">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="muted">
        Fix these settings (see README, “Configuration”) and restart or rebuild. Leave
        VITE_AUDIT_API_URL unset to run on the built-in demo API.
      </p>
    </main>
  )
}
