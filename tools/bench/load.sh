#!/usr/bin/env bash
# Load benchmark (issue "Serve the surge"): wrk against the site in Release and against nginx
# serving the same page bytes as a static file, alternating on this machine, then search.
# Prints requests per second, latency percentiles and the site/nginx ratio. Not a test.
#   tools/bench/load.sh [seconds per run, default 10] [rounds, default 3]
# Needs Debian's wrk and nginx (apt-get install wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-10}
rounds=${2:-3}
connections=64
site_port=5093
static_port=8093
work=$(mktemp -d /tmp/tabunka-bench-XXXXXX)
site_pid=""
page=/en/disaster/call-119

cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "load.sh: needs wrk and nginx (apt-get install wrk nginx)" >&2; exit 2; }

# Published as the README deploys it: Release, ReadyToRun for this machine.
dotnet publish src/Kawasaki.Tabunka.Web -c Release -r linux-x64 --self-contained false -o "$work/app" -v quiet >/dev/null

start_site() {
  local started
  started=$(date +%s%N)
  Tabunka__ContentPath="$root/content" Tabunka__LocalesPath="$root/locales" Tabunka__DataPath="$work/data" \
  Tabunka__Search__RequestsPerMinute=100000000 Serilog__MinimumLevel__Default=Warning \
    dotnet "$work/app/Kawasaki.Tabunka.Web.dll" --urls "http://127.0.0.1:$site_port" > "$work/site.log" 2>&1 &
  site_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$site_port/healthz")" = 200 ]; do sleep 0.02; done
  healthy=$(( ($(date +%s%N) - started) / 1000000 ))
  # (A site from before /readyz existed answers 404 there: it is ready when healthy.)
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$site_port/readyz")" =~ ^(200|404)$ ]]; do sleep 0.02; done
  ready=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "start: healthy (/healthz 200) after ${healthy} ms, ready (/readyz 200) after ${ready} ms"
}

rss() { awk '/VmRSS/{print int($2/1024) " MB"}' "/proc/$site_pid/status"; }

# wrk's summary as "req/s p50 p99" (latencies in ms).
measure() {
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H 'Accept-Encoding: br' "$@" 2>/dev/null | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

start_site
echo "memory after start: $(rss)"

# The same bytes nginx serves: the page as the site compresses it.
mkdir -p "$work/static/en/disaster" "$work/logs"
curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port$page" -o "$work/static$page"
cat > "$work/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/body;
    server {
        listen 127.0.0.1:$static_port;
        root $work/static;
        location / { default_type "text/html; charset=utf-8"; add_header Content-Encoding br; }
    }
}
CONF
nginx -p "$work" -c "$work/nginx.conf"

echo "guide page $page, $connections connections, ${seconds} s per run, brotli"
for round in $(seq 1 "$rounds"); do
  read -r site_rps site_p50 site_p99 < <(measure "http://127.0.0.1:$site_port$page")
  read -r nginx_rps nginx_p50 nginx_p99 < <(measure "http://127.0.0.1:$static_port$page")
  awk -v r="$round" -v a="$site_rps" -v b="$nginx_rps" -v p="$site_p50" -v q="$site_p99" -v n="$nginx_p99" \
    'BEGIN { printf "round %d: site %d req/s (p50 %.2f ms, p99 %.2f ms), nginx static %d req/s (p99 %.2f ms), ratio %.2f\n", r, a, p, q, b, n, a/b }'
done
echo "memory after the page runs: $(rss)"

# Search: the relevance set's queries in rotation. "cached": repeats come from the output
# cache, as on the day. "uncached": a counter in the query makes every request a new search.
awk -F'\t' 'NR > 1 { print $1 "\t" $3 }' tests/Kawasaki.Tabunka.Search.Tests/relevance.tsv tests/Kawasaki.Tabunka.Search.Tests/resident-queries.tsv > "$work/queries.tsv"
cat > "$work/search.lua" <<'LUA'
local queries = {}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines(os.getenv("QUERIES")) do
  local lang, q = line:match("^([^\t]+)\t(.+)$")
  if lang then queries[#queries + 1] = "/api/search?lang=" .. lang .. "&q=" .. encode(q) end
end
local i, bust = 0, os.getenv("BUST") == "1"
request = function()
  i = i + 1
  local path = queries[(i % #queries) + 1]
  if bust then path = path .. "&n=" .. i end
  return wrk.format("GET", path)
end
LUA

search_run() {
  QUERIES="$work/queries.tsv" BUST="$1" measure -s "$work/search.lua" "http://127.0.0.1:$site_port"
}

# The first minute after a start: from /readyz to a minute after the process started.
first_minute() {
  local saved=$seconds
  seconds=$(( 60 - ready / 1000 ))
  search_run 1
  seconds=$saved
}

# Cold: a fresh start, measured from /readyz to the end of the first minute.
kill "$site_pid"; wait "$site_pid" 2>/dev/null || true
start_site
read -r cold_rps cold_p50 cold_p99 < <(first_minute)
echo "search in the first minute after start, uncached: $cold_rps q/s, p50 $cold_p50 ms, p99 $cold_p99 ms"
for round in $(seq 1 "$rounds"); do
  read -r rps p50 p99 < <(search_run 1)
  echo "search warm, uncached, round $round: $rps q/s, p50 $p50 ms, p99 $p99 ms"
done
read -r rps p50 p99 < <(search_run 0)
echo "search warm, relevance queries in rotation (cache on): $rps q/s, p50 $p50 ms, p99 $p99 ms"
echo "memory at the end: $(rss)"
