"""The code passes the repository's ruff configuration (ruff.toml): lint and format."""

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


PATHS = ["addons", "tests", "scripts"]


def _ruff(*args):
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which(
        "ruff"
    )
    assert ruff, "ruff is missing: pip install -r requirements.txt"
    return subprocess.run(
        [ruff, *args, "--config", str(REPO / "ruff.toml"), *PATHS],
        cwd=REPO,
        capture_output=True,
        text=True,
    )


def test_ruff_lint():
    proc = _ruff("check")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def test_ruff_format():
    """Every Python file is formatted (`ruff format` fixes it)."""
    proc = _ruff("format", "--check")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
