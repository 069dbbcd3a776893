#!/usr/bin/env bash
# claimgraph benchmark: claimgraph vs PostGraphile vs claimgraph's own SQL run directly (pgbench),
# on one generated database. See bench/README.md. One command:
#
#   bench/run.sh [--articles 100000] [--claims 1000000] [--actors 20000] [--sources 5000] [--seed 42]
#                [--duration 20] [--warmup 10] [--jit-warmup 120] [--jit-max 600] [--concurrency 1,8,32] [--questions a,b,c,d,e]
#                [--data auto|reuse|regenerate] [--db claimgraph_bench] [--repo DIR] [--skip-build]
#                [--pglog FILE] [--pgl-workers 1] [--name "Vagner Group"] [--search "uranium concessions Gao"]
#                [--position 500000] [--keep-csv] [--generate-only] [--no-load] [--answer-cache SIZE]
#
# --answer-cache sets claimgraph.answer-cache.max-size for the measured run (0: every answer read from
# PostgreSQL; unset: the service's default, which gives a question asked again on unchanged data its kept
# answer). The statement-capture run always reads every answer, so the raw SQL is the work of a request
# that is not kept.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command_line="bench/run.sh $*"

articles=100000 claims=1000000 actors=20000 sources=5000 seed=42
duration=20 warmup=10 jit_warmup=120 jit_max=600 concurrency=1,8,32 questions=a,b,c,d,e
data=auto skip_build=false keep_csv=false generate_only=false no_load=false answer_cache=
pglog= name="Vagner Group" search="uranium concessions Gao" position=500000
while [ $# -gt 0 ]; do
  case $1 in
    --articles) articles=$2; shift ;;
    --claims) claims=$2; shift ;;
    --actors) actors=$2; shift ;;
    --sources) sources=$2; shift ;;
    --seed) seed=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --jit-warmup) jit_warmup=$2; shift ;;
    --jit-max) jit_max=$2; shift ;;
    --concurrency) concurrency=$2; shift ;;
    --questions) questions=$2; shift ;;
    --data) data=$2; shift ;;
    --db) export BENCH_DB=$2; shift ;;
    --repo) export REPO=$(cd "$2" && pwd); shift ;;
    --skip-build) skip_build=true ;;
    --pglog) pglog=$2; shift ;;
    --pgl-workers) export PGL_WORKERS=$2; shift ;;
    --name) name=$2; shift ;;
    --search) search=$2; shift ;;
    --position) position=$2; shift ;;
    --keep-csv) keep_csv=true ;;
    --generate-only) generate_only=true ;;
    --no-load) no_load=true ;;
    --answer-cache) answer_cache=$2; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown flag $1 (see bench/README.md)" >&2; exit 1 ;;
  esac
  shift
done
case $data in auto|reuse|regenerate) ;; *) echo "--data must be auto, reuse or regenerate" >&2; exit 1 ;; esac

# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
CG_URL="http://127.0.0.1:$CG_PORT/graphql"
PGL_URL="http://127.0.0.1:$PG_PORT_GRAPHILE/graphql"
cleanup() { stop_claimgraph; stop_postgraphile; }
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$CG_PORT" "$PG_PORT_GRAPHILE"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then die "port $port is in use: stop what runs there first"; fi
done
psql -X -q -d postgres -c 'SELECT 1' >/dev/null || die "no PostgreSQL at $PGHOST:$PGPORT (user $PGUSER)"

log "setup"
"$BENCH_DIR/setup.sh"
rm -f "$WORK"/explain.json "$WORK"/check.json "$WORK"/trace.json "$WORK"/load.json "$WORK"/bodies.json "$WORK"/body.*.json "$WORK"/variables.json
rm -rf "$WORK/pgbench" "$WORK/sql"

if [ "$skip_build" = true ] && [ -f "$(CG_JAR)" ]; then log "using the built $(CG_JAR)"; else build_claimgraph; fi

# ------------------------------------------------------------------ data
gen_sha=$(cat "$BENCH_DIR/gen/generate.mjs" "$BENCH_DIR/gen/load.sh" | sha256sum | cut -c1-12)
want="articles=$articles claims=$claims actors=$actors sources=$sources seed=$seed generator=$gen_sha"
have=$(psql -X -At -d "$BENCH_DB" -c "SELECT flags FROM bench_meta.generated" 2>/dev/null || true)
gen_report=
if [ "$data" = reuse ] || { [ "$data" = auto ] && [ "$have" = "$want" ]; }; then
  [ -n "$have" ] || die "--data reuse: database $BENCH_DB has no generated data"
  [ "$have" = "$want" ] || log "WARNING: reusing $BENCH_DB generated with [$have], not [$want]"
  gen_report=$(psql -X -At -d "$BENCH_DB" -c "SELECT report FROM bench_meta.generated")
  log "reusing database $BENCH_DB ($have)"
