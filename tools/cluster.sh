#!/usr/bin/env bash
# The several-node recipe, on this machine, entirely on 127.0.0.1:
#   tools/cluster.sh up     PostgreSQL (Debian's package, its own data folder), two site nodes
#                           sharing it, nginx in front (deploy/nginx/cluster.conf) and the
#                           static mirror; prints the addresses. Stays up.
#   tools/cluster.sh test   up, then proves what several nodes must do, printing figures, then down.
#   tools/cluster.sh down   stops everything and deletes the folder.
# Folder: $TABUNKA_CLUSTER_DIR (default /tmp/tabunka-cluster). Ports: PostgreSQL 55440, nodes
# 5201 and 5202, nginx 8201 (override with TABUNKA_CLUSTER_PG_PORT, ..._A_PORT, ..._B_PORT,
# ..._LB_PORT). Uses the Debug build that tools/test.sh leaves (built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${TABUNKA_CLUSTER_DIR:-/tmp/tabunka-cluster}
pg_port=${TABUNKA_CLUSTER_PG_PORT:-55440}
a_port=${TABUNKA_CLUSTER_A_PORT:-5201}
b_port=${TABUNKA_CLUSTER_B_PORT:-5202}
lb_port=${TABUNKA_CLUSTER_LB_PORT:-8201}
web_dll="$root/src/Kawasaki.Tabunka.Web/bin/Debug/net10.0/Kawasaki.Tabunka.Web.dll"
tool_dll="$root/tools/Kawasaki.Tabunka.Tools/bin/Debug/net10.0/tabunka.dll"
driver_dll="$root/tests/Kawasaki.Tabunka.ClusterDriver/bin/Debug/net10.0/Kawasaki.Tabunka.ClusterDriver.dll"
export PATH="$PATH:/usr/sbin"

