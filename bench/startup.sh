#!/usr/bin/env bash
# Time from process start to /q/health/ready = UP, and resident memory once ready, for the
# packaged service: on a warm embedded data folder and on the PostgreSQL server at
# 127.0.0.1:5432. Usage: bench/startup.sh [runs]   (default 5; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18080
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

# pg_ctl daemonises the embedded server: find it by the pid file in its data folder.
postgres_rss() {
  local pidfile="$work/data/postgres/postmaster.pid" postmaster
  [ -f "$pidfile" ] || { echo 0; return; }
  postmaster=$(head -1 "$pidfile")
  { ps -o rss= -p "$postmaster"; ps -o rss= --ppid "$postmaster"; } | awk '{s+=$1} END {print s+0}'
}

# Starts the service with the given environment, waits until ready, prints "ms rss_java_kb rss_total_kb".
one_run() {
  local start pid ready rss_java rss_total
  start=$(now_ms)
  env "$@" QUARKUS_HTTP_PORT=$port java -jar "$jar" > "$work/log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1; do
    kill -0 "$pid" 2> /dev/null || { echo "service exited; log:" >&2; tail -20 "$work/log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(( $(now_ms) - start ))
  sleep 2 # at rest: start-up work finished
  rss_java=$(ps -o rss= -p "$pid" | tr -d ' ')
  rss_total=$(( rss_java + $(postgres_rss) ))
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo "$ready $rss_java $rss_total"
}

stats() { # name, file of "ms rss rss_total" lines
  sort -n "$2" | awk -v name="$1" '{ms[NR]=$1; rj[NR]=$2; rt[NR]=$3} END {
    printf "| %s | %d | %d | %d | %d | %.0f | %.0f |\n", name, NR, ms[1], ms[int((NR+1)/2)], ms[NR], rj[int((NR+1)/2)]/1024, rt[int((NR+1)/2)]/1024 }'
}

echo "warming the embedded data folder (first start: initdb, migrations, corpus load)…" >&2
one_run CLAIMGRAPH_DATA_DIR="$work/data" > /dev/null
for _ in $(seq "$runs"); do one_run CLAIMGRAPH_DATA_DIR="$work/data"; done > "$work/embedded"

if pg_isready -q -h 127.0.0.1 -p 5432; then
  db="claimgraph_startup_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
  rm -rf "$work/data"
  one_run QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_DATASOURCE_USERNAME=postgres > /dev/null
  for _ in $(seq "$runs"); do
    one_run QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_DATASOURCE_USERNAME=postgres
  done > "$work/external"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE $db WITH (FORCE)"
fi

echo "| database | runs | min ms | median ms | max ms | median RSS JVM MiB | median RSS JVM + embedded PostgreSQL MiB |"
echo "|---|---|---|---|---|---|---|"
stats "embedded (warm data folder)" "$work/embedded"
[ -f "$work/external" ] && stats "external PostgreSQL 15 at 127.0.0.1" "$work/external"
echo
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
