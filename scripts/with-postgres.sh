#!/usr/bin/env bash
# Runs a command with a PostgreSQL URL in DATABASE_URL (or in the variable named by --as):
# ATLAS_TEST_POSTGRES_URL when it is set (.ci/run starts one cluster for the whole run), else a
# throwaway cluster started here on a loopback port (ATLAS_TEST_PG_PORT, default a free one) in a
# temporary directory, and stopped and removed at the end whatever happens.
set -euo pipefail
var=DATABASE_URL
if [ "${1:-}" = "--as" ]; then var=$2; shift 2; fi
if [ -n "${ATLAS_TEST_POSTGRES_URL:-}" ]; then
  exec env "$var=$ATLAS_TEST_POSTGRES_URL" "$@"
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed (apt-get install -y postgresql; .ci/run does it)" >&2
  exit 1
fi
# A free loopback port unless one is given: other clusters (other checkouts, CI jobs) may run.
port=${ATLAS_TEST_PG_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
dir=$(mktemp -d /tmp/atlas-pg-XXXXXX)
as_pg=()
# The server refuses to run as root.
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as_pg=(runuser -u postgres --); fi
stop() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null
if ! "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null; then
  echo "with-postgres: the cluster did not start on port $port:" >&2
  tail -5 "$dir/log" >&2
  exit 1
fi
echo "with-postgres: throwaway cluster on 127.0.0.1:$port" >&2
env "$var=postgres://postgres@127.0.0.1:$port/postgres" "$@"
