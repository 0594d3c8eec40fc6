import { messages } from '@/lib/i18n'

/** Shown instead of the app when the build-time configuration is invalid. */
export function ConfigErrorScreen({ problems }: { problems: string[] }) {
  const m = messages.app.configError
  return (
    <main className="page page-centered" role="alert" aria-labelledby="config-error-title">
      <h1 id="config-error-title">{m.title}</h1>
      <ul className="problem-list">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="muted">{m.help}</p>
    </main>
  )
}
