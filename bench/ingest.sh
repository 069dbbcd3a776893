#!/usr/bin/env bash
# End-to-end ingest throughput: `import` of N variants of the corpus articles (each made distinct
# by one appended line, so none is deduplicated) after a warm-up import of the corpus itself.
#
#   bench/ingest.sh [--copies 20] [--corpus ../shared/corpus] [--new-names] [--template DB]
#
# --new-names  each variant's line quotes a person no article named before, as most news does: every
#              import then adds a candidate actor, which the actor linker must take in.
# --template   import into a scratch copy of that PostgreSQL database on 127.0.0.1:5432 (e.g. the bench's
#              claimgraph_bench, 20,000 actors) instead of a fresh embedded one; the copy is dropped after.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=20 corpus=../shared/corpus new_names=false template=
while [ $# -gt 0 ]; do
  case $1 in
    --copies) copies=$2; shift ;;
    --corpus) corpus=$2; shift ;;
    --new-names) new_names=true ;;
    --template) template=$2; shift ;;
    [0-9]*) copies=$1 ;;  # the older form: bench/ingest.sh 20 [corpus]
    *) if [ -d "$1" ]; then corpus=$1; else echo "unknown argument $1" >&2; exit 1; fi ;;
  esac
  shift
done
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
scratch=
cleanup() {
  rm -rf "$work"
  if [ -n "$scratch" ]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$scratch"; fi
}
trap cleanup EXIT
syllables=(ka lo mi ra to be sa di nu fo ga ye ko ma ti ba)
# A made-up name per number, the same on every run: "Kaloma Ditiba".
name_of() {
  local n=$1 word= i
  for i in 1 2 3 4 5 6; do n=$(((n * 1103515245 + 12345) % 2147483648)); word+=${syllables[$(((n >> 16) % 16))]}; done
  echo "${word:0:1}" | tr a-z A-Z | tr -d '\n'; echo -n "${word:1:5} "
  echo "${word:6:1}" | tr a-z A-Z | tr -d '\n'; echo "${word:7:5}"
}
mkdir "$work/in"
n=0
for file in "$corpus"/*.txt; do
  name=$(basename "$file" .txt)
  for i in $(seq "$copies"); do
    n=$((n + 1))
    if $new_names; then
      line="\"The talks are over,\" said $(name_of "$n"), a local official, in variant $i of $name."
    else
      line="Benchmark variant $i of $name."
    fi
    { cat "$file"; printf '\n\n%s\n' "$line"; } > "$work/in/${name}_$i.txt"
  done
done
if [ -n "$template" ]; then
  scratch="cg_ingest_bench_$$"
  createdb -h 127.0.0.1 -U postgres -T "$template" "$scratch"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$scratch" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=unused
  echo "into a copy of $template: $(psql -h 127.0.0.1 -U postgres -d "$scratch" -Atc 'SELECT count(*) FROM actor') actors"
else
  export CLAIMGRAPH_DATA_DIR="$work/data"
fi
java -jar "$jar" import "$corpus" 2> /dev/null | grep '^Imported'
java -jar "$jar" import "$work/in" 2> /dev/null | grep '^Imported'
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
