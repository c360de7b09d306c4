#!/usr/bin/env python3
"""Run every test of the suite and print one closing line ``N passed, M failed``.

Called by scripts/test.sh once the environment is set up (ADDONS_PATH, ODOO_SRC,
PG* variables exported). Three phases:

1. each addon alone: a fresh database with only that addon and its dependencies
   installed, running the addon's at_install tests (the state a department that
   installs just this function has);
2. all together: one database with every addon and its demo data, running every
   addon's post_install tests (browser tours included);
3. the suite-level tests of tests/ (pytest): install/uninstall/reinstall of each
   addon, RPC as an integrator would use it.

The run fails when a test fails or errors, when a test was skipped (a missing
browser or websocket-client would otherwise silently skip every tour), when no
test ran, or when Odoo logged an ERROR or CRITICAL line. WARNING lines are
counted and written to the log folder.
"""

import ast
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOG_DIR = REPO / "test-logs"
DB_PREFIX = os.environ.get("AFFAIRS_TEST_DB_PREFIX", "affairs_test")
FILESTORE = REPO / ".data" / "test-filestore" / "filestore"
PYTHON = sys.executable
ODOO_BIN = Path(os.environ["ODOO_SRC"]) / "odoo-bin"
# HTTP ports: phase 1 uses PORT_BASE + n, phase 2 PORT_BASE - 1, tests/ PORT_BASE - 5 and below,
# so that several checkouts can run their tests side by side with different bases.
PORT_BASE = int(os.environ.get("AFFAIRS_TEST_PORT_BASE", "8300"))

LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (\w+) ")
RESULT_LINE = re.compile(
    r"odoo\.tests\.result: (\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database"
)
SKIP_LINE = re.compile(r" INFO \S+ odoo\.addons\.\S+: skipped ")
# Odoo only warns when a module's demo data fails and installs it without:
# for the suite that is a broken demo, as bad as an error.
DEMO_FAILED = re.compile(
    r" WARNING \S+ odoo\.modules\.loading: Module \S+ demo data failed to install"
)


@dataclass
class RunResult:
    name: str
    tests: int = 0
    failed: int = 0
    errors: int = 0
    skipped: list = field(default_factory=list)
    error_lines: list = field(default_factory=list)
    warnings: int = 0
    returncode: int = 0
    seconds: float = 0.0
    # A template build runs no test: it is judged by its exit status and log.
    is_build: bool = False

    @property
    def problems(self):
        issues = []
        if self.failed or self.errors:
            issues.append(f"{self.failed} failed, {self.errors} error(s)")
        if self.skipped:
            issues.append(f"{len(self.skipped)} skipped")
        if self.error_lines:
            issues.append(f"{len(self.error_lines)} ERROR/CRITICAL log line(s)")
        if not self.tests and not self.is_build:
            issues.append("no test ran")
        if self.returncode:
            issues.append(f"exit status {self.returncode}")
        return issues


def addons():
    """Our addons, base first, bridges (auto_install) last."""
    found = []
    for manifest in sorted((REPO / "addons").glob("*/__manifest__.py")):
        data = ast.literal_eval(manifest.read_text())
        if data.get("installable", True):
            found.append(
                (
                    bool(data.get("auto_install")),
                    manifest.parent.name != "affairs_base",
                    manifest.parent.name,
                )
            )
    names = [name for *_, name in sorted(found)]
    wanted = os.environ.get(
        "AFFAIRS_TEST_ADDONS"
    )  # e.g. to test one addon while developing
    return [name for name in names if name in wanted.split(",")] if wanted else names


def odoo_command(db, *args):
    return [
        PYTHON,
        str(ODOO_BIN),
        f"--addons-path={os.environ['ADDONS_PATH']}",
        f"--database={db}",
        f"--db_host={os.environ['PGHOST']}",
        f"--db_port={os.environ['PGPORT']}",
        f"--db_user={os.environ['PGUSER']}",
        f"--data-dir={REPO / '.data' / 'test-filestore'}",
        "--http-interface=127.0.0.1",
        "--log-level=info",
        "--max-cron-threads=0",
        "--stop-after-init",
        *args,
    ]


