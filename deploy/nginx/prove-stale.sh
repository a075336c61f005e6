#!/usr/bin/env bash
# Proves the nginx recipe (deploy/nginx/tabunka.conf): public pages cached through nginx still
# answer 200 when the site is down, and the staff area then answers 502 — never a cached staff
# page. Runs the built site (Debug, as tools/test.sh leaves it) and Debian's nginx on free
# local ports under a temporary folder; needs no root beyond what nginx itself asks for.
# Usage: deploy/nginx/prove-stale.sh   (from anywhere; exit 0 when every check holds)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d /tmp/tabunka-nginx-XXXXXX)
site_port=${TABUNKA_SITE_PORT:-5091}
nginx_port=${TABUNKA_NGINX_PORT:-8091}
site_pid=""

cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "prove-stale: FAIL: $*" >&2; exit 1; }

dll="$root/src/Kawasaki.Tabunka.Web/bin/Debug/net10.0/Kawasaki.Tabunka.Web.dll"
[ -f "$dll" ] || dotnet build "$root/src/Kawasaki.Tabunka.Web" -v quiet >/dev/null

# The recipe as shipped, with this run's ports and cache folder.
mkdir -p "$work/cache" "$work/logs" "$work/conf.d"
sed -e "s#/var/cache/nginx/tabunka#$work/cache#" \
    -e "s#server 127.0.0.1:5000;#server 127.0.0.1:$site_port;#" \
    -e "s#listen 80;#listen 127.0.0.1:$nginx_port;#" \
    deploy/nginx/tabunka.conf > "$work/conf.d/tabunka.conf"
cat > "$work/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 256; }
http {
    access_log $work/logs/access.log;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    include $work/conf.d/*.conf;
}
CONF
nginx -t -q -p "$work" -c "$work/nginx.conf" || fail "nginx refuses the recipe"

Tabunka__DataPath="$work/data" Tabunka__Proxy__KnownProxies__0=127.0.0.1 \
  dotnet "$dll" --urls "http://127.0.0.1:$site_port" > "$work/site.log" 2>&1 &
site_pid=$!
nginx -p "$work" -c "$work/nginx.conf"

for _ in $(seq 1 150); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$site_port/readyz")" = 200 ] && break
  sleep 0.2
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$site_port/readyz")" = 200 ] || { cat "$work/site.log" >&2; fail "the site did not become ready"; }

through() { curl -s -o "$work/body.out" -D "$work/headers.out" -w '%{http_code}' -H 'Accept-Encoding: br' "http://127.0.0.1:$nginx_port$1"; }
cache_status() { tr -d '\r' < "$work/headers.out" | awk -F': ' 'tolower($1)=="x-cache-status"{print $2}'; }

pages=(/en/ /en/disaster/ /en/disaster/call-119 /vi/disaster/disaster-map /ja-easy/places/)
for page in "${pages[@]}"; do
  [ "$(through "$page")" = 200 ] || fail "$page through nginx before the stop"
  [ "$(through "$page")" = 200 ] || fail "$page through nginx, second time"
  [ "$(cache_status)" = HIT ] || fail "$page was not cached by nginx (X-Cache-Status: $(cache_status))"
done

[ "$(through /staff/login)" = 200 ] || fail "/staff/login through nginx while the site runs"
[ "$(through /staff/login)" = 200 ] || fail "/staff/login through nginx, second time"
[ -z "$(cache_status)" ] || [ "$(cache_status)" = BYPASS ] || fail "/staff/login went through the cache ($(cache_status))"

# A reader with a furigana preference is never handed the shared copy.
code=$(curl -s -o /dev/null -D "$work/headers.out" -w '%{http_code}' -H 'Cookie: tabunka-furigana=off' "http://127.0.0.1:$nginx_port/en/")
[ "$code" = 200 ] && [ "$(cache_status)" = BYPASS ] || fail "a reader with a preference cookie got the shared copy ($(cache_status))"

kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""
sleep 4   # past the pages' max-age: from here on only stale copies can answer

for page in "${pages[@]}"; do
  [ "$(through "$page")" = 200 ] || fail "$page did not answer 200 from the cache with the site down"
  [ "$(stat -c %s "$work/body.out")" -gt 1000 ] || fail "$page answered without its page with the site down"
  case "$(cache_status)" in STALE|UPDATING) ;; *) fail "$page: expected a stale copy, got X-Cache-Status $(cache_status)";; esac
done

for staff in /staff /staff/login; do
  code=$(through "$staff")
  [ "$code" = 502 ] || [ "$code" = 503 ] || fail "$staff answered $code with the site down (expected 502/503)"
done

echo "prove-stale: ${#pages[@]} cached pages answered 200 (stale) with the site down; the staff area answered 502"
