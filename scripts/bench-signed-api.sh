#!/usr/bin/env bash
# Load figure of the signed server API (issue 4): requests per second and p50/p99 latency of
# Plug-N-Meet's signed POST /auth/room/isRoomActive (timestamp + nonce + HMAC-SHA256, nonce
# registry, one transaction, one room read) against GET /api/info (unauthenticated, trivial) as
# the baseline measured in the same run, on loopback, with a closed-loop Java load generator
# (bootstrap/src/test/java/dev/parley/bootstrap/load/SignedApiLoad.java, java.net.http, keep-alive).
#
#   scripts/bench-signed-api.sh [duration_s=20] [connections=8] [warmup_s=10] [rounds=1]
#   JOIN_ROOMS=200 ...        spread the joins over more rooms (default 20; each join returns its room's roster)
#   DATABASE=postgresql ...   Parley on a private PostgreSQL 15 cluster (fsync and synchronous_commit on,
#       as in production) instead of the embedded H2 default
#   TARGETS=info,join scripts/bench-signed-api.sh ...   the join figure (issue 5): POST /api/verifyToken
#       for new identities (token check, admission, participant write, NATS credential) against the
#       same /api/info baseline
#
# Starts bootstrap/target/parley.jar (production mode, a fresh data directory, a random API key and
# master key, HTTP on 127.0.0.1 only, a free port), warms both targets up, measures each for
# duration_s (rounds times, alternating), stops the server and prints a markdown table.
# Needs bootstrap/target/parley.jar (./parley build) and the installed modules (mvn install).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}; connections=${2:-8}; warmup=${3:-10}; rounds=${4:-1}
jar=bootstrap/target/parley.jar
[ -f "$jar" ] || { echo "build first: ./parley build" >&2; exit 2; }

work=$(mktemp -d)
pid=""
pgdata=""
cleanup() {
  if [ -n "$pgdata" ]; then runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pgdata" -m fast stop >/dev/null 2>&1 || true; fi
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  if [ -n "${KEEP_WORK:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The generator and its class path (bootstrap's test scope: the test classes plus every dependency).
mvn -q -o -pl bootstrap test-compile
mvn -q -o -pl bootstrap dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt"
cp="bootstrap/target/test-classes:bootstrap/target/classes:$(cat "$work/cp.txt")"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
key=APIbench
secret=$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')
mkdir -p "$work/data"
echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
  > "$work/pre-boot.asadmin"

db_env=()
if [ "${DATABASE:-h2}" = postgresql ]; then
  pgdata="$work/pg"; mkdir -p "$pgdata"; chown postgres "$work" "$pgdata"; chmod 755 "$work"
  pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$pgdata" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pgdata" -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1" -w start >/dev/null
  runuser -u postgres -- psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "create database parley" >/dev/null
  db_env=(PARLEY_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
    "PARLEY_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$pgport/parley?logServerErrorDetail=false"
    PARLEY_DATASOURCE_USER=postgres PARLEY_DATASOURCE_PASSWORD=unused)
fi

echo "starting parley.jar on 127.0.0.1:$port (database: ${DATABASE:-h2}) ..." >&2
env $(env | awk -F= '/^PARLEY_/ {printf "-u %s ", $1}') \
  PARLEY_KEYS="$key:$secret" \
  PARLEY_MASTER_KEY="$(head -c 32 /dev/urandom | base64)" \
  PARLEY_DATA_DIR="$work/data" \
  PARLEY_HTTP_PORT="$port" PARLEY_HTTP_HOST=127.0.0.1 "${db_env[@]}" \
  java -Xmx512m -jar "$jar" --port "$port" --nohazelcast --rootdir "$work/runtime" \
    --prebootcommandfile "$work/pre-boot.asadmin" >"$work/parley.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "parley exited:" >&2; tail -50 "$work/parley.log" >&2; exit 1; }
  sleep 0.2
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] \
  || { echo "parley not ready in 180 s" >&2; tail -50 "$work/parley.log" >&2; exit 1; }

echo "running: $connections connections, warm-up ${warmup} s per target, ${duration} s per target x $rounds round(s)" >&2
status=0
PARLEY_BENCH_SECRET="$secret" java -Xmx256m -cp "$cp" dev.parley.bootstrap.load.SignedApiLoad \
  --url "http://127.0.0.1:$port" --key "$key" --targets "${TARGETS:-info,signed}" --join-rooms "${JOIN_ROOMS:-20}" --connections "$connections" \
  --warmup "$warmup" --duration "$duration" --rounds "$rounds" | tee "$work/results.txt" >&2 || status=$?

kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

# RESULT target connections requests errors seconds req/s p50_ms p99_ms max_ms
awk -v jdk="$(java -version 2>&1 | head -1)" '
  /^RESULT/ { t=$2; if (!(t in n)) order[++k]=t; n[t]++; req[t]+=$4; err[t]+=$5; sec[t]+=$6; p50[t]=p50[t] " " $8; p99[t]=p99[t] " " $9; c=$3 }
  function med(list,   a, m, i, j, x) { m=split(list, a, " "); for (i=2;i<=m;i++) { x=a[i]; for (j=i-1;j>=1&&a[j]>x;j--) a[j+1]=a[j]; a[j+1]=x } return a[int((m+1)/2)] }
  BEGIN { label["info"]="GET /api/info (baseline)"; label["signed"]="POST /auth/room/isRoomActive (signed)"; label["join"]="POST /api/verifyToken (join)" }
  END {
    printf "\n%s, %s connections, closed loop, loopback\n\n", jdk, c
    print "| target | requests | errors | req/s | p50 | p99 |"
    print "|---|---|---|---|---|---|"
    for (i=1;i<=k;i++) { t=order[i]; rps[t]=req[t]/sec[t]; m50[t]=med(p50[t]); m99[t]=med(p99[t])
      printf "| %s | %d | %d | %.0f | %.2f ms | %.2f ms |\n", label[t], req[t], err[t], rps[t], m50[t], m99[t] }
    for (i=1;i<=k;i++) { t=order[i]; if (t != "info" && ("info" in n))
      printf "| **%s / baseline** | | | **%.2fx** | **%.2fx** | **%.2fx** |\n", t, rps[t]/rps["info"], m50[t]/m50["info"], m99[t]/m99["info"] }
  }' "$work/results.txt"
exit "$status"
