#!/bin/sh
# Writes the dashboard's /config.json from the environment before nginx starts (run by the
# official nginx image's entrypoint, before it renders the templates). The API is reached through
# this server's /vendor-api/ proxy, so config.json names that path, never the vendor's address.
# A token never goes here: config.json is public.
set -eu

root="${AUDIT_STATIC_ROOT:-/usr/share/nginx/html}"
fail() {
  echo "audit-dashboard: $1" >&2
  exit 1
}

[ -n "${AUDIT_API_UPSTREAM:-}" ] || fail "set AUDIT_API_UPSTREAM to the vendor API's base URL (e.g. https://api.losant.com)."
case "$AUDIT_API_UPSTREAM" in
  http://* | https://*) ;;
  *) fail "AUDIT_API_UPSTREAM must start with http:// or https:// (got '$AUDIT_API_UPSTREAM')." ;;
esac
source="${AUDIT_SOURCE:-losant}"
case "$source" in
  losant | uipath | bloodhound) ;;
  *) fail "AUDIT_SOURCE must be losant, uipath or bloodhound (got '$source')." ;;
esac
# Every value is checked to hold no quote or backslash, so it is written as it is.
if [ "$source" = losant ]; then
  org="${AUDIT_ORG_ID:-}"
  printf '%s' "$org" | grep -Eq '^[0-9A-Fa-f]{24}$' || fail "AUDIT_ORG_ID must be the Losant organization's 24-hex id."
  printf '{"source": "%s", "apiUrl": "/vendor-api", "orgId": "%s"}\n' "$source" "$org" >"$root/config.json"
else
  printf '{"source": "%s", "apiUrl": "/vendor-api"}\n' "$source" >"$root/config.json"
fi
echo "audit-dashboard: config.json written for $source, reading $AUDIT_API_UPSTREAM through /vendor-api/"
