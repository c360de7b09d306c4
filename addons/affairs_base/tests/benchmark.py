# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The one helper of the suite's benchmarks (``<addon>/tests/benchmarks/bench_*.py``).

A benchmark module defines ``OPTIONS`` (``{name: (default, help)}``, given
on the command line as ``--name VALUE``) and ``run(bench)``; it builds its
data with ``bench.env`` (mail tracking and chatter logging off) and measures
with ``bench.measure(label, func)``, which prints the queries and seconds of
``func``. ``scripts/benchmark.py`` runs it on a database and rolls everything
back (unless ``--commit``), printing the machine's load before and after, as
the figures of a shared machine mean little without it::

    python scripts/benchmark.py -d DB addons/affairs_fleet/tests/benchmarks/bench_fleet.py --requests 500

Not imported by the test suite.
"""

import argparse
import importlib.util
import os
import time

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class Benchmark:
    """Query counter, timer and printer shared by the benchmarks."""

    def __init__(self, env, options, tracking=False):
        self.options = options
        self.env = (
            env if tracking else env(context=dict(env.context, **DISABLED_MAIL_CONTEXT))
        )
        self.results = []

    def measure(self, label, func, flush=True):
        """Run ``func``, print and return ``(result, queries, seconds)``.

        The caches are flushed and emptied first, so that reads are counted
        as a fresh request would make them. The line also gives the CPU time
        of this process (PostgreSQL's is apart): on a shared machine the wall
        time grows with the others' load, the CPU time much less."""
        env = self.env
        if flush:
            env.flush_all()
            env.invalidate_all()
        queries, started, cpu = (
            env.cr.sql_log_count,
            time.perf_counter(),
            time.process_time(),
        )
        result = func()
        env.flush_all()
        count, seconds = env.cr.sql_log_count - queries, time.perf_counter() - started
        cpu = time.process_time() - cpu
        self.results.append((label, count, seconds))
        print(
            f"{label:<58} {count:>7} queries {seconds:>8.2f} s ({cpu:.2f} s CPU)",
            flush=True,
        )
        return result, count, seconds

    def report(self, text, *args):
        print(text % args if args else text, flush=True)

    def check_equal(self, label, counts):
        """Print (and assert) that the query counts at several sizes are equal."""
        equal = len(set(counts)) == 1
        print(
            f"{label}: {list(counts)} {'equal' if equal else 'DIFFERENT'}", flush=True
        )
        assert equal, (label, counts)


def load_average():
    """``'1-min 5-min 15-min load on N cores'`` of the machine."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def parse_options(module, argv):
    parser = argparse.ArgumentParser(prog=os.path.basename(module.__file__))
    for name, (default, text) in getattr(module, "OPTIONS", {}).items():
        parser.add_argument(
            f"--{name.replace('_', '-')}",
            dest=name,
            type=type(default),
            default=default,
            help=f"{text} (default {default})",
        )
    return parser.parse_args(argv)


def load_module(path):
    spec = importlib.util.spec_from_file_location("affairs_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_file(env, path, argv, commit=False):
    """Run the benchmark at ``path`` with ``argv``; roll back unless ``commit``."""
    module = load_module(path)
    options = parse_options(module, argv)
    print(f"{os.path.basename(path)} {vars(options)}; {load_average()}", flush=True)
    started = time.perf_counter()
    try:
        module.run(Benchmark(env, options))
    finally:
        if commit:
            env.cr.commit()
        else:
            env.cr.rollback()
    print(f"total {time.perf_counter() - started:.1f} s; {load_average()}", flush=True)
