#!/usr/bin/env bash
# Runs every Lantern test on a fresh Debian machine with the .NET 10 SDK:
#   1. installs what the tests need when it is missing (Debian's chromium, fonts, PostgreSQL, Node.js;
#      as root, or through sudo);
#   2. starts a throwaway PostgreSQL on 127.0.0.1 (stopped and removed on exit, also on failure);
#   3. builds the solution in Release (warnings are errors), checks `dotnet format` (a difference counts as
#      one failure), and runs every test project: the data and web tests run against SQLite, the data
#      tests also against that PostgreSQL;
#   4. ends with the line "N passed, M failed".
# Options: --filter EXPR (passed to dotnet test), --project NAME (only that test project, e.g. Lantern.Core.Tests).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
filter="" only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --filter) filter="$2"; shift 2 ;;
    --project) only="$2"; shift 2 ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
started=$(date +%s)
say() { printf '\n== %s\n' "$*"; }

# 1. Prerequisites from Debian's packages.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "liberation" || missing+=(fonts-liberation)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  say "Installing ${missing[*]}"
  if [[ $(id -u) == 0 ]]; then apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
  elif command -v sudo >/dev/null 2>&1; then apt=(sudo env DEBIAN_FRONTEND=noninteractive apt-get)
  else echo "test.sh: please install: ${missing[*]} (apt-get install -y ${missing[*]})" >&2; exit 1; fi
  "${apt[@]}" update -qq && "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || { echo "test.sh: could not install ${missing[*]}" >&2; exit 1; }
fi

# 2. A throwaway PostgreSQL on 127.0.0.1.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/lantern-pg.XXXXXX)
as_pg=()
if [[ $(id -u) == 0 ]]; then chown postgres "$pgdir"; as_pg=(runuser -u postgres --); fi
stop_postgres() {
  if [[ -f $pgdir/data/postmaster.pid ]]; then "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; fi
  rm -rf "$pgdir"
}
trap stop_postgres EXIT
trap 'exit 130' INT TERM
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
say "Starting PostgreSQL on 127.0.0.1:$port"
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U lantern --auth=trust --encoding=UTF8 --locale=C >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { cat "$pgdir/server.log" >&2; exit 1; }
export LANTERN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=lantern;Database=postgres"

# 3. Build once, then run each test project.
say "Building (Release)"
dotnet build Lantern.slnx -c Release -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed (the build failed)"; exit 1; }
say "Checking formatting (dotnet format)"
format_failed=0
dotnet format Lantern.slnx --verify-no-changes --no-restore -v quiet || { echo "Formatting differs: run 'dotnet format Lantern.slnx'." >&2; format_failed=1; }
results="$root/TestResults"
rm -rf "$results"; mkdir -p "$results"
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  [[ -n $only && $name != "$only" ]] && continue
  say "Testing $name"
  args=(test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results")
  [[ -n $filter ]] && args+=(--filter "$filter")
  dotnet "${args[@]}" || status=1
done

# 4. Totals from the TRX files.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  num() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(num passed)))
  failed=$((failed + $(num failed) + $(num error) + $(num timeout) + $(num aborted)))
  skipped=$((skipped + $(num notExecuted)))
done
if [[ $status != 0 && $failed == 0 ]]; then failed=1; fi
failed=$((failed + format_failed))
say "Finished in $(( $(date +%s) - started )) s"
if ((skipped)); then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[[ $failed == 0 ]]
