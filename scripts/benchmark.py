#!/usr/bin/env python3
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Run one benchmark of the suite (``addons/<addon>/tests/benchmarks/bench_*.py``).

    source scripts/setup.sh && affairs_setup
    python scripts/benchmark.py -d DB [--commit] BENCH_FILE [benchmark options]

The database must have the benchmark's addon installed. Everything the
benchmark creates is rolled back unless ``--commit``. ``BENCH_FILE --help``
lists the benchmark's options (its sizes) and stops before creating anything. See affairs_base/tests/benchmark.py.
"""

import argparse
import logging
import os
import sys
import threading


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument(
        "--commit", action="store_true", help="keep what the benchmark creates"
    )
    parser.add_argument("bench_file")
    parser.add_argument(
        "bench_args", nargs=argparse.REMAINDER, help="the benchmark's options"
    )
    args = parser.parse_args()
    bench_argv = args.bench_args
    sys.path.insert(0, os.environ.get("ODOO_SRC", "/opt/odoo"))

    from odoo import api  # noqa: PLC0415 (odoo is importable only once the venv runs)
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config  # noqa: PLC0415

    config.parse_config(
        [
            f"--addons-path={os.environ['ADDONS_PATH']}",
            f"--database={args.database}",
            f"--db_host={os.environ.get('PGHOST', '127.0.0.1')}",
            f"--db_port={os.environ.get('PGPORT', '5432')}",
            f"--db_user={os.environ.get('PGUSER', '')}",
            "--log-level=warn",
        ],
        setup_logging=True,
    )
    logging.getLogger("odoo.sql_db").setLevel(logging.WARNING)
    threading.current_thread().dbname = args.database
    from odoo.addons.affairs_base.tests.benchmark import run_file  # noqa: PLC0415

    with Registry(args.database).cursor() as cr:
        env = api.Environment(cr, api.SUPERUSER_ID, {})
        env = env(context=env["res.users"].context_get())
        run_file(env, os.path.abspath(args.bench_file), bench_argv, commit=args.commit)


if __name__ == "__main__":
    sys.exit(main())
