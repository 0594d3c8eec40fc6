import type { SerializedError } from 'vitest'
import type { TestModule } from 'vitest/node'
import { JsonReporter } from 'vitest/node'

/**
 * vitest's JSON report with the errors that escaped every test added as `unhandledErrors`: the
 * built-in report leaves them out, so a run that failed only through one of them would read green.
 */
export default class JsonReporterWithRunErrors extends JsonReporter {
  private unhandledErrors: string[] = []

  override async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError> = [],
  ) {
    this.unhandledErrors = unhandledErrors.map((error) => error.stack ?? error.message ?? String(error))
    await super.onTestRunEnd(testModules)
  }

  override async writeReport(report: string) {
    await super.writeReport(JSON.stringify({ ...JSON.parse(report), unhandledErrors: this.unhandledErrors }))
  }
}
