#!/usr/bin/env bash
# End-to-end ingest throughput: `import` of N variants of the corpus articles (each made distinct
# by one appended line, so none is deduplicated) into a fresh embedded database, after a warm-up
# import of the corpus itself. Usage: bench/ingest.sh [variants per article, default 20] [corpus dir]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-20}
corpus=${2:-../shared/corpus}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for file in "$corpus"/*.txt; do
  name=$(basename "$file" .txt)
  for i in $(seq "$copies"); do
    { cat "$file"; printf '\n\nBenchmark variant %s of %s.\n' "$i" "$name"; } > "$work/in/${name}_$i.txt"
  done
done
export CLAIMGRAPH_DATA_DIR="$work/data"
java -jar "$jar" import "$corpus" 2> /dev/null | grep '^Imported'
java -jar "$jar" import "$work/in" 2> /dev/null | grep '^Imported'
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
