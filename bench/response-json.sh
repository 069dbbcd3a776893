#!/usr/bin/env bash
# Times writing one GraphQL answer as JSON bytes: SmallRye's ExecutionResponse (JSON-P tree, then
# print, then encode) against claimgraph's ResponseJson (Jackson, straight from the result: as text
# then encoded, as the HTTP path did up to run 17, and as UTF-8 bytes, as it does now), same JVM,
# same result, after warm-up rounds. Needs a built claimgraph (target/classes) and the answer of a
# request, e.g. from a running claimgraph:
#
#   curl -s -H 'Content-Type: application/json' --data @bench/.data/body.b.claimgraph.json \
#        http://127.0.0.1:8090/graphql > /tmp/answer.json
#   bench/response-json.sh /tmp/answer.json [iterations per round, default 2000]
#
# The answer is parsed back into maps and lists, as graphql-java hands them over (numbers and
# enums as JSON gives them). Prints the time per response for each of five rounds.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
answer=${1:?usage: bench/response-json.sh ANSWER.json [ITERATIONS]}
iterations=${2:-2000}
work="$BENCH_DIR/.data/micro"
mkdir -p "$work"
[ -d "$REPO/target/classes/org/claimgraph" ] || { echo "build claimgraph first (./mvnw -q package -DskipTests)" >&2; exit 1; }
(cd "$REPO" && ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null)
cp="$(cat "$work/cp.txt"):$REPO/target/classes"
javac -nowarn -cp "$cp" -d "$work" "$BENCH_DIR/micro/WriteBench.java" 2>/dev/null
java -cp "$cp:$work" WriteBench "$answer" "$iterations"
