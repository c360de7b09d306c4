#!/usr/bin/env bash
# A real streaming-replica check (README, "Production"): Odoo with
# --db_replica_host/--db_replica_port serves its read-only routes (reports,
# searches, reads) from a hot-standby PostgreSQL and its writes from the primary.
#
#   ./scripts/replica_check.sh                          # throwaway primary + replica
#   REPLICA_PRIMARY=shared ./scripts/replica_check.sh   # replica of $PGHOST:$PGPORT
#
# Default (REPLICA_PRIMARY=own): nothing touches the local PostgreSQL but a
# pg_dump of the demo database. A throwaway primary cluster (initdb in a temp
# dir, wal_level=replica, port REPLICA_PRIMARY_PORT, default 5434) is made, a
# streaming replica of it is taken with `pg_basebackup -R` and started on
# REPLICA_PORT (default 5433), the demo database (AFFAIRS_DB) is restored into
# the primary and reaches the replica by streaming; then a two-worker Odoo runs
# on the pair and scripts/replica_check.py checks where each request went.
# Both clusters and the temp dir are removed at the end.
#
# REPLICA_PRIMARY=shared takes the replica of the local PostgreSQL itself
# (a base backup of the whole cluster: every database in it). The primary must
# accept replication connections from this user; the script never changes the
# primary's configuration: when pg_hba.conf does not allow it, it says what to
# add (a reload, no restart, is enough) and stops.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
affairs_setup
cd "$REPO_DIR"
DB=${AFFAIRS_DB:-affairs_demo}
MODE=${REPLICA_PRIMARY:-own}
PRIMARY_PORT=${REPLICA_PRIMARY_PORT:-5434}
REPLICA_PORT=${REPLICA_PORT:-5433}
HTTP_PORT=${AFFAIRS_REPLICA_HTTP_PORT:-8181}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PG_BIN/pg_ctl" ] || die "No PostgreSQL server binaries (pg_ctl) found; set PG_BIN"

if ! psql -d "$DB" -Atqc "select 1 from ir_module_module where name='affairs_base' and state='installed'" 2>/dev/null | grep -q 1; then
    say "No demo database $DB: creating it first (scripts/run.sh without serving)"
    AFFAIRS_NO_SERVE=1 ./scripts/run.sh
fi

WORK=$(mktemp -d /tmp/affairs-replica.XXXXXX)
# PostgreSQL refuses to run as root: the clusters belong to the postgres user then.
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
is_root && chown postgres "$WORK"
chmod 755 "$WORK"
SERVER=
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/replica" -m immediate stop >/dev/null 2>&1 || true
    if [ "$MODE" = own ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -m fast stop >/dev/null 2>&1 || true
    else
        dropdb --if-exists --force "$COPY" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

SHARED_PORT=$PGPORT
if [ "$MODE" = own ]; then
    PRIMARY_HOST=127.0.0.1
    COPY=$DB
    say "Throwaway primary cluster on port $PRIMARY_PORT ($WORK/primary)"
    as_pg "$PG_BIN/initdb" -D "$WORK/primary" -U "$PGUSER" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # initdb's pg_hba.conf already allows local replication connections (trust).
    as_pg tee -a "$WORK/primary/postgresql.conf" >/dev/null <<EOF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
wal_level = replica
max_wal_senders = 4
hot_standby = on
shared_buffers = 128MB
fsync = off               # a throwaway cluster
synchronous_commit = off
full_page_writes = off
EOF
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w start >/dev/null
else
    PRIMARY_HOST=$PGHOST
    PRIMARY_PORT=$PGPORT
    COPY=${DB}_replica
    if ! psql "host=$PGHOST port=$PGPORT user=$PGUSER replication=true" -Atqc "IDENTIFY_SYSTEM" >/dev/null 2>&1; then
        HBA=$(psql -d postgres -Atqc "show hba_file" 2>/dev/null || echo pg_hba.conf)
        die "The primary $PGHOST:$PGPORT refuses replication connections from $PGUSER (wal_level: $(psql -d postgres -Atqc 'show wal_level')).
Ask its administrator to add to $HBA:
    host replication $PGUSER 127.0.0.1/32 trust
and reload it (SELECT pg_reload_conf(); no restart). This script does not change the primary.
Or run it without REPLICA_PRIMARY=shared: it then makes its own primary."
    fi
    dropdb --if-exists --force "$COPY"
    createdb -T "$DB" "$COPY"
fi

say "Streaming replica on port $REPLICA_PORT: pg_basebackup -R from $PRIMARY_HOST:$PRIMARY_PORT"
as_pg "$PG_BIN/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PGUSER" \
    -D "$WORK/replica" -R -X stream -c fast
as_pg "$PG_BIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica.log" -w start \
    -o "-p $REPLICA_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK -c hot_standby=on" >/dev/null

if [ "$MODE" = own ]; then
    say "Restoring $DB into the primary; it reaches the replica by streaming"
    createdb -h 127.0.0.1 -p "$PRIMARY_PORT" "$COPY"
    pg_dump -h "$PGHOST" -p "$SHARED_PORT" -Fc "$DB" \
        | pg_restore -h 127.0.0.1 -p "$PRIMARY_PORT" -d "$COPY" --no-owner
fi
for _ in $(seq 120); do
    psql -h 127.0.0.1 -p "$REPLICA_PORT" -d "$COPY" -Atqc "select 1 from ir_module_module limit 1" >/dev/null 2>&1 && break
    sleep 1
done

DATA_DIR="$WORK/data"
mkdir -p "$DATA_DIR/filestore"
[ -d "$REPO_DIR/.data/filestore/filestore/$DB" ] && cp -a "$REPO_DIR/.data/filestore/filestore/$DB" "$DATA_DIR/filestore/$COPY"
say "Odoo, 2 workers, primary $PRIMARY_HOST:$PRIMARY_PORT, replica 127.0.0.1:$REPLICA_PORT, on port $HTTP_PORT"
# No cron worker: the transactions counted on the primary are the requests'.
"$VENV/bin/python" "$ODOO_SRC/odoo-bin" -c odoo.conf --addons-path="$ADDONS_PATH" \
    --db_host="$PRIMARY_HOST" --db_port="$PRIMARY_PORT" --db_user="$PGUSER" \
    --db_replica_host=127.0.0.1 --db_replica_port="$REPLICA_PORT" \
    -d "$COPY" --db-filter="^$COPY\$" --data-dir="$DATA_DIR" \
    --http-port="$HTTP_PORT" --gevent-port=$((HTTP_PORT + 1)) --workers=2 --max-cron-threads=0 \
    --proxy-mode --log-level=warn --log-handler=werkzeug:INFO >"$WORK/odoo.log" 2>&1 &
SERVER=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$HTTP_PORT/web/health" >/dev/null && break; sleep 1; done
if ! "$VENV/bin/python" scripts/replica_check.py --url "http://127.0.0.1:$HTTP_PORT" --db "$COPY" \
    --primary "$PRIMARY_HOST:$PRIMARY_PORT" --replica "127.0.0.1:$REPLICA_PORT" --user "$PGUSER" --log "$WORK/odoo.log"; then
    say "Odoo log (tail):"; grep -v " werkzeug: " "$WORK/odoo.log" | tail -30 >&2
    exit 1
fi
