#!/usr/bin/env bash
# Serves a production build with Debian's nginx exactly as deploy/ sets up the official image:
# the template rendered by envsubst with only the environment's variables, config.json written by
# the image's start-up script, and a main nginx.conf that includes conf.d/ as the image's does.
# Usage (from the repo root): serve-with-nginx.sh PORT API_UPSTREAM ORG_ID
set -euo pipefail
port=$1 upstream=$2 org=$3
bash scripts/ensure-e2e-tools.sh

out=$PWD/dist-e2e-nginx
prefix=$PWD/dist-e2e-nginx-server
VITE_AUDIT_SOURCE= VITE_AUDIT_API_URL= VITE_AUDIT_ORG_ID= VITE_AUDIT_API_TOKEN= VITE_AUDIT_OIDC_AUTHORITY= \
  VITE_AUDIT_OIDC_CLIENT_ID= VITE_AUDIT_OIDC_SCOPE= \
  npx vite build --outDir "$out" --emptyOutDir --logLevel warn

rm -rf "$prefix"
mkdir -p "$prefix/conf.d" "$prefix/logs" "$prefix/temp"
chmod 777 "$prefix/temp" # the workers (nobody) buffer proxied bodies there
cp -r deploy/nginx/audit-dashboard "$prefix/"

# No sign-in here: the policy is the same-origin one the tests expect.
export AUDIT_OIDC_AUTHORITY= AUDIT_CSP_CONNECT_SRC=
export AUDIT_NGINX_CONF_DIR=$prefix NGINX_PORT=$port AUDIT_STATIC_ROOT=$out AUDIT_API_UPSTREAM=$upstream AUDIT_SOURCE=losant AUDIT_ORG_ID=$org
# The official image's 20-envsubst-on-templates.sh: only variables set in the environment.
defined=$(env | cut -d= -f1 | sed 's/.*/${&}/' | tr '\n' ' ')
for template in deploy/nginx/templates/*.template; do
  name=$(basename "$template" .template)
  envsubst "$defined" <"$template" >"$prefix/conf.d/$name"
done
sh deploy/docker-entrypoint.d/15-audit-dashboard-config.sh

cat >"$prefix/nginx.conf" <<CONF
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $prefix/logs/access.log;
  client_body_temp_path $prefix/temp/body;
  proxy_temp_path $prefix/temp/proxy;
  sendfile on;
  keepalive_timeout 65;
  include $prefix/conf.d/*.conf;
}
CONF
nginx -t -p "$prefix" -c "$prefix/nginx.conf" -q
exec nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;'
