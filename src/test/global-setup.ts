import type { TestProject } from 'vitest/node'

import { readSeed, SEED_VARIABLE } from './fast-check-seed'

/** Runs once per vitest run, in the main process: picks the run's fast-check seed and says it. */
export default function setup(project: TestProject) {
  const seed = readSeed(process.env[SEED_VARIABLE])
  project.provide('fcSeed', seed)
  process.stdout.write(`fast-check seed ${seed} (replay: ${SEED_VARIABLE}=${seed} npx vitest run <file>)\n`)
}
