#!/usr/bin/env bash
# The one test command: builds everything and runs every suite, the database suites once on
# SQLite and once on a throwaway PostgreSQL server started here on loopback (stopped on exit).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
need_apt() { # package...
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@"
}

# --- what the suites need from the machine -------------------------------------------------
[ -x /usr/bin/chromium ] || need_apt chromium fonts-noto-cjk
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  need_apt postgresql
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# --- build -----------------------------------------------------------------------------------
dotnet build Gantry.slnx -c Release -warnaserror -nologo -clp:ErrorsOnly

# --- a throwaway PostgreSQL on loopback ------------------------------------------------------
PGDIR=$(mktemp -d /tmp/gantry-pg.XXXXXX)
PGPORT=${GANTRY_TEST_PGPORT:-55432}
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDIR"; fi
stop_pg() {
  run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap stop_pg EXIT
run_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null
export GANTRY_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"

# --- run the suites --------------------------------------------------------------------------
failed=0
suite() { # project [provider]
  local project=$1 provider=${2:-} log rc
  log=$(mktemp)
  echo "=== $project${provider:+ on $provider}"
  set +e
  GANTRY_TEST_PROVIDER=$provider dotnet test "tests/$project" -c Release --no-build --nologo \
    --logger "console;verbosity=normal" >"$log" 2>&1
  rc=$?
  set -e
  grep -vE '^\s+Passed ' "$log" || true
  rm -f "$log"
  [ $rc = 0 ] || failed=1
}
suite Gantry.Scheduling.Tests
suite Gantry.Interchange.Tests
for provider in Sqlite Postgres; do
  suite Gantry.Core.Tests $provider
  suite Gantry.Web.Tests $provider
done
suite Gantry.BrowserTests Sqlite

if [ $failed != 0 ]; then echo "SOME TESTS FAILED"; exit 1; fi
echo "ALL TESTS PASSED"
