# Shared helpers of the bench scripts (sourced, not run).
# Settings come from the environment with these defaults; run.sh sets them from its flags.
: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=postgres}"
export PGHOST PGPORT PGUSER
: "${BENCH_DB:=claimgraph_bench}"
: "${CG_PORT:=8090}"
: "${PG_PORT_GRAPHILE:=5050}"
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${REPO:=$(cd "$BENCH_DIR/.." && pwd)}"
: "${WORK:=$BENCH_DIR/.data}"   # generated CSV, logs, pid files (git-ignored)
mkdir -p "$WORK"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

# Waits until URL answers 200 (or the pid dies / timeout s pass). Returns non-zero on failure.
wait_http() {
  local url=$1 pid=$2 timeout=${3:-120} start
  start=$(date +%s)
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ $(( $(date +%s) - start )) -ge "$timeout" ] && return 1
    sleep 0.05
  done
}

CG_JAR() { echo "$REPO/target/quarkus-app/quarkus-run.jar"; }

build_claimgraph() {
  log "building claimgraph in $REPO (./mvnw -q package -DskipTests)"
  (cd "$REPO" && ./mvnw -q package -DskipTests) || die "claimgraph build failed"
}

# start_claimgraph LOGFILE [JDBC_QUERY] — starts the jar against $BENCH_DB on $CG_PORT, waits for
# /q/health/ready, sets CG_PID and CG_STARTUP_S. The jar runs in an empty working folder with
# CLAIMGRAPH_CORPUS_DIR unset, so no corpus (and none of the curated annotation file's actors,
# sources or topics) is loaded into the bench database: it serves exactly the generated data.
start_claimgraph() {
  local logfile=$1 query=${2:-} jar t0 cwd app
  jar=$(CG_JAR)
  [ -f "$jar" ] || die "no $jar: build claimgraph first"
  # run the packaged app through a folder of symlinks and a jar named claimgraph-bench.jar, so that
  # `pkill -f quarkus-run.jar` elsewhere on the machine does not stop the benchmarked server
  app="$WORK/claimgraph-app-$CG_PORT"
  rm -rf "$app" && mkdir -p "$app"
  for f in "$(dirname "$jar")"/*; do ln -s "$f" "$app/$(basename "$f")"; done
  ln -s "$jar" "$app/claimgraph-bench.jar"
  jar="$app/claimgraph-bench.jar"
  cwd=$(mktemp -d "${TMPDIR:-/tmp}/cg-bench-run.XXXXXX")
  mkdir -p "$cwd/run"
  t0=$(now)
  # CG_ANSWER_CACHE: claimgraph.answer-cache.max-size for this server (0: every answer read afresh); unset: the default
  (cd "$cwd/run" && exec env -u CLAIMGRAPH_CORPUS_DIR ${CG_ANSWER_CACHE:+CLAIMGRAPH_ANSWER_CACHE_MAX_SIZE=$CG_ANSWER_CACHE} \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB${query}" \
      QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_HTTP_PORT="$CG_PORT" CLAIMGRAPH_DATA_DIR="$cwd/data" \
      "${CG_JAVA:-java}" ${CG_JAVA_OPTS:-} -jar "$jar" >"$logfile" 2>&1) &
  CG_PID=$!
  echo "$CG_PID" > "$WORK/claimgraph-$CG_PORT.pid"
  if ! wait_http "http://127.0.0.1:$CG_PORT/q/health/ready" "$CG_PID" 300; then
    tail -30 "$logfile" >&2
    stop_claimgraph
    die "claimgraph did not become ready (log: $logfile)"
  fi
  CG_STARTUP_S=$(elapsed "$t0")
  log "claimgraph ready on :$CG_PORT in ${CG_STARTUP_S}s (pid $CG_PID)"
}

stop_claimgraph() {
  if [ -n "${CG_PID:-}" ] && kill -0 "$CG_PID" 2>/dev/null; then
    kill "$CG_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$CG_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$CG_PID" 2>/dev/null || true
  fi
  CG_PID=
  rm -f "$WORK/claimgraph-$CG_PORT.pid"
}

start_postgraphile() {
  local logfile=$1 logstatements=${2:-false}
  (cd "$BENCH_DIR" && exec node postgraphile/server.mjs --db "postgres://$PGUSER@$PGHOST:$PGPORT/$BENCH_DB" \
      --port "$PG_PORT_GRAPHILE" --workers "${PGL_WORKERS:-1}" --log-statements "$logstatements" >"$logfile" 2>&1) &
  PGL_PID=$!
  echo "$PGL_PID" > "$WORK/postgraphile.pid"
  if ! wait_http "http://127.0.0.1:$PG_PORT_GRAPHILE/health" "$PGL_PID" 120; then
    tail -30 "$logfile" >&2
    stop_postgraphile
    die "PostGraphile did not start (log: $logfile)"
  fi
  log "PostGraphile ready on :$PG_PORT_GRAPHILE (pid $PGL_PID)"
}

stop_postgraphile() {
  if [ -n "${PGL_PID:-}" ] && kill -0 "$PGL_PID" 2>/dev/null; then
    kill "$PGL_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$PGL_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PGL_PID" 2>/dev/null || true
  fi
  PGL_PID=
  rm -f "$WORK/postgraphile.pid"
}

# CPU time: utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat; the
# command name in field 2 has no spaces here); the JIT compiler threads' share; all PostgreSQL processes'.
ticks_of() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
compiler_ticks() {
  local total=0 task
  for task in /proc/"$1"/task/*; do
    grep -q '^C[12] CompilerThre' "$task/comm" 2>/dev/null && total=$((total + $(ticks_of "$1/task/${task##*/}")))
  done
  echo "$total"
}
postgres_ticks() {
  local total=0 pid
  for pid in $(pgrep -x postgres); do total=$((total + $(ticks_of "$pid"))); done
  echo "$total"
}
# milliseconds per clock tick
tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')

