// @vitest-environment node
// Setup files run in node-environment test files too (src/mocks' property tests are some).
import fc from 'fast-check'
import { inject } from 'vitest'

it("gives node-environment test files the run's fast-check seed too", () => {
  expect(fc.readConfigureGlobal().seed).toBe(inject('fcSeed'))
})
