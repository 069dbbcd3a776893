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
#                [--rounds 2] [--jvm "JAVA [OPTION...]"]... [REPO...]
#
# REPO: a checkout with a built jar (target/quarkus-app); default: this repository. --jvm: a java
# launcher and its options to run the jar with (repeatable; default: `java` on the PATH with
# $CG_JAVA_OPTS). With several builds or JVMs, the rounds alternate between every pair
# (A B A B …) so that drift of the machine hits all alike.
# Needs the request bodies of a previous `bench/run.sh` (at least `--no-load`).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
question=a connections=32 duration=30 warmup=120 warmup_max=600 rounds=2 repos=() jvms=()
while [ $# -gt 0 ]; do
  case $1 in
    --question) question=$2; shift ;;
    --connections) connections=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --warmup-max) warmup_max=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --jvm) jvms+=("$2"); shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "unknown flag $1" >&2; exit 1 ;;
    *) repos+=("$(cd "$1" && pwd)") ;;
  esac
  shift
done
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
[ ${#repos[@]} -gt 0 ] || repos=("$REPO")
[ ${#jvms[@]} -gt 0 ] || jvms=("java ${CG_JAVA_OPTS:-}")
body="$WORK/body.$question.claimgraph.json"
[ -f "$body" ] || die "no $body: run bench/run.sh --no-load first (it writes the request bodies)"
trap stop_claimgraph EXIT
url="http://127.0.0.1:$CG_PORT/graphql"

printf '| round | build | requests | rps | p99 ms | JVM CPU ms / request | PostgreSQL CPU ms / request |\n|---:|---|---:|---:|---:|---:|---:|\n' > "$WORK/cpu.md"
for round in $(seq 1 "$rounds"); do
  for repo in "${repos[@]}"; do for jvm in "${jvms[@]}"; do
    read -r java opts <<<"$jvm"
    label="$(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src pom.xml || echo '+changes')"
    [ ${#jvms[@]} -eq 1 ] || label="$label, $("$java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')${opts:+ $opts}"
    REPO=$repo CG_JAVA=$java CG_JAVA_OPTS=$opts start_claimgraph "$WORK/claimgraph-cpu.log"
    spent=0
    while :; do
      share=$(warm_round "$CG_PID" "$url" "$body")
      spent=$((spent + 30))
      { [ "$spent" -ge "$warmup" ] && [ "$share" -lt 50 ]; } || [ "$spent" -ge "$warmup_max" ] && break
    done
    log "$label: warmed up ${spent}s, JIT compiler threads at $((share / 10)).$((share % 10)) % of a core in the last 30s"
    IFS=$'\t' read -r jvm pg json < <(measured_run "$CG_PID" "$url" "$body" "$connections" "$duration")
    stop_claimgraph
    node -e '
      const [json, jvm, pg, tick, round, label] = process.argv.slice(1);
      const r = JSON.parse(json);
      if (r.errors || r.socket_errors) console.error(`round ${round}: ${r.errors} errors, ${r.socket_errors} socket errors`);
      const rps = r.requests / (r.duration_us / 1e6);
      const per = (t) => (Number(t) * Number(tick) / r.requests).toFixed(2);
      console.log(`| ${round} | ${label} | ${r.requests} | ${rps.toFixed(1)} | ${(r.p99 / 1000).toFixed(0)} | ${per(jvm)} | ${per(pg)} |`);
    ' "$json" "$jvm" "$pg" "$tick_ms" "$round" "$label" | tee -a "$WORK/cpu.md"
  done; done
done
log "question ($question) at $connections connections, ${duration}s per run after a warm-up at 8 (at least ${warmup}s, until the JIT settled); table in $WORK/cpu.md"
cat "$WORK/cpu.md"
