#!/usr/bin/env bash
# The browser-test tools, installed by `make install` (idempotent):
#   - Debian's chromium (Playwright drives it with executable_path; no browser download),
#   - axe-core from the npm registry, exactly as requirements/browser/package-lock.json
#     pins it, into .tools/browser/node_modules.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: chromium is not installed: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

mkdir -p .tools/browser
cp requirements/browser/package.json requirements/browser/package-lock.json .tools/browser/
(cd .tools/browser && npm ci --silent --no-audit --no-fund --ignore-scripts)
test -f .tools/browser/node_modules/axe-core/axe.min.js
echo "ready: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), axe-core $(node -p "require('./.tools/browser/node_modules/axe-core/package.json').version")"
