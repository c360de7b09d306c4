#!/usr/bin/env bash
# The full load test (README, "Production"): a copy of the demo database served
# by a multi-worker Odoo as in production, then scripts/loadtest.py against it.
#
#   ./scripts/loadtest.sh                 # 50 users, 3000 actions, 2 workers
#   USERS=100 ACTIONS=6000 WORKERS=4 ./scripts/loadtest.sh
#   THINK=5-25 RAMP_UP=50 ./scripts/loadtest.sh   # cadres filling forms (README)
#
# The demo database (AFFAIRS_DB, default affairs_demo) is made by scripts/run.sh
# when it is missing; the test runs on a copy of it, dropped afterwards.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
affairs_setup
cd "$REPO_DIR"
DB=${AFFAIRS_DB:-affairs_demo}
COPY=${DB}_load
PORT=${AFFAIRS_LOAD_PORT:-8179}
WORKERS=${WORKERS:-2}
if ! psql -d "$DB" -Atqc "select 1 from ir_module_module where name='affairs_base' and state='installed'" 2>/dev/null | grep -q 1; then
    say "No demo database $DB: creating it first (scripts/run.sh without serving)"
    AFFAIRS_NO_SERVE=1 ./scripts/run.sh
fi
dropdb --if-exists --force "$COPY"
createdb -T "$DB" "$COPY"
rm -rf "$REPO_DIR/.data/filestore/filestore/$COPY"
[ -d "$REPO_DIR/.data/filestore/filestore/$DB" ] && cp -a "$REPO_DIR/.data/filestore/filestore/$DB" "$REPO_DIR/.data/filestore/filestore/$COPY"
say "Serving $COPY with $WORKERS workers on port $PORT"
"$VENV/bin/python" "$ODOO_SRC/odoo-bin" -c odoo.conf --addons-path="$ADDONS_PATH" \
    --db_host="$PGHOST" --db_port="$PGPORT" --db_user="$PGUSER" -d "$COPY" --db-filter="^$COPY\$" \
    --data-dir="$REPO_DIR/.data/filestore" --http-port="$PORT" --gevent-port=$((PORT + 1)) \
    --workers="$WORKERS" --max-cron-threads=1 --proxy-mode --log-level=warn \
    --limit-time-cpu=600 --limit-time-real=1200 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; dropdb --if-exists --force "$COPY"' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/web/health" >/dev/null && break; sleep 1; done
"$VENV/bin/python" scripts/loadtest.py --url "http://127.0.0.1:$PORT" --db "$COPY" \
    --users "${USERS:-50}" --actions "${ACTIONS:-3000}" --seconds "${SECONDS_LIMIT:-900}" --p95-target 0.5 \
    --think "${THINK:-2-8}" --ramp-up "${RAMP_UP:-5}"