# warm_round PID URL BODY — 30 s of load at 8 connections; prints the share of a core the JVM's JIT
# compiler threads used meanwhile, in per mille
warm_round() {
  local c0
  c0=$(compiler_ticks "$1")
  wrk -t 2 -c 8 -d 30s -s "$BENCH_DIR/load/post.lua" "$2" -- "$3" >/dev/null
  echo $(( ($(compiler_ticks "$1") - c0) * tick_ms / 30 ))
}

# measured_run PID URL BODY CONNECTIONS SECONDS — one timed wrk run; prints the JVM's and PostgreSQL's
# CPU ticks spent meanwhile and wrk's JSON summary (load/post.lua), tab-separated
measured_run() {
  local jvm0 pg0 out
  jvm0=$(ticks_of "$1") pg0=$(postgres_ticks)
  out=$(wrk -t 2 -c "$4" -d "${5}s" --latency -s "$BENCH_DIR/load/post.lua" "$2" -- "$3")
  printf '%s\t%s\t%s\n' "$(( $(ticks_of "$1") - jvm0 ))" "$(( $(postgres_ticks) - pg0 ))" "$(grep '^JSON ' <<<"$out" | sed 's/^JSON //')"
}

# RSS in MiB of a pid (0 if gone)
rss_mib() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%.0f", $1 / 1024 } END { if (NR == 0) print 0 }'; }

# create_schema — drops and recreates $BENCH_DB and lets claimgraph's Flyway create the schema
# (start the jar once against the empty database, wait until ready, stop it).
create_schema() {
  log "recreating database $BENCH_DB"
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB"
  start_claimgraph "$WORK/claimgraph-schema.log"
  stop_claimgraph
  local n
  n=$(psql_db -At -c "SELECT (SELECT count(*) FROM actor) + (SELECT count(*) FROM topic) + (SELECT count(*) FROM article)")
  [ "$n" = 0 ] || die "claimgraph loaded data into the fresh bench database ($n rows); the bench needs it empty"
  log "schema created by Flyway: $(psql_db -At -c "SELECT string_agg(version || ' ' || description, ', ' ORDER BY installed_rank) FROM flyway_schema_history")"
}