say() { echo "cluster: $*"; }
fail() {
  echo "cluster: FAIL: $*" >&2
  for log in "$work/a.log" "$work/b.log"; do
    [ -f "$log" ] && { echo "--- last lines of $log" >&2; tail -n 15 "$log" | cut -c1-300 >&2; }
  done
  # The logs outlive the cleanup, for a look afterwards.
  mkdir -p "$work-logs" && cp "$work"/*.log "$work-logs/" 2>/dev/null || true
  exit 1
}
now_ms() { date +%s%3N; }
# Whether URL's page holds TEXT. Not `curl | grep -q`: grep stops at the first match, curl then
# fails on the closed pipe, and pipefail turns a match into a failure.
serves() { curl -s "$1" > "$work/page.html" && grep -qF "$2" "$work/page.html"; }

connection() { echo "Host=127.0.0.1;Port=$pg_port;Username=tabunka;Password=$(cat "$work/pg/password");Database=tabunka;Timeout=3;Command Timeout=10"; }

# The tool, as an operator runs it: same database, its own data folder.
tool() {
  Tabunka__Database__Provider=postgresql Tabunka__Database__ConnectionString="$(connection)" \
  Tabunka__ContentPath="$root/content" Tabunka__LocalesPath="$root/locales" Tabunka__DataPath="$work/tool" \
    dotnet "$tool_dll" "$@"
}

sql() { PGPASSWORD=$(cat "$work/pg/password") psql -h 127.0.0.1 -p "$pg_port" -U tabunka -d tabunka -tAqc "$1"; }

start_node() { # name port
  local name=$1 port=$2 mirror=()
  mkdir -p "$work/$name"
  [ -d "$work/$name/content" ] || cp -r "$root/content" "$work/$name/content"
  # Node a refreshes the static mirror after every change it takes; one node is enough.
  [ "$name" = a ] && mirror=(Tabunka__Mirror__Path="$work/mirror")
  env ASPNETCORE_ENVIRONMENT=Production \
    Tabunka__ContentPath="$work/$name/content" Tabunka__DataPath="$work/$name/data" Tabunka__LocalesPath="$root/locales" \
    Tabunka__Database__Provider=postgresql Tabunka__Database__ConnectionString="$(connection)" Tabunka__Database__CatchUpSeconds=5 \
    Tabunka__Proxy__KnownProxies__0=127.0.0.1 Tabunka__Search__RequestsPerMinute=1000000 "${mirror[@]}" \
    setsid dotnet "$web_dll" --urls "http://127.0.0.1:$port" >> "$work/$name.log" 2>&1 &
  echo $! > "$work/$name.pid"
}

# Ready: /readyz 200 and the node has compared its copy with the database.
wait_node() { # port [seconds]
  local port=$1 until=$(( $(date +%s) + ${2:-120} ))
  until serves "http://127.0.0.1:$port/readyz" "the shared database answers"; do
    [ "$(date +%s)" -lt "$until" ] || fail "node on $port not ready: $(curl -s "http://127.0.0.1:$port/readyz" || true)"
    sleep 0.2
  done
}

nginx_conf() { # cache zone or off
  mkdir -p "$work/nginx/cache" "$work/nginx/logs" "$work/mirror"
  sed -e "s#@NODE_A@#127.0.0.1:$a_port#g" -e "s#@NODE_B@#127.0.0.1:$b_port#g" -e "s#@LISTEN@#127.0.0.1:$lb_port#" \
      -e "s#@CACHE_DIR@#$work/nginx/cache#" -e "s#@CACHE@#$1#" -e "s#@MIRROR@#$work/mirror#" \
      "$root/deploy/nginx/cluster.conf" > "$work/nginx/cluster.conf"
  cat > "$work/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    include $work/nginx/cluster.conf;
}
CONF
  nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" || fail "nginx refuses deploy/nginx/cluster.conf"
  if [ -f "$work/nginx/nginx.pid" ] && kill -0 "$(cat "$work/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s reload
    sleep 0.5
  else
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
  fi
}

up() {
  command -v nginx >/dev/null || fail "nginx is not installed (apt-get install nginx)"
  [ -f "$web_dll" ] && [ -f "$tool_dll" ] && [ -f "$driver_dll" ] || dotnet build "$root/Kawasaki.Tabunka.sln" -v quiet >/dev/null
  mkdir -p "$work"
  "$root/tools/postgres.sh" start "$work/pg" "$pg_port" > /dev/null
  sql "select 1" >/dev/null 2>&1 || PGPASSWORD=$(cat "$work/pg/password") psql -h 127.0.0.1 -p "$pg_port" -U tabunka -d postgres -qc "CREATE DATABASE tabunka"
  tool database migrate > /dev/null
  start_node a "$a_port"
  start_node b "$b_port"
  wait_node "$a_port"
  wait_node "$b_port"
  nginx_conf tabunka_cluster
  # The mirror at once, not only after the first change.
  tool mirror "$work/mirror" --site "http://127.0.0.1:$a_port" > "$work/mirror.log" 2>&1 || { cat "$work/mirror.log" >&2; fail "the static mirror could not be made"; }
  say "up: nginx http://127.0.0.1:$lb_port/ -> nodes :$a_port :$b_port, PostgreSQL :$pg_port, folder $work"
}

down() {
  for name in a b; do
    [ -f "$work/$name.pid" ] && kill -9 "$(cat "$work/$name.pid")" 2>/dev/null || true
  done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  [ -d "$work/pg" ] && "$root/tools/postgres.sh" stop "$work/pg" || true
  rm -rf "$work"
}

# Runs a tool command in the background and waits until both nodes serve TEXT at PATH.
tool_and_watch() { # path text -- tool args...
  local path=$1 text=$2 until=$(( $(date +%s) + 60 )) a="" b=""
  shift 3
  tool "$@" > "$work/publish.log" 2>&1 &
  local publisher=$!
  while [ -z "$a" ] || [ -z "$b" ]; do
    [ -z "$a" ] && serves "http://127.0.0.1:$a_port$path" "$text" && a=yes
    [ -z "$b" ] && serves "http://127.0.0.1:$b_port$path" "$text" && b=yes
    [ "$(date +%s)" -lt "$until" ] || { cat "$work/publish.log" >&2; fail "'$text' not served at $path by both nodes within 60 s (a=${a:-no} b=${b:-no})"; }
    sleep 0.01
  done
  wait "$publisher" || { cat "$work/publish.log" >&2; fail "tool $*"; }
}

# The antiforgery token of the first form in the page on standard input (a page's forms share one).
form_token() { grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' | head -n 1; }

# Sign in on a node directly; prints the staff cookie. Cookies are Secure, so they are carried by hand.
sign_in() { # port email password
  local page token cookies
  page=$(curl -s -D "$work/h" "http://127.0.0.1:$1/staff/login")
  token=$(form_token <<<"$page")
  cookies=$(grep -i '^set-cookie' "$work/h" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//' | paste -sd';')
  curl -s -D "$work/h" -o /dev/null -H "Cookie: $cookies" --data-urlencode _handler=login \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=$3" \
    "http://127.0.0.1:$1/staff/login"
  grep -i '^set-cookie: tabunka-staff=' "$work/h" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//'
}

test_cluster() {
  # Step 4 publishes this guide from a deployment folder; the browser edits another one, as
  # import keeps a guide that staff changed since its last import.
  local deploy="$work/deploy" guide=disaster/what-to-do-now/en.md page=/en/disaster/what-to-do-now marker
  mkdir -p "$deploy"
  cp -r "$root/content/." "$deploy/"

  # 1-2. A staff member in Chromium: 20 publishes in node A's editor, the same sign-in in node
  # B's editor, 5 banners set on B's banner page; each watched on both nodes.
  local browser_password
  browser_password=$(tool user add --email browser@example.jp --role publisher | sed -n 's/^one-time password: //p')
  TABUNKA_CHROMIUM=${TABUNKA_CHROMIUM:-/usr/bin/chromium} dotnet "$driver_dll" --a "http://127.0.0.1:$a_port" --b "http://127.0.0.1:$b_port" \
    --email browser@example.jp --password "$browser_password" --publishes "${TABUNKA_CLUSTER_PUBLISHES:-20}" --banners 5 --limit-ms 2000 \
    > "$work/browser.log" 2>&1 || { cat "$work/browser.log" >&2; fail "the staff member in the browser"; }
  sed 's/^/cluster: /' "$work/browser.log"

  # Searches that found nothing, counted on both nodes, add up in the database.
  local nothing; nothing=$(head -c 300 /dev/urandom | tr -dc a-z); nothing="zzqcluster${nothing:0:6}"
  curl -s -o /dev/null "http://127.0.0.1:$a_port/en/search?q=$nothing"
  curl -s -o /dev/null "http://127.0.0.1:$b_port/en/search?q=$nothing"
  local counted=0 until=$(( $(date +%s) + 30 ))
  until [ "$counted" = 2 ]; do
    [ "$(date +%s)" -lt "$until" ] || fail "the zero-result counts of the two nodes did not add up to 2 (got $counted)"
    sleep 0.5
    counted=$(sql "select coalesce(sum(\"Count\"), 0) from \"ZeroResults\" where \"Query\" = '$nothing'")
  done
  say "   a search that found nothing on each node is counted twice in the shared zero-result counts"

  # The same for plain forms, by hand: node B shows the password page to A's cookie and
  # takes the form with B's antiforgery token; the new cookie then opens the dashboard on A.
  local password newpass cookie_a cookie form token af status
  password=$(tool user add --email cluster@example.jp --role publisher | sed -n 's/^one-time password: //p')
  newpass="cluster-password-$RANDOM-$RANDOM"
  cookie_a=$(sign_in "$a_port" cluster@example.jp "$password")
  [ -n "$cookie_a" ] || fail "could not sign in on node A"
  form=$(curl -s -D "$work/h" -H "Cookie: $cookie_a" "http://127.0.0.1:$b_port/staff/account/password")
  grep -q 'name="Input.New"' <<<"$form" || fail "node B did not accept node A's sign-in: $(grep -i "^HTTP\|^location" "$work/h" | tr -d "\r" | paste -sd" ")"
  token=$(form_token <<<"$form")
  af=$(grep -i '^set-cookie: .AspNetCore.Antiforgery' "$work/h" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//')
  curl -s -D "$work/h" -o /dev/null -H "Cookie: $cookie_a; $af" --data-urlencode _handler=password --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Current=$password" --data-urlencode "Input.New=$newpass" --data-urlencode "Input.Confirm=$newpass" \
    "http://127.0.0.1:$b_port/staff/account/password"
  cookie=$(grep -i '^set-cookie: tabunka-staff=' "$work/h" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//')
  [ -n "$cookie" ] || fail "node B did not take the password form: $(head -1 "$work/h")"
  status=$(curl -s -o "$work/dashboard.html" -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$a_port/staff")
  [ "$status" = 200 ] && ! grep -q 'name="Input.Password"' "$work/dashboard.html" || fail "node A did not take node B's cookie (HTTP $status)"
  say "   by hand: signed in on node A; node B took A's cookie and a form with its own token; A took the cookie B issued (dashboard HTTP $status)"

  # 4. kill -9 of node A during 20 s of load through nginx, page cache off.
  nginx_conf off
  cat > "$work/rotate.lua" <<'LUA'
local paths = { "/en/disaster/call-119", "/ja/disaster/what-to-do-now", "/vi/consultation/contact-center",
  "/en/search?q=earthquake", "/ja/search?q=%E5%9C%B0%E9%9C%87", "/es/search?q=violencia", "/api/search?lang=en&q=school",
  "/ne/", "/th/places/", "/zh-hans/school/school-enrollment" }
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA
  ( sleep 6; kill -9 "$(cat "$work/a.pid")" ) &
  local killer=$!
  wrk -t2 -c16 -d20s -s "$work/rotate.lua" "http://127.0.0.1:$lb_port" > "$work/wrk.txt" 2>&1
  wait "$killer"
  local requests non2xx sockets
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  non2xx=$(awk -F': ' '/Non-2xx/ { print $2 }' "$work/wrk.txt"); non2xx=${non2xx:-0}
  sockets=$(awk '/Socket errors/' "$work/wrk.txt")
  say "4. kill -9 of node A after 6 s of a 20 s wrk run (2 threads, 16 connections, pages and search, nginx cache off): $requests requests, $non2xx failed, ${sockets:-no socket errors}"
  [ "$non2xx" = 0 ] && [ -z "$sockets" ] || { cat "$work/wrk.txt" >&2; fail "requests failed while node A was killed"; }
  marker="Published while A was down $(date +%s%N)"
  local while_down=$marker
  { cat "$root/content/$guide"; printf '\n%s\n' "$marker"; } > "$deploy/$guide"
  # The deployment also carries call-119 as it was before staff edited it in the browser:
  # import keeps the staff's text, says so, and exits 1.
  local imported
  if imported=$(tool content import "$deploy" 2>&1); then fail "content import did not report the guide staff changed: $imported"; fi
  grep -q "^kept disaster/call-119/en.md: staff changed it" <<<"$imported" && grep -q "^1 published" <<<"$imported" \
    || fail "content import: $(grep -v '^skipped' <<<"$imported")"
  say "   content import while A was down: $(grep "^1 published" <<<"$imported")"
  local restart; restart=$(now_ms)
  start_node a "$a_port"
  wait_node "$a_port"
  local ready asked=1; ready=$(now_ms)
  until serves "http://127.0.0.1:$a_port$page" "$marker"; do
    [ $(( $(now_ms) - ready )) -lt 10000 ] || fail "node A restarted with old content (10 s after it was ready)"
    asked=$(( asked + 1 ))
    sleep 0.05
  done
  # The time includes the first request's own rendering on a just-started node.
  say "   node A restarted: ready after $(( ready - restart )) ms; request $asked after ready served the guide published while it was down, $(( $(now_ms) - ready )) ms after ready"
  nginx_conf tabunka_cluster

  # 5. PostgreSQL stopped for 10 s, with a staff member's text typed in node A's editor.
  local outage="$work/outage" outage_password driver
  mkdir -p "$outage"
  outage_password=$(tool user add --email outage@example.jp --role publisher | sed -n 's/^one-time password: //p')
  TABUNKA_CHROMIUM=${TABUNKA_CHROMIUM:-/usr/bin/chromium} dotnet "$driver_dll" --a "http://127.0.0.1:$a_port" --b "http://127.0.0.1:$b_port" \
    --email outage@example.jp --password "$outage_password" --outage-dir "$outage" > "$work/outage.log" 2>&1 &
  driver=$!
  await_signal() { # file
    local until=$(( $(date +%s) + 120 ))
    until [ -f "$outage/$1" ]; do
      kill -0 "$driver" 2>/dev/null && [ "$(date +%s)" -lt "$until" ] || { cat "$work/outage.log" >&2; fail "the staff member in the browser did not reach '$1'"; }
      sleep 0.1
    done
  }
  await_signal editor-ready
  "$root/tools/postgres.sh" stop "$work/pg"
  touch "$outage/db-down"
  local stopped; stopped=$(now_ms)
  local served=0 failed=0 cli readyz
  while [ $(( $(now_ms) - stopped )) -lt 10000 ]; do
    for url in "http://127.0.0.1:$a_port$page" "http://127.0.0.1:$b_port/ja/" "http://127.0.0.1:$lb_port/en/search?q=fire"; do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then served=$((served + 1)); else failed=$((failed + 1)); fi
    done
    sleep 0.2
  done
  readyz=$(curl -s -w ' HTTP %{http_code}' "http://127.0.0.1:$a_port/readyz" | tr '\n' ' ')
  cli=$(tool banner set --ja-easy "じしん" --en "test" 2>&1 || true)
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$a_port/staff")
  await_signal editor-refused
  "$root/tools/postgres.sh" start "$work/pg" "$pg_port" > /dev/null
  local back; back=$(now_ms)
  touch "$outage/db-up"
  say "5. PostgreSQL stopped 10 s: $served public requests answered 200, $failed failed; /readyz: $readyz"
  say "   a staff write meanwhile: '$cli'; a staff page: HTTP $status"
  [ "$failed" = 0 ] || fail "public pages failed while PostgreSQL was down"
  grep -q "HTTP 200" <<<"$readyz" && grep -q "has not answered" <<<"$readyz" || fail "/readyz did not report the database as degraded with 200"
  grep -q "cannot be reached" <<<"$cli" || fail "the staff write did not fail with a clear message"
  [ "$status" = 503 ] || fail "a staff page during the outage answered $status, not 503"
  wait_node "$a_port" 60
  wait_node "$b_port" 60
  marker="After the outage $(date +%s%N)"
  tool_and_watch /en/ "$marker" -- banner set --ja-easy "じしん" --en "$marker"
  tool banner clear > /dev/null
  say "   PostgreSQL back: both nodes followed it again after $(( $(now_ms) - back )) ms, without a restart (a banner set after it shows on both)"
  wait "$driver" || { cat "$work/outage.log" >&2; fail "the staff member in the browser, after the outage"; }
  sed 's/^/cluster: /' "$work/outage.log"

  # 6. Both nodes down: the static mirror.
  kill -9 "$(cat "$work/a.pid")" "$(cat "$work/b.pid")"
  nginx_conf off
  local mirrored=0 headers
  for path in / /en/ "$page" /ja/disaster/ "/en/search?q=fire" /vi/consultation/contact-center; do
    headers=$(curl -s -D - -o /dev/null "http://127.0.0.1:$lb_port$path")
    grep -q "^HTTP/1.1 200" <<<"$headers" && grep -qi "^x-tabunka-mirror: 1" <<<"$headers" || fail "the mirror did not answer $path: $(head -1 <<<"$headers")"
    mirrored=$((mirrored + 1))
  done
  grep -qF "$while_down" "$work/mirror$page/index.html" || fail "the mirror was not refreshed after a publish"
  say "6. both nodes stopped: $mirrored of $mirrored public pages answered 200 from the static mirror ($(find "$work/mirror" -name index.html | wc -l) pages in it, refreshed by node A after the publish of step 4)"
}

case "${1:-}" in
  up) up ;;
  down) down; say "down" ;;
  test)
    down
    trap down EXIT
    up
    test_cluster
    say "all checks passed"
    ;;
  *) echo "usage: tools/cluster.sh up|test|down" >&2; exit 2 ;;
esac
