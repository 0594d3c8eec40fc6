#!/usr/bin/env bash
# What the e2e tests run that npm cannot install, from Debian's packages, in one apt-get run:
# - Chromium (Playwright cannot download its own browsers here);
# - nginx and envsubst, to serve the build as deploy/ configures the official nginx image.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v nginx >/dev/null || missing+=(nginx-light)
command -v envsubst >/dev/null || missing+=(gettext-base)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts its packaged site on port 80; the tests start their own nginx.
  if [[ " ${missing[*]} " == *" nginx-light "* ]]; then nginx -s stop 2>/dev/null || true; fi
else
  echo "The end-to-end tests need: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  [ -x "$chromium" ] || echo "(or set CHROMIUM_PATH to another Chromium build)." >&2
  exit 1
fi
