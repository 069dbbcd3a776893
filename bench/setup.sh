#!/usr/bin/env bash
# Installs what the benchmark needs on a fresh machine (idempotent): the pinned npm packages of
# bench/package-lock.json (PostGraphile 4.14.1, @graphile/pg-aggregates, connection-filter, pg),
# wrk from Debian's packages, and checks the tools that come with PostgreSQL and Java.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: npm ci (bench/package-lock.json)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" > "$stamp"
fi
missing=()
for tool in wrk pgbench psql curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  pkgs=()
  for tool in "${missing[@]}"; do
    case $tool in
      wrk) pkgs+=(wrk) ;;
      pgbench|psql) pkgs+=(postgresql-client postgresql-contrib) ;;
      curl) pkgs+=(curl) ;;
    esac
  done
  echo "setup: apt-get install ${pkgs[*]}" >&2
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >&2
fi
for tool in node java wrk pgbench psql curl; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is required and missing" >&2; exit 1; }
done
