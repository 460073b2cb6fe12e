#!/usr/bin/env bash
# Starts a local PostgreSQL server on 127.0.0.1:5432 with a "monitor" role that may create
# databases, and prints the URL the tests use (MONITOR_TEST_PG_URL). Needs root (apt's cluster).
set -euo pipefail
ver=$(ls /usr/lib/postgresql | sort -n | tail -n1)
if ! pg_lsclusters -h | grep -q "^$ver main"; then
  pg_createcluster "$ver" main >/dev/null
fi
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -d postgres <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'monitor') THEN
    CREATE ROLE monitor LOGIN CREATEDB PASSWORD 'monitor';
  END IF;
END $$;
-- the tests drop their databases WITH (FORCE), which may have to end an autovacuum worker
GRANT pg_signal_backend TO monitor;
SQL
echo "postgresql+psycopg://monitor:monitor@127.0.0.1:5432/postgres"
