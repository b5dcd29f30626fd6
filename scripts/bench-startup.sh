#!/usr/bin/env bash
# Startup figures of the runnable jar against the floor: an empty WAR packaged the same way
# (Payara Micro uber-jar, --nohazelcast), measured alternately in the same run.
# Reports, per variant, the median of N runs of: seconds from process start to /health/ready
# answering 200, and the resident set size (VmRSS) at that moment.
#
#   scripts/bench-startup.sh [runs=5]
#
# Needs bootstrap/target/parley.jar and bootstrap/target/payara-micro.jar (./parley build).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=bootstrap/target/parley.jar
pm=bootstrap/target/payara-micro.jar
[ -f "$jar" ] && [ -f "$pm" ] || { echo "build first: ./parley build" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The floor: an empty web application in an uber-jar built by the same Payara Micro.
mkdir -p "$work/empty/WEB-INF"
cat > "$work/empty/WEB-INF/web.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
XML
(cd "$work/empty" && jar cf "$work/ROOT.war" .)
java -jar "$pm" --deploy "$work/ROOT.war" --nohazelcast --outputUberJar "$work/empty.jar" >/dev/null 2>&1

measure() { # jar port -> "seconds rss_mb"
  local j=$1 port=$2 dir="$work/run-$RANDOM"
  mkdir -p "$dir"
  local t0; t0=$(date +%s%N)
  PARLEY_DEV=true PARLEY_DATA_DIR="$dir/data" java -jar "$j" --port "$port" --nohazelcast --rootdir "$dir/rt" >"$dir/log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then break; fi
    sleep 0.1
  done
  local t1; t1=$(date +%s%N)
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $(( rss / 1024 ))"
}

declare -a pt pr et er
for i in $(seq 1 "$runs"); do
  read -r s r < <(measure "$work/empty.jar" 7971); et+=("$s"); er+=("$r")
  read -r s r < <(measure "$jar" 7972); pt+=("$s"); pr+=("$r")
  echo "run $i: empty ${et[-1]} ms ${er[-1]} MB | parley ${pt[-1]} ms ${pr[-1]} MB" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mt=$(median "${et[@]}"); mr=$(median "${er[@]}"); qt=$(median "${pt[@]}"); qr=$(median "${pr[@]}")
echo "| variant | start to /health/ready (median of $runs) | RSS at ready (median) |"
echo "|---|---|---|"
echo "| empty WAR uber-jar (floor) | $(awk "BEGIN{printf \"%.2f\", $mt/1000}") s | $mr MB |"
echo "| parley.jar | $(awk "BEGIN{printf \"%.2f\", $qt/1000}") s | $qr MB |"
echo "| ratio / difference | $(awk "BEGIN{printf \"%.2fx\", $qt/$mt}") | +$((qr - mr)) MB |"
