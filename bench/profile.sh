#!/usr/bin/env bash
# Profiles claimgraph under load on one bench question with Java Flight Recorder and prints where
# the CPU time goes. Needs the bench database and the request bodies of a previous
# `bench/run.sh` (at least `--no-load`), and a built jar.
#
#   bench/profile.sh [--question b] [--connections 32] [--duration 30] [--warmup 240] [--depth 160]
#
# The recording runs from JVM start (starting JFR on a running JVM deoptimises its compiled code,
# which on two cores takes minutes to recover); only samples taken after the warm-up are counted.
# Prints wrk's summary of the recorded run, then the CPU samples by stage of a request, the
# hottest frames, and the hottest library and claimgraph frames counted inclusively. The
# recording stays in bench/.data/profile-<question>.jfr for `jfr` or JDK Mission Control.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
question=b connections=32 duration=30 warmup=240 depth=160
while [ $# -gt 0 ]; do
  case $1 in
    --question) question=$2; shift ;;
    --connections) connections=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --depth) depth=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown flag $1" >&2; exit 1 ;;
  esac
  shift
done
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
body="$WORK/body.$question.claimgraph.json"
[ -f "$body" ] || die "no $body: run bench/run.sh --no-load first (it writes the request bodies)"
jfr_file="$WORK/profile-$question.jfr"
rm -f "$jfr_file"
trap stop_claimgraph EXIT

CG_JAVA_OPTS="${CG_JAVA_OPTS:-} -XX:StartFlightRecording=name=bench,settings=default" start_claimgraph "$WORK/claimgraph-profile.log"
url="http://127.0.0.1:$CG_PORT/graphql"
log "warm-up ${warmup}s at $connections connections"
wrk -t 2 -c "$connections" -d "${warmup}s" -s "$BENCH_DIR/load/post.lua" "$url" -- "$body" | grep 'Requests/sec' || true
since=$(date +%H:%M:%S)
log "recording ${duration}s at $connections connections"
wrk -t 2 -c "$connections" -d "${duration}s" --latency -s "$BENCH_DIR/load/post.lua" "$url" -- "$body" | grep -E 'Requests/sec|Latency|99%|50%|errors' || true
jcmd "$CG_PID" JFR.dump name=bench filename="$jfr_file" >/dev/null
stop_claimgraph
jfr print --events jdk.ExecutionSample --stack-depth "$depth" "$jfr_file" | node "$BENCH_DIR/harness/hot-frames.mjs" --since "$since"
log "recording: $jfr_file"
