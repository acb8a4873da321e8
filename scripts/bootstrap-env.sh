#!/usr/bin/env bash
# Make (or refresh) one virtual environment from a lock file.
#   scripts/bootstrap-env.sh VENV_DIR LOCK_FILE
# Idempotent: does nothing when the venv was built from the same lock file.
# Why uv: the Rasa engine's lock has ~150 packages (TensorFlow among them); uv
# installs them in seconds where pip takes minutes. uv itself is bootstrapped
# with pip into .tools/, so a fresh machine needs only Python 3.10.
set -euo pipefail
venv=$1
lock=$2
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

find_python310() {
  local want
  want=$(cat .python-version)
  for candidate in \
    "${PYTHON310:-}" \
    "$(command -v pyenv >/dev/null 2>&1 && echo "$(pyenv root)/versions/$want/bin/python")" \
    "$HOME/.pyenv/versions/$want/bin/python" \
    "$(command -v python3.10 || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "error: Python $want not found (set PYTHON310=/path/to/python3.10)" >&2
  return 1
}

py=$(find_python310)
if [ ! -x .tools/bin/uv ]; then
  "$py" -m venv .tools
  .tools/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"
fi

stamp="$venv/.lock-sha256"
want_sum=$(sha256sum "$lock" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_sum" ]; then
  exit 0
fi
[ -x "$venv/bin/python" ] || .tools/bin/uv venv --quiet --python "$py" "$venv"
.tools/bin/uv pip sync --quiet --python "$venv/bin/python" "$lock"
echo "$want_sum" > "$stamp"
echo "ready: $venv (from $lock)"
