#!/usr/bin/env bash
# The offline pack's size per language as a phone downloads it (brotli): every page of
# /{lang}/offline-pack.json plus the stylesheet, scripts and icon the pages load.
# Against a running site: tools/bench/pack-size.sh http://127.0.0.1:5000
set -euo pipefail
base=${1:-http://127.0.0.1:5000}
size() { curl -s -o /dev/null -H 'Accept-Encoding: br' -w '%{size_download}' "$base$1"; }
assets=0
for asset in $(curl -s "$base/en/" | grep -oE '(href|src)="(/(css|js)/[^"]+|/icon\.svg)"' | cut -d'"' -f2 | sort -u); do
  assets=$((assets + $(size "$asset")))
done
for lang in ja-easy ja en zh-hans ko vi tl pt ne es id th; do
  pages=0 count=0
  for url in $(curl -s "$base/$lang/offline-pack.json" | grep -oE '"url": *"[^"]+"' | cut -d'"' -f4); do
    pages=$((pages + $(size "$url"))) count=$((count + 1))
  done
  echo "$lang: $count pages $((pages / 1024)) KB + stylesheet, scripts, icon $((assets / 1024)) KB = $(((pages + assets) / 1024)) KB"
done
