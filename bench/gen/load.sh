#!/usr/bin/env bash
# Loads the CSV files written by gen/generate.mjs into a database whose schema claimgraph's Flyway
# created (see lib.sh: create_schema). COPY with every constraint and trigger on (foreign keys and
# the claim anchor trigger check each row); the secondary indexes are dropped first and rebuilt
# from their own definitions afterwards (faster than maintaining GIN indexes row by row), then the
# sequences are moved past the loaded ids and everything is ANALYZEd.
#
# usage: gen/load.sh DBNAME CSV_DIR
set -euo pipefail
db=$1
dir=$2
: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=postgres}"
export PGHOST PGPORT PGUSER
psql_() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

tables=(topic actor actor_alias actor_role source article mention claim claim_source claim_subject claim_topic quantity claim_relation)

# secondary indexes (not backing a primary key or unique constraint) of the loaded tables
list_sql="SELECT pg_get_indexdef(i.indexrelid) || ';' FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'public' AND t.relname IN ($(printf "'%s'," "${tables[@]}" | sed 's/,$//'))
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
  ORDER BY 1"
psql_ -At -c "$list_sql" > "$dir/indexes.sql"
echo "  dropping $(wc -l < "$dir/indexes.sql") secondary indexes (rebuilt after the load)"
drops=$(psql_ -At -c "SELECT string_agg('DROP INDEX ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname), '; ')
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'public' AND t.relname IN ($(printf "'%s'," "${tables[@]}" | sed 's/,$//'))
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c2 WHERE c2.conindid = i.indexrelid)")
[ -n "$drops" ] && psql_ -c "$drops"

for t in "${tables[@]}"; do
  start=$(date +%s.%N)
  cols=$(cat "$dir/$t.columns")
  psql_ -c "\\copy $t ($cols) FROM '$dir/$t.csv' WITH (FORMAT csv)"
  printf '  %-15s %9d rows  %6.1f s\n' "$t" "$(psql_ -At -c "SELECT count(*) FROM $t")" "$(elapsed $start)"
done

# sequences past the loaded ids
psql_ -At -c "SELECT format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I.%I), 0) + 1, false);', s.seq, a.attname, n.nspname, t.relname)
  FROM (SELECT pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(t.relname), a.attname) AS seq, t.oid AS toid, a.attnum
        FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid
        WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped) s
  JOIN pg_class t ON t.oid = s.toid JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = s.attnum
  WHERE s.seq IS NOT NULL" | psql_ -At >/dev/null

start=$(date +%s.%N)
psql_ -c "SET maintenance_work_mem = '1GB'" -f "$dir/indexes.sql"
printf '  rebuilt indexes          %6.1f s\n' "$(elapsed $start)"
start=$(date +%s.%N)
psql_ -c "VACUUM (ANALYZE)"
printf '  vacuum analyze           %6.1f s\n' "$(elapsed $start)"
