#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server on loopback, then stop it.
#   scripts/test-postgres.sh COMMAND [ARGS...]
# Installs Debian's postgresql package when no server binaries are found (CI, fresh
# machines), keeps its data under var/pg-test (removed afterwards) and exports
# DIRECTORY_TEST_POSTGRES_URL for the tests. The server listens on 127.0.0.1 only.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
port=${PG_TEST_PORT:-54329}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

bin=$(pg_bin || true)
if [ -z "$bin" ]; then
  echo "installing PostgreSQL (Debian package)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(pg_bin)
fi

data="$here/var/pg-test"
rm -rf "$data"
mkdir -p "$data"
as_postgres=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: hand the data directory to the postgres user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$data"
  as_postgres=(runuser -u postgres --)
fi
"${as_postgres[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
"${as_postgres[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off" start >/dev/null
cleanup() {
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

export DIRECTORY_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
