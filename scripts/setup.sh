#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run).
# Idempotent: a second call only checks what the first one installed.
#
# Environment:
#   ODOO_SRC   Odoo 19.0 Community source tree (default /opt/odoo)
#   VENV       virtual environment to create/use (default <repo>/.venv)
#   PGHOST/PGPORT/PGUSER  PostgreSQL connection (default 127.0.0.1:5432, current user)

set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export REPO_DIR
export ODOO_SRC=${ODOO_SRC:-/opt/odoo}
export VENV=${VENV:-$REPO_DIR/.venv}
export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-$(id -un)}
ODOO_BRANCH=19.0
ODOO_GIT_URL=${ODOO_GIT_URL:-https://github.com/odoo/odoo.git}
SYSTEM_PACKAGES=(chromium wkhtmltopdf fonts-noto-cjk)

say() { printf '\033[1m[affairs]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[affairs] %s\033[0m\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

ensure_odoo_source() {
    if [ -f "$ODOO_SRC/odoo-bin" ] && [ -f "$ODOO_SRC/requirements.txt" ]; then
        grep -q "version_info = (19, 0" "$ODOO_SRC/odoo/release.py" \
            || die "$ODOO_SRC is not Odoo 19.0 (see odoo/release.py). Point ODOO_SRC at an Odoo 19.0 Community tree."
        return
    fi
    say "No Odoo tree at $ODOO_SRC: trying to clone Odoo $ODOO_BRANCH from its official repository"
    if command -v git >/dev/null && git clone --depth 1 --branch "$ODOO_BRANCH" "$ODOO_GIT_URL" "$ODOO_SRC" >&2; then
        return
    fi
    die "Odoo 19.0 Community source is missing. Provide it at \$ODOO_SRC (default /opt/odoo) with odoo-bin, odoo/, addons/ and requirements.txt."
}

ensure_system_packages() {
    local missing=()
    command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null || missing+=(chromium)
    command -v wkhtmltopdf >/dev/null || missing+=(wkhtmltopdf)
    ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
    [ ${#missing[@]} -eq 0 ] && return
    if is_root && command -v apt-get >/dev/null; then
        say "Installing system packages: ${missing[*]}"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
    else
        die "Missing system packages: ${missing[*]}. Install them (apt-get install ${SYSTEM_PACKAGES[*]}) and run again."
    fi
}

ensure_postgres() {
    pg_ready() { command -v pg_isready >/dev/null && pg_isready -q -h "$PGHOST" -p "$PGPORT"; }
    if ! pg_ready; then
        if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql/ >/dev/null 2>&1; then
            say "Starting the local PostgreSQL cluster"
            pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start >&2 || true
        elif is_root && command -v apt-get >/dev/null; then
            say "Installing PostgreSQL"
            apt-get update -qq >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
            pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start >&2 || true
        fi
        for _ in $(seq 20); do pg_ready && break; sleep 1; done
    fi
    pg_ready || die "PostgreSQL is not reachable on $PGHOST:$PGPORT. Start a server (or set PGHOST/PGPORT) and run again."
    if ! psql -d postgres -Atqc "select 1" >/dev/null 2>&1; then
        if is_root && command -v runuser >/dev/null; then
            say "Creating PostgreSQL role $PGUSER"
            runuser -u postgres -- createuser --superuser "$PGUSER" >&2 || true
        fi
        psql -d postgres -Atqc "select 1" >/dev/null 2>&1 \
            || die "PostgreSQL role '$PGUSER' cannot connect to $PGHOST:$PGPORT (needs CREATEDB)."
    fi
}

ensure_venv() {
    local stamp="$VENV/.affairs-requirements"
    local wanted
    wanted=$(cat "$ODOO_SRC/requirements.txt" "$REPO_DIR/requirements.txt" "$REPO_DIR/requirements-oca.txt" | sha256sum | cut -c1-16)
    [ -x "$VENV/bin/python" ] || { say "Creating virtual environment $VENV"; python3 -m venv "$VENV" >&2; }
    if [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
        return
    fi
    say "Installing Python requirements into $VENV (Odoo's, the suite's, OCA addons)"
    local pip=("$VENV/bin/pip" install --disable-pip-version-check -q)
    # python-ldap is left out: it needs LDAP headers to build and only auth_ldap uses it.
    # cbor2 5.4.2 builds with pkg_resources, which setuptools>=81 no longer ships.
    local constraints="$VENV/constraints.txt"
    echo "setuptools<81" > "$constraints"
    grep -v -i '^python-ldap' "$ODOO_SRC/requirements.txt" > "$VENV/odoo-requirements.txt"
    # setuptools >= 75: older pkg_resources cannot find zope_interface (normalised
    # dist-info name), and gevent, the long-polling worker, then fails to start.
    PIP_CONSTRAINT="$constraints" "${pip[@]}" "setuptools>=75,<81" wheel >&2
    PIP_CONSTRAINT="$constraints" "${pip[@]}" -r "$VENV/odoo-requirements.txt" >&2
    "${pip[@]}" -r "$REPO_DIR/requirements.txt" >&2
    "${pip[@]}" --no-deps -r "$REPO_DIR/requirements-oca.txt" >&2
    echo "$wanted" > "$stamp"
}

affairs_setup() {
    ensure_odoo_source
    ensure_system_packages
    ensure_postgres
    ensure_venv
    export PATH="$VENV/bin:$PATH"
    # site-packages/odoo/addons holds the OCA addons installed from PyPI.
    OCA_ADDONS=$("$VENV/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")/odoo/addons
    export OCA_ADDONS
    export ADDONS_PATH="$REPO_DIR/addons,$OCA_ADDONS,$ODOO_SRC/addons,$ODOO_SRC/odoo/addons"
}
