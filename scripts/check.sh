#!/usr/bin/env bash
# `npm run check`: every check and test suite, each phase bounded in wall-clock time so a hung
# build, server or browser cannot hold the run. Every phase runs even when an earlier one failed,
# so one run says everything; the exit status is non-zero if any failed. Each phase's exit status
# and duration go to reports/phases.tsv for the summary line (scripts/test-reports/).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
: >reports/phases.tsv
failed=0

# phase NAME SECONDS COMMAND…: `timeout` ends the whole process group (servers and browsers
# included); exit 124 means the limit was reached.
phase() {
  local name=$1 limit=$2
  shift 2
  local start=$SECONDS
  echo "── $name (at most ${limit} s)"
  timeout --kill-after=30 "$limit" "$@"
  local code=$?
  printf '%s\t%s\t%s\n' "$name" "$code" "$((SECONDS - start))" >>reports/phases.tsv
  [ "$code" -eq 0 ] || failed=1
}

phase typecheck 300 npm run --silent typecheck
phase format 120 npm run --silent format:check
phase lint 300 npm run --silent lint
phase test:unit 720 npm run --silent test:unit
# Installs Chromium when missing, builds two bundles, then runs Playwright (whose own
# globalTimeout ends the run earlier and still writes its report).
phase test:e2e 1140 npm run --silent test:e2e
exit "$failed"
