#!/usr/bin/env bash
# Profiles claimgraph under load on one bench question and prints where the CPU time goes. Needs
# the bench database and the request bodies of a previous `bench/run.sh` (at least `--no-load`),
# and a built jar.
#
#   bench/profile.sh [--question b] [--connections 32] [--duration 30] [--warmup 240] [--depth 160]
#                    [--profiler async|jfr] [--event cpu|alloc]
#
# --profiler async (default): async-profiler 4.1 (tools.profiler:async-profiler from Maven
# Central, fetched into bench/.data on first use) samples every thread of the JVM on CPU — the
# event loops and workers, JIT compilers, GC, kernel frames — once per millisecond of CPU. Its
# library is loaded at JVM start and sampling starts after the warm-up; no code is deoptimised.
# It found the query plans Hibernate never cached, which JFR's sparser Java-only samples did not
# single out (docs/BENCHMARKS.md, run 16). Needs perf events (perf_event_paranoid <= 2 or root).
# --event alloc (async only): where the heap is allocated instead of where the CPU goes, each stack
# weighted by the bytes it allocated (TLAB-driven sampling); the shares printed are of bytes.
# --profiler jfr: Java Flight Recorder from JVM start (starting JFR on a running JVM deoptimises
# its compiled code, which on two cores takes minutes to recover); only samples taken after the
# warm-up are counted; --depth is the stack depth printed.
# Prints wrk's summary of the profiled run, then the CPU samples by thread (async), by stage of a
# request, the hottest frames, and the hottest library and claimgraph frames counted inclusively.
# The recording stays in bench/.data (profile-<question>.collapsed for flame-graph tools, or
# profile-<question>.jfr for `jfr` and JDK Mission Control).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
question=b connections=32 duration=30 warmup=240 depth=160 profiler=async event=cpu
while [ $# -gt 0 ]; do
  case $1 in
    --question) question=$2; shift ;;
    --connections) connections=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --depth) depth=$2; shift ;;
    --profiler) profiler=$2; shift ;;
    --event) event=$2; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown flag $1" >&2; exit 1 ;;
  esac
  shift
done
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
case $profiler/$event in
  async/cpu) start_command="start,event=cpu,interval=1ms,threads" stop_options="collapsed,threads" ;;
  async/alloc) start_command="start,event=alloc,threads" stop_options="collapsed,total,threads" ;;
  jfr/cpu) ;;
  *) die "--event $event is not available with --profiler $profiler" ;;
esac
body="$WORK/body.$question.claimgraph.json"
[ -f "$body" ] || die "no $body: run bench/run.sh --no-load first (it writes the request bodies)"
url="http://127.0.0.1:$CG_PORT/graphql"
trap stop_claimgraph EXIT

async_profiler_lib() {
  local dir="$WORK/async-profiler-4.1"
  if [ ! -f "$dir/linux-x64/libasyncProfiler.so" ]; then
    log "fetching async-profiler 4.1 from Maven Central into $dir"
    mkdir -p "$dir"
    (cd "$REPO" && ./mvnw -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$dir" >&2) \
      || die "could not fetch tools.profiler:async-profiler:4.1"
    (cd "$dir" && jar xf async-profiler-4.1.jar linux-x64/libasyncProfiler.so)
  fi
  echo "$dir/linux-x64/libasyncProfiler.so"
}

# one async-profiler command to the running JVM (the quotes keep jcmd from splitting it at '=')
async_profiler() { jcmd "$CG_PID" JVMTI.agent_load "$1" "\"$2\"" >/dev/null; }

load_for() {
  wrk -t 2 -c "$connections" -d "${1}s" --latency -s "$BENCH_DIR/load/post.lua" "$url" -- "$body"
}

case $profiler in
  async)
    lib=$(async_profiler_lib)
    out="$WORK/profile-$question$([ "$event" = cpu ] || echo "-$event").collapsed"
    rm -f "$out"
    CG_JAVA_OPTS="${CG_JAVA_OPTS:-} -agentpath:$lib" start_claimgraph "$WORK/claimgraph-profile.log"
    log "warm-up ${warmup}s at $connections connections"
    load_for "$warmup" | grep 'Requests/sec' || true
    async_profiler "$lib" "$start_command"
    log "profiling ${duration}s at $connections connections"
    load_for "$duration" | grep -E 'Requests/sec|Latency|99%|50%|errors' || true
    async_profiler "$lib" "stop,$stop_options,file=$out"
    stop_claimgraph
    [ -s "$out" ] || die "async-profiler wrote nothing to $out (see $WORK/claimgraph-profile.log)"
    node "$BENCH_DIR/harness/hot-frames.mjs" --collapsed < "$out"
    log "recording: $out"
    ;;
  jfr)
    out="$WORK/profile-$question.jfr"
    rm -f "$out"
    CG_JAVA_OPTS="${CG_JAVA_OPTS:-} -XX:StartFlightRecording=name=bench,settings=default" start_claimgraph "$WORK/claimgraph-profile.log"
    log "warm-up ${warmup}s at $connections connections"
    load_for "$warmup" | grep 'Requests/sec' || true
    since=$(date +%H:%M:%S)
    log "recording ${duration}s at $connections connections"
    load_for "$duration" | grep -E 'Requests/sec|Latency|99%|50%|errors' || true
    jcmd "$CG_PID" JFR.dump name=bench filename="$out" >/dev/null
    stop_claimgraph
    jfr print --events jdk.ExecutionSample --stack-depth "$depth" "$out" | node "$BENCH_DIR/harness/hot-frames.mjs" --since "$since"
    log "recording: $out"
    ;;
  *) die "--profiler is async or jfr, not $profiler" ;;
esac