def drop_database(db):
    subprocess.run(["dropdb", "--if-exists", "--force", db], check=True)
    shutil.rmtree(FILESTORE / db, ignore_errors=True)


_clone_lock = threading.Lock()


def clone_database(template, db):
    """``db`` as a copy of ``template``, its filestore included."""
    drop_database(db)
    with _clone_lock:
        subprocess.run(["createdb", "-T", template, db], check=True)
    if (FILESTORE / template).is_dir():
        shutil.copytree(FILESTORE / template, FILESTORE / db)


def run_odoo(name, db, args, http_port, template=None):
    """Run odoo-bin in a fresh database (or a copy of ``template``) and read its log."""
    if template:
        clone_database(template, db)
    else:
        drop_database(db)
    log_path = LOG_DIR / f"{name}.log"
    started = time.time()
    with log_path.open("w") as log:
        proc = subprocess.run(
            odoo_command(db, f"--http-port={http_port}", *args),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )
    result = parse_log(name, log_path)
    result.returncode = proc.returncode
    result.seconds = time.time() - started
    return result


def parse_log(name, log_path):
    result = RunResult(name)
    for line in log_path.read_text(errors="replace").splitlines():
        match = LOG_LINE.match(line)
        if match:
            level = match.group(1)
            if level in ("ERROR", "CRITICAL") or DEMO_FAILED.search(line):
                result.error_lines.append(line)
            elif level == "WARNING":
                result.warnings += 1
        summary = RESULT_LINE.search(line)
        if summary:
            failed, errors, tests = map(int, summary.groups())
            result.failed, result.errors, result.tests = failed, errors, tests
        if SKIP_LINE.search(line):
            result.skipped.append(line)
    return result


def manifest(name):
    return ast.literal_eval((REPO / "addons" / name / "__manifest__.py").read_text())


def suite_dependencies(name):
    """The addons of this repository ``name`` needs, directly or not."""
    ours = {path.parent.name for path in (REPO / "addons").glob("*/__manifest__.py")}
    found = set()
    for dependency in manifest(name).get("depends", []):
        if dependency in ours and dependency not in found:
            found |= {dependency} | suite_dependencies(dependency)
    return found


def build_templates():
    """The databases phase 1 starts from, built once per run.

    Most of an addon's install time is spent installing Odoo and OCA modules
    that every addon shares (mail, hr, account, tier validation, ...).
    ``<prefix>_tpl_deps`` holds the modules affairs_base depends on and
    ``<prefix>_tpl_base`` those plus affairs_base; each addon's database is a
    copy of one of them, and installing the addon adds only what it needs
    beyond affairs_base, so it still holds just the addon and its dependencies.
    """
    ours = {path.parent.name for path in (REPO / "addons").glob("*/__manifest__.py")}
    deps = [dep for dep in manifest("affairs_base")["depends"] if dep not in ours]
    deps_db, base_db = f"{DB_PREFIX}_tpl_deps", f"{DB_PREFIX}_tpl_base"
    results = [
        run_odoo("template-deps", deps_db, ["-i", ",".join(deps)], PORT_BASE - 2)
    ]
    results.append(
        run_odoo(
            "template-base",
            base_db,
            ["-i", "affairs_base"],
            PORT_BASE - 2,
            template=deps_db,
        )
    )
    for result in results:
        result.is_build = True
    return deps_db, base_db, results


