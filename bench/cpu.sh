#!/usr/bin/env bash
# CPU time per request, claimgraph's JVM and PostgreSQL apart, for one bench question: a measure
# that holds still where requests/s does not (on a shared two-core machine rps moved 15-20 %
# between runs of the same code), so two builds can be compared. Each build's jar is started in
# turn against the bench database, warmed up until its JIT compiler threads are nearly idle (under
# 5 % of a core over 30 s, after at least --warmup and at most --warmup-max seconds at 8
# connections), and loaded with wrk; the CPU ticks of the JVM (/proc/PID/stat) and of every
# PostgreSQL process are read before and after the measured run.
#
#   bench/cpu.sh [--question a] [--connections 32] [--duration 30] [--warmup 120] [--warmup-max 600]
#                [--rounds 2] [REPO...]
#
# REPO: a checkout with a built jar (target/quarkus-app); default: this repository. With several,
# the rounds alternate between them (A B A B …) so that drift of the machine hits all alike.
# Needs the request bodies of a previous `bench/run.sh` (at least `--no-load`).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
question=a connections=32 duration=30 warmup=120 warmup_max=600 rounds=2 repos=()
while [ $# -gt 0 ]; do
  case $1 in
    --question) question=$2; shift ;;
    --connections) connections=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --warmup-max) warmup_max=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "unknown flag $1" >&2; exit 1 ;;
    *) repos+=("$(cd "$1" && pwd)") ;;
  esac
  shift
done
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
[ ${#repos[@]} -gt 0 ] || repos=("$REPO")
body="$WORK/body.$question.claimgraph.json"
[ -f "$body" ] || die "no $body: run bench/run.sh --no-load first (it writes the request bodies)"
trap stop_claimgraph EXIT
url="http://127.0.0.1:$CG_PORT/graphql"
tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')

# utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat; the command name
# in field 2 has no spaces here)
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

printf '| round | build | requests | rps | p99 ms | JVM CPU ms / request | PostgreSQL CPU ms / request |\n|---:|---|---:|---:|---:|---:|---:|\n' > "$WORK/cpu.md"
for round in $(seq 1 "$rounds"); do
  for repo in "${repos[@]}"; do
    label="$(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src pom.xml || echo '+changes')"
    REPO=$repo start_claimgraph "$WORK/claimgraph-cpu.log"
    spent=0
    while :; do
      c0=$(compiler_ticks "$CG_PID")
      wrk -t 2 -c 8 -d 30s -s "$BENCH_DIR/load/post.lua" "$url" -- "$body" >/dev/null
      spent=$((spent + 30))
      share=$(( ($(compiler_ticks "$CG_PID") - c0) * tick_ms / 30 ))   # per mille of a core over 30 s (30,000 ms)
      { [ "$spent" -ge "$warmup" ] && [ "$share" -lt 50 ]; } || [ "$spent" -ge "$warmup_max" ] && break
    done
    log "$label: warmed up ${spent}s, JIT compiler threads at $((share / 10)).$((share % 10)) % of a core in the last 30s"
    jvm0=$(ticks_of "$CG_PID") pg0=$(postgres_ticks)
    out=$(wrk -t 2 -c "$connections" -d "${duration}s" --latency -s "$BENCH_DIR/load/post.lua" "$url" -- "$body")
    jvm1=$(ticks_of "$CG_PID") pg1=$(postgres_ticks)
    stop_claimgraph
    json=$(grep '^JSON ' <<<"$out" | sed 's/^JSON //')
    node -e '
      const [json, jvm, pg, tick, round, label] = process.argv.slice(1);
      const r = JSON.parse(json);
      if (r.errors || r.socket_errors) console.error(`round ${round}: ${r.errors} errors, ${r.socket_errors} socket errors`);
      const rps = r.requests / (r.duration_us / 1e6);
      const per = (t) => (Number(t) * Number(tick) / r.requests).toFixed(2);
      console.log(`| ${round} | ${label} | ${r.requests} | ${rps.toFixed(1)} | ${(r.p99 / 1000).toFixed(0)} | ${per(jvm)} | ${per(pg)} |`);
    ' "$json" "$((jvm1 - jvm0))" "$((pg1 - pg0))" "$tick_ms" "$round" "$label" | tee -a "$WORK/cpu.md"
  done
done
log "question ($question) at $connections connections, ${duration}s per run after a warm-up at 8 (at least ${warmup}s, until the JIT settled); table in $WORK/cpu.md"
cat "$WORK/cpu.md"
