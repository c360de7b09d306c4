"""The addons pass the repository's ruff lint configuration (ruff.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_ruff_lint_addons():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which(
        "ruff"
    )
    assert ruff, "ruff is missing: pip install -r requirements.txt"
    proc = subprocess.run(
        [ruff, "check", "--config", str(REPO / "ruff.toml"), "addons"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
