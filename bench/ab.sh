#!/usr/bin/env bash
# A/B of two claimgraph builds, or of two JVMs, on one bench question, for a machine whose speed
# drifts: on a two-core machine here the same build's JVM CPU per (a) request measured 4.6 to
# 7.3 ms in cpu.sh rounds minutes apart (docs/BENCHMARKS.md, run 15), more than most changes worth
# measuring move it. Both servers run side by side (ports 8090 and 8091), are warmed until their JIT
# compilers idle, and are then loaded in turn in short windows — A B, B A, A B, … — so that drift
# hits both alike; one idles while the other is loaded. Each window records rps, p99 and CPU per
# request (the JVM's and PostgreSQL's, from /proc); the summary gives each side's median and the
# median over pairs of B ÷ A.
#
#   bench/ab.sh [--question a] [--connections 32] [--window 15] [--pairs 10] [--warmup 120]
#               [--warmup-max 600] [--a-jvm "JAVA [OPTION...]"] [--b-jvm "JAVA [OPTION...]"]
#               [--writes-per-second N] A_REPO [B_REPO]
#
# A_REPO, B_REPO: checkouts with a built jar (target/quarkus-app); B_REPO defaults to A_REPO (to
# compare JVMs). --a-jvm/--b-jvm: the java launcher and options of each side (default: `java` on the
# PATH with $CG_JAVA_OPTS). Needs the request bodies of a previous `bench/run.sh` (at least --no-load).
# --writes-per-second: while the windows are measured, pgbench commits N transactions a second that
# take a transaction id (and write nothing): each moves PostgreSQL's snapshot on, as a write would, so
# that answers claimgraph keeps (Answers) are read again after each.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
question=a connections=32 window=15 pairs=10 warmup=120 warmup_max=600 writes=0 repos=()
a_jvm="java ${CG_JAVA_OPTS:-}" b_jvm="java ${CG_JAVA_OPTS:-}"
while [ $# -gt 0 ]; do
  case $1 in
    --question) question=$2; shift ;;
    --connections) connections=$2; shift ;;
    --window) window=$2; shift ;;
    --pairs) pairs=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --warmup-max) warmup_max=$2; shift ;;
    --a-jvm) a_jvm=$2; shift ;;
    --b-jvm) b_jvm=$2; shift ;;
    --writes-per-second) writes=$2; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "unknown flag $1" >&2; exit 1 ;;
    *) repos+=("$(cd "$1" && pwd)") ;;
  esac
  shift
