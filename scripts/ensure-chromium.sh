#!/usr/bin/env bash
# Playwright cannot download browsers here; the e2e tests use Debian's chromium instead.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
else
  echo "The end-to-end tests need Chromium at $path. Install it with: sudo apt-get install -y chromium" >&2
  echo "(or set CHROMIUM_PATH to another Chromium build)." >&2
  exit 1
fi
