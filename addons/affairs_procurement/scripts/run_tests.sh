#!/usr/bin/env bash
# Install/update affairs_procurement in a database and run its tests.
# Usage: run_tests.sh DB [-i|-u] [extra odoo args]
cd "$(dirname "$0")/../../.." && source scripts/setup.sh && affairs_setup
set +e
DB=${1:-proc_t}; MODE=${2:--u}; shift 2
.venv/bin/python /opt/odoo/odoo-bin --addons-path="$ADDONS_PATH" -d "$DB" \
    --db_host=127.0.0.1 --db_user=root --http-interface=127.0.0.1 --http-port=8471 \
    "$MODE" affairs_procurement --test-tags /affairs_procurement --stop-after-init \
    --log-level=info "$@" > /tmp/proc.log 2>&1
grep -E "(ERROR|CRITICAL|FAIL|odoo.tests.result|Ran )" /tmp/proc.log | head -60