else
  create_schema
  csv="$WORK/csv-$seed-$articles-$claims-$actors-$sources"
  rm -rf "$csv"
  t0=$(now)
  log "generating: $want"
  node "$BENCH_DIR/gen/generate.mjs" --out "$csv" --articles "$articles" --claims "$claims" --actors "$actors" --sources "$sources" --seed "$seed" >/dev/null
  t_gen=$(elapsed "$t0")
  t1=$(now)
  log "loading with COPY into $BENCH_DB"
  "$BENCH_DIR/gen/load.sh" "$BENCH_DB" "$csv" >&2
  t_load=$(elapsed "$t1")
  t_total=$(elapsed "$t0")
  size=$(psql_db -At -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
  gen_report="$(node -e 'const m=require(process.argv[1]); console.log(Object.entries(m.rows).map(([t,n])=>t+" "+n).join(", "))' "$csv/manifest.json"); generated in ${t_gen}s, loaded (COPY, index rebuild, VACUUM ANALYZE) in ${t_load}s, total ${t_total}s; database $size"
  psql_db -c "DROP SCHEMA IF EXISTS bench_meta CASCADE" -c "CREATE SCHEMA bench_meta" \
    -c "CREATE TABLE bench_meta.generated (flags text NOT NULL, report text NOT NULL, manifest jsonb NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())" \
    -c "INSERT INTO bench_meta.generated (flags, report, manifest) VALUES (\$\$$want\$\$, \$\$$gen_report\$\$, \$\$$(cat "$csv/manifest.json")\$\$)"
  [ "$keep_csv" = true ] || rm -rf "$csv"
  log "data: $gen_report"
fi
[ "$generate_only" = true ] && { echo "$gen_report"; exit 0; }

# PostGraphile's SQL functions, and the trigram threshold claimgraph sets per connection, for both servers
psql_db -f "$BENCH_DIR/sql/postgraphile.sql" 2>&1 | grep -v NOTICE >&2 || true
psql_db -c "ALTER DATABASE $BENCH_DB SET pg_trgm.word_similarity_threshold = 0.5"

node "$BENCH_DIR/harness/bench.mjs" prepare --work "$WORK" --db "$BENCH_DB" --name "$name" --search "$search" --position "$position"

# ------------------------------------------------------------------ answers + SQL per request (servers log their statements)
if [ -z "$pglog" ]; then
  for f in "/var/log/postgresql/postgresql-$(psql -X -At -d postgres -c 'SHOW server_version_num' | cut -c1-2)-main.log" /var/log/postgresql/postgresql-*-main.log; do
    [ -r "$f" ] && { pglog=$f; break; }
  done
fi
trace_ok=false
if [ -n "$pglog" ] && [ -r "$pglog" ]; then trace_ok=true; else log "WARNING: PostgreSQL's log is not readable (--pglog FILE): no SQL capture, no raw-SQL runs"; fi
log "statement-capture run: both servers with log_min_duration_statement=0 on their own connections only"
CG_ANSWER_CACHE=0 start_claimgraph "$WORK/claimgraph-trace.log" "?options=-c%20log_min_duration_statement=0"
start_postgraphile "$WORK/postgraphile-trace.log" true
node "$BENCH_DIR/harness/bench.mjs" check --work "$WORK" --cg "$CG_URL" --pgl "$PGL_URL" --keep-going true
if [ "$trace_ok" = true ]; then
  node "$BENCH_DIR/harness/bench.mjs" trace --work "$WORK" --server claimgraph --url "$CG_URL" --pgl "$PGL_URL" --db "$BENCH_DB" --pglog "$pglog"
  node "$BENCH_DIR/harness/bench.mjs" trace --work "$WORK" --server postgraphile --url "$PGL_URL" --pgl "$PGL_URL" --db "$BENCH_DB" --pglog "$pglog"
fi
stop_claimgraph
stop_postgraphile
[ "$trace_ok" = true ] && node "$BENCH_DIR/harness/bench.mjs" explain --work "$WORK" --db "$BENCH_DB"

if [ "$no_load" = true ]; then
  node "$BENCH_DIR/harness/bench.mjs" report --work "$WORK"
  exit 0
fi

# ------------------------------------------------------------------ load
log "measured run"
sleep 2
CG_ANSWER_CACHE=$answer_cache start_claimgraph "$WORK/claimgraph.log"
startup=$CG_STARTUP_S
start_postgraphile "$WORK/postgraphile.log"
sleep 3
date_tag=$(date -u +%Y-%m-%dT%H%M%SZ)
BENCH_DIR="$BENCH_DIR" node -e '
const fs = require("fs"), os = require("os"), [file, ...a] = process.argv.slice(1);
const [command, data, startup, commit, jvm, pgv, loadavg] = a;
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), command, data, startup,
  claimgraphCommit: commit, jvm, postgres: pgv, postgraphile: require(process.env.BENCH_DIR + "/node_modules/postgraphile/package.json").version,
  machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; load average at start ${loadavg}` }, null, 2));
' "$WORK/meta.json" "$command_line" "$gen_report" "$startup" \
  "$(git -C "$REPO" log -1 --format='%h %s' 2>/dev/null | cut -c1-80)$(git -C "$REPO" diff --quiet 2>/dev/null || echo ' (+ uncommitted changes)')" \
  "$("${CG_JAVA:-java}" -version 2>&1 | head -1)${CG_JAVA_OPTS:+ $CG_JAVA_OPTS}; answer cache ${answer_cache:-default}" "$(psql -X -At -d postgres -c 'SHOW server_version')" "$(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$BENCH_DIR" && node harness/bench.mjs load --work "$WORK" --cg "$CG_URL" --pgl "$PGL_URL" --db "$BENCH_DB" \
  --duration "$duration" --warmup "$warmup" --jit-warmup "$jit_warmup" --jit-max "$jit_max" --concurrency "$concurrency" --questions "$questions" \
  --cg-pid "$CG_PID" --pgl-pid "$PGL_PID")
stop_claimgraph
stop_postgraphile

mkdir -p "$BENCH_DIR/results"
out="$BENCH_DIR/results/$date_tag.md"
node "$BENCH_DIR/harness/bench.mjs" report --work "$WORK" --out "$out"
log "written $out"