def phase_alone(names):
    """Each addon installed alone, at_install tests, from the template databases."""
    deps_db, base_db, results = build_templates()
    if any(result.problems for result in results):
        return results
    jobs = []
    for index, name in enumerate(names):
        args = ["-i", name, f"--test-tags=at_install/{name}"]
        # Addons outside affairs_base's tree (the chart of accounts) start from
        # an empty database: a template would give them modules they do not need.
        template = (
            deps_db
            if name == "affairs_base"
            else base_db
            if "affairs_base" in suite_dependencies(name)
            else None
        )
        jobs.append(
            (f"alone-{name}", f"{DB_PREFIX}_{name}", args, PORT_BASE + index, template)
        )
    workers = int(os.environ.get("AFFAIRS_TEST_JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return results + list(pool.map(lambda job: run_odoo(*job), jobs))


def phase_together(names):
    """Every addon with demo data, post_install tests (tours included)."""
    tags = ",".join(f"post_install/{name}" for name in names)
    # Installed in Chinese, as scripts/run.sh does: the users of a fresh
    # database take the loaded language, and the demo's chatter is written
    # in it (affairs_base's demo scan test checks there is no English).
    args = [
        "-i",
        ",".join(names),
        "--with-demo",
        "--load-language=zh_CN",
        f"--test-tags={tags}",
    ]
    return [run_odoo("together", f"{DB_PREFIX}_all", args, PORT_BASE - 1)]


def phase_suite(names):
    """pytest on tests/: install/uninstall cycles and RPC."""
    junit = LOG_DIR / "suite-junit.xml"
    log_path = LOG_DIR / "suite.log"
    env = dict(
        os.environ, AFFAIRS_ADDONS=",".join(names), AFFAIRS_TEST_DB_PREFIX=DB_PREFIX
    )
    started = time.time()
    with log_path.open("w") as log:
        proc = subprocess.run(
            [
                PYTHON,
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-rA",
                f"--junitxml={junit}",
                "-n",
                os.environ.get("AFFAIRS_TEST_JOBS", "2"),
                "--dist",
                "loadgroup",
                "tests",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
            env=env,
        )
    result = RunResult(
        "suite (pytest)", returncode=proc.returncode if proc.returncode != 5 else 0
    )
    result.seconds = time.time() - started
    text = junit.read_text() if junit.exists() else ""
    match = re.search(
        r'<testsuite [^>]*errors="(\d+)" failures="(\d+)" skipped="(\d+)" tests="(\d+)"',
        text,
    )
    if match:
        errors, failures, skipped, tests = map(int, match.groups())
        result.errors, result.failed, result.tests = errors, failures, tests
        result.skipped = ["pytest skip"] * skipped
    for line in log_path.read_text(errors="replace").splitlines():
        match = LOG_LINE.match(line)
        if match and match.group(1) in ("ERROR", "CRITICAL"):
            result.error_lines.append(line)
    return result


def report(results, timings=(), total=0.0):
    passed = failed = 0
    print("\n=== Agency Affairs Suite: test summary ===")
    for result in results:
        run_failed = result.failed + result.errors
        run_passed = result.tests - run_failed - len(result.skipped)
        # A skipped test, an ERROR log line or an empty run counts as a failure.
        extra = len(result.skipped) + len(result.error_lines)
        extra += 0 if result.tests or result.is_build else 1
        extra += 1 if result.returncode and not (run_failed or extra) else 0
        passed += max(run_passed, 0)
        failed += run_failed + extra
        status = (
            "ok" if not result.problems else "FAILED: " + "; ".join(result.problems)
        )
        print(
            f"{result.name:<40} {result.tests:>4} tests {result.seconds:7.1f}s "
            f"{result.warnings:>4} warnings  {status}"
        )
        for line in (result.skipped + result.error_lines)[:10]:
            print("    " + line[:300])
    print(f"logs: {LOG_DIR}")
    for title, seconds in timings:
        print(f"time  {title}: {seconds / 60:.1f} min")
    print(f"time  total: {total / 60:.1f} min")
    print(f"{passed} passed, {failed} failed")
    return failed


PHASES = {
    "alone": ("phase 1: each addon alone (at_install tests)", phase_alone),
    "together": (
        "phase 2: all addons with demo data (post_install tests, tours)",
        phase_together,
    ),
    "suite": (
        "phase 3: suite-level tests (install/uninstall, RPC)",
        lambda names: [phase_suite(names)],
    ),
}


def main():
    LOG_DIR.mkdir(exist_ok=True)
    names = addons()
    print("addons:", ", ".join(names), flush=True)
    only = os.environ.get("AFFAIRS_TEST_PHASES", "alone,together,suite").split(",")
    results, timings = [], []
    started = time.time()
    for key, (title, run) in PHASES.items():
        if key in only:
            print(title, flush=True)
            phase_started = time.time()
            results += run(names)
            timings.append((title, time.time() - phase_started))
            print(f"  done in {timings[-1][1]:.0f}s", flush=True)
    failed = report(results, timings, time.time() - started)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
