#!/usr/bin/env bash
# Debian's redis-server (and PostgreSQL's server binaries), for the production-profile tests
# and `make run-prod-local`, and an English word list (wbritish) for the tests that check no
# everyday word is read as a place; installed by `make install` when missing (idempotent).
# Neither is started here: each test or command starts its own on loopback.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -f /usr/share/dict/words ] || missing+=(wbritish)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "error: please install ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "installing ${missing[*]} (Debian packages)…" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts the packaged services; ours run their own instances on other ports.
for service in redis-server postgresql; do
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now "$service" >/dev/null 2>&1 || true; fi
  service "$service" stop >/dev/null 2>&1 || true
done