done
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
[ ${#repos[@]} -ge 1 ] || die "name the A build (and the B build) to compare"
[ ${#repos[@]} -ge 2 ] || repos+=("${repos[0]}")
body="$WORK/body.$question.claimgraph.json"
[ -f "$body" ] || die "no $body: run bench/run.sh --no-load first (it writes the request bodies)"

declare -A pid port label
port[A]=8090 port[B]=8091
writer=
stop_both() {
  [ -z "$writer" ] || kill "$writer" 2>/dev/null || true
  for side in A B; do CG_PID=${pid[$side]:-} CG_PORT=${port[$side]} stop_claimgraph; done
}
trap stop_both EXIT

describe() {  # describe REPO "JAVA OPTS" — commit, local changes, JVM version and options
  local repo=$1 java opts
  read -r java opts <<<"$2"
  echo "$(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src pom.xml || echo '+changes'), $("$java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')${opts:+ $opts}"
}
for side in A B; do
  if [ $side = A ]; then repo=${repos[0]} jvm=$a_jvm; else repo=${repos[1]} jvm=$b_jvm; fi
  read -r java opts <<<"$jvm"
  label[$side]=$(describe "$repo" "$jvm")
  REPO=$repo CG_PORT=${port[$side]} CG_JAVA=$java CG_JAVA_OPTS=$opts start_claimgraph "$WORK/claimgraph-ab-$side.log"
  pid[$side]=$CG_PID
done
url() { echo "http://127.0.0.1:${port[$1]}/graphql"; }

# Warm-up: 30 s at 8 connections on each side in turn, until both have had --warmup seconds and
# their JIT compiler threads used under 5 % of a core in their last turn (or --warmup-max passed).
spent=0
while :; do
  settled=1
  for side in A B; do
    [ "$(warm_round "${pid[$side]}" "$(url $side)" "$body")" -lt 50 ] || settled=0   # per mille of a core
  done
  spent=$((spent + 30))
  { [ "$spent" -ge "$warmup" ] && [ "$settled" = 1 ]; } || [ "$spent" -ge "$warmup_max" ] && break
done
log "warmed up ${spent}s per side (JIT settled: $([ "$settled" = 1 ] && echo yes || echo no))"

out="$WORK/ab.tsv"
: > "$out"
if [ "$writes" != 0 ]; then
  echo 'SELECT pg_current_xact_id();' > "$WORK/ab-write.sql"
  pgbench -n -c 1 -j 1 -R "$writes" -T 86400 -f "$WORK/ab-write.sql" "$BENCH_DB" >/dev/null 2>&1 &
  writer=$!
  log "committing $writes transactions a second while measuring (pgbench -R, pid $writer)"
fi
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) = 1 ]; then order="A B"; else order="B A"; fi
  for side in $order; do
    sleep 1   # let the other side's last statements leave the database
    printf '%s\t%s\t%s\n' "$i" "$side" "$(measured_run "${pid[$side]}" "$(url $side)" "$body" "$connections" "$window")" >> "$out"
  done
done
[ -z "$writer" ] || { kill "$writer" 2>/dev/null || true; writer=; }

node - "$out" "$tick_ms" "$question" "$connections" "$window" "${label[A]}" "${label[B]}" "$writes" <<'EOF' | tee "$WORK/ab.md"
const fs = require('fs');
const [file, tick, question, connections, window, labelA, labelB, writes] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => {
  const [pair, side, jvm, pg, json] = line.split('\t');
  const r = JSON.parse(json);
  if (r.errors || r.socket_errors) console.error(`pair ${pair} ${side}: ${r.errors} errors, ${r.socket_errors} socket errors`);
  return { pair: Number(pair), side, rps: r.requests / (r.duration_us / 1e6), p99: r.p99 / 1000,
    jvm: Number(jvm) * Number(tick) / r.requests, pg: Number(pg) * Number(tick) / r.requests };
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const side = (s) => rows.filter((r) => r.side === s);
const pairs = [...new Set(rows.map((r) => r.pair))].map((p) => ({ a: rows.find((r) => r.pair === p && r.side === 'A'), b: rows.find((r) => r.pair === p && r.side === 'B') }));
const f = (x, d = 2) => x.toFixed(d);
console.log(`(${question}) at ${connections} connections, ${pairs.length} pairs of ${window} s windows${writes !== '0' ? `, ${writes} committed transactions a second` : ''}. A = ${labelA}; B = ${labelB}.\n`);
console.log('| | rps | p99 ms | JVM CPU ms / request | PostgreSQL CPU ms / request |');
console.log('|---|---:|---:|---:|---:|');
for (const [s, l] of [['A', labelA], ['B', labelB]]) {
  const r = side(s);
  console.log(`| ${s} (median) | ${f(median(r.map((x) => x.rps)), 1)} | ${f(median(r.map((x) => x.p99)), 0)} | ${f(median(r.map((x) => x.jvm)))} | ${f(median(r.map((x) => x.pg)))} |`);
}
const ratio = (k) => median(pairs.map((p) => p.b[k] / p.a[k]));
const wins = (k, better) => pairs.filter((p) => better(p.b[k], p.a[k])).length;
console.log(`| B ÷ A (median of pairs) | ${f(ratio('rps'), 3)} | ${f(ratio('p99'), 3)} | ${f(ratio('jvm'), 3)} | ${f(ratio('pg'), 3)} |`);
console.log(`| pairs where B is better | ${wins('rps', (b, a) => b > a)}/${pairs.length} | ${wins('p99', (b, a) => b < a)}/${pairs.length} | ${wins('jvm', (b, a) => b < a)}/${pairs.length} | ${wins('pg', (b, a) => b < a)}/${pairs.length} |`);
console.log('\nWindows (pair, side, rps, p99 ms, JVM ms, PostgreSQL ms): ' + rows.map((r) => `${r.pair}${r.side} ${f(r.rps, 0)}/${f(r.p99, 0)}/${f(r.jvm)}/${f(r.pg)}`).join(', '));
EOF
