#!/usr/bin/env bash
# Set up everything, create (or update) the demo database with every affairs
# addon and its demo data, and serve the web client on http://127.0.0.1:8069.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
affairs_setup
cd "$REPO_DIR"
DB=${AFFAIRS_DB:-affairs_demo}
PORT=${AFFAIRS_PORT:-8069}
mapfile -t ADDONS < <(ls -d addons/*/__manifest__.py | xargs -n1 dirname | xargs -n1 basename)
MODULES=$(IFS=,; echo "${ADDONS[*]}")
ODOO=("$VENV/bin/python" "$ODOO_SRC/odoo-bin" -c odoo.conf --addons-path="$ADDONS_PATH"
      --db_host="$PGHOST" --db_port="$PGPORT" --db_user="$PGUSER" -d "$DB" --db-filter="^$DB\$"
      --data-dir="$REPO_DIR/.data/filestore" --http-port="$PORT")
if psql -d "$DB" -Atqc "select 1 from ir_module_module where name='affairs_base' and state='installed'" 2>/dev/null | grep -q 1; then
    say "Updating $DB ($MODULES)"
    "${ODOO[@]}" -i "$MODULES" -u "$MODULES" --stop-after-init
else
    say "Creating $DB with demo data ($MODULES)"
    dropdb --if-exists "$DB"
    "${ODOO[@]}" -i "$MODULES" --with-demo --load-language=zh_CN --stop-after-init
    say "Setting the users' language to Chinese (zh_CN)"
    echo "env['res.users'].search([('share', '=', False)]).write({'lang': 'zh_CN'}); env.cr.commit()" \
        | "$VENV/bin/python" "$ODOO_SRC/odoo-bin" shell -c odoo.conf --addons-path="$ADDONS_PATH" \
            --db_host="$PGHOST" --db_port="$PGPORT" --db_user="$PGUSER" -d "$DB" --no-http >/dev/null
fi
[ -n "${AFFAIRS_NO_SERVE:-}" ] && exit 0  # scripts/loadtest.sh: build only
say "Serving http://127.0.0.1:$PORT (login admin/admin; demo users cadre/cadre, officer/officer, manager/manager)"
exec "${ODOO[@]}"
