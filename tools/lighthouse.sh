#!/usr/bin/env bash
# Lighthouse (accessibility, best practices, SEO) on public pages of a running site, with
# Debian's chromium. Installs lighthouse 12 from npm into a temporary folder on first use.
#   tools/lighthouse.sh [base URL, default http://127.0.0.1:5000] [path ...]
# Without paths: the pages this wave added, in four languages. Prints each page's scores
# and every audit that is not passed.
set -euo pipefail
base=${1:-http://127.0.0.1:5000}
shift || true
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/en/disaster/phrase-cards /ne/disaster/what-to-do-now /th/offline /vi/disaster/ /ja-easy/disaster/phrase-cards /ko/disaster/what-to-do-now)
tool=${TABUNKA_LIGHTHOUSE:-/tmp/tabunka-lighthouse}
if [ ! -x "$tool/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tool"
  (cd "$tool" && npm install --no-audit --no-fund --silent lighthouse@12 >/dev/null)
fi
for path in "${paths[@]}"; do
  CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$tool/node_modules/.bin/lighthouse" "$base$path" \
    --only-categories=accessibility,best-practices,seo --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --output=json --output-path="$tool/report.json" --quiet >/dev/null 2>&1
  python3 - "$path" "$tool/report.json" <<'PY'
import json, sys
path, report = sys.argv[1], json.load(open(sys.argv[2]))
print(path, " ".join(f"{k} {round(v['score'] * 100)}" for k, v in report["categories"].items()))
for category in report["categories"].values():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
            print("   not passed:", audit["id"], "-", audit["title"])
PY
done
