#!/bin/sh
# Run by the official nginx image's entrypoint before nginx starts (and before it renders the
# templates). From the environment it writes:
# - the dashboard's /config.json. The API is reached through this server's /vendor-api/ proxy, so
#   config.json names that path, never the vendor's address. A token never goes here: it is public.
# - the Content-Security-Policy header (audit-dashboard/content-security-policy.conf): this
#   origin, plus the sign-in provider's origin and AUDIT_CSP_CONNECT_SRC in connect-src, the same
#   policy src/config/content-security-policy.ts makes.
set -eu

root="${AUDIT_STATIC_ROOT:-/usr/share/nginx/html}"
conf_dir="${AUDIT_NGINX_CONF_DIR:-/etc/nginx}/audit-dashboard"
fail() {
  echo "audit-dashboard: $1" >&2
  exit 1
}
# Every value written below is checked against a pattern with no quote, backslash or semicolon,
# so it can be written into JSON and the header as it is.
matches() { printf '%s' "$1" | grep -Eq "$2"; }
URL='^https?://[A-Za-z0-9.:_~%/-]+$'
ORIGIN='^https?://[A-Za-z0-9.:-]+$'

[ -n "${AUDIT_API_UPSTREAM:-}" ] || fail "set AUDIT_API_UPSTREAM to the vendor API's base URL (e.g. https://api.losant.com)."
matches "$AUDIT_API_UPSTREAM" "$URL" || fail "AUDIT_API_UPSTREAM must be an http:// or https:// URL (got '$AUDIT_API_UPSTREAM')."
source="${AUDIT_SOURCE:-losant}"
case "$source" in
  losant | uipath | bloodhound) ;;
  *) fail "AUDIT_SOURCE must be losant, uipath or bloodhound (got '$source')." ;;
esac

json="\"source\": \"$source\", \"apiUrl\": \"/vendor-api\""
if [ "$source" = losant ]; then
  org="${AUDIT_ORG_ID:-}"
  matches "$org" '^[0-9A-Fa-f]{24}$' || fail "AUDIT_ORG_ID must be the Losant organization's 24-hex id."
  json="$json, \"orgId\": \"$org\""
fi

connect="'self'"
if [ -n "${AUDIT_OIDC_AUTHORITY:-}" ]; then
  matches "$AUDIT_OIDC_AUTHORITY" "$URL" || fail "AUDIT_OIDC_AUTHORITY must be the provider's https:// issuer URL."
  matches "${AUDIT_OIDC_CLIENT_ID:-}" '^[A-Za-z0-9._:-]+$' || fail "AUDIT_OIDC_CLIENT_ID must be set with AUDIT_OIDC_AUTHORITY."
  json="$json, \"oidcAuthority\": \"$AUDIT_OIDC_AUTHORITY\", \"oidcClientId\": \"$AUDIT_OIDC_CLIENT_ID\""
  if [ -n "${AUDIT_OIDC_SCOPE:-}" ]; then
    matches "$AUDIT_OIDC_SCOPE" '^[A-Za-z0-9._:/ -]+$' || fail "AUDIT_OIDC_SCOPE must be scopes separated by spaces."
    json="$json, \"oidcScope\": \"$AUDIT_OIDC_SCOPE\""
  fi
  connect="$connect $(printf '%s' "$AUDIT_OIDC_AUTHORITY" | sed -E 's#^(https?://[^/]+).*#\1#')"
fi
for extra in ${AUDIT_CSP_CONNECT_SRC:-}; do
  matches "$extra" "$ORIGIN" || fail "AUDIT_CSP_CONNECT_SRC holds origins (https://host[:port]) separated by spaces (got '$extra')."
  connect="$connect $extra"
done

printf '{%s}\n' "$json" >"$root/config.json"
policy="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src $connect; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
printf '# Written at start by 15-audit-dashboard-config.sh.\nadd_header Content-Security-Policy "%s" always;\n' "$policy" \
  >"$conf_dir/content-security-policy.conf"
echo "audit-dashboard: config.json written for $source, reading $AUDIT_API_UPSTREAM through /vendor-api/; connect-src $connect"
