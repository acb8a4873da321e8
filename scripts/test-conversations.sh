#!/usr/bin/env bash
# Rasa conversation tests (tests/conversations/*.yml) against the trained model, with a real
# action server on a fresh demo directory. Fails on any prediction error.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export RASA_TELEMETRY_ENABLED=false PYTHONPATH="$here"
work=$(mktemp -d "${TMPDIR:-/tmp}/signpost-conversations.XXXXXX")
export SIGNPOST_DATA_DIR="$work" DIRECTORY_DATABASE_URL="" ACTION_ENDPOINT_URL="http://127.0.0.1:5056/webhook"
.venv/bin/python -m directory import directory/demo/kingston.json --source signpost-demo-kingston --no-progress >/dev/null
SANIC_HOST=127.0.0.1 .venv/bin/python -m rasa_sdk --actions actions -p 5056 >"$work/actions.log" 2>&1 &
actions=$!
trap 'kill $actions 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:5056/health >/dev/null && break
  kill -0 $actions 2>/dev/null || { cat "$work/actions.log"; exit 1; }
  sleep 0.5
done
.venv-engine/bin/rasa test core --model models/signpost.tar.gz --stories tests/conversations \
  --endpoints endpoints.yml --fail-on-prediction-errors --out "$work/results" --no-plot
echo "conversation tests passed"
