"""Every ``.sudo()`` of the addons' code says why (style: no sudo without a comment).

A comment mentioning "sudo" must stand on the line or within the 6 lines above
it, e.g. ``# sudo: the cadre cannot read journal items; only the total is shown``.
The addons' own tests are not checked.
"""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ADDONS = REPO / "addons"
WINDOW = 6
COMMENT = re.compile(r"#.*sudo", re.IGNORECASE)


def _uncommented_sudo(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if ".sudo()" not in line or line.strip().startswith("#"):
            continue
        context = "\n".join(lines[max(0, index - WINDOW) : index + 1])
        if not COMMENT.search(context):
            yield index + 1, line.strip()


def _offenders():
    for path in sorted(ADDONS.rglob("*.py")):
        relative = path.relative_to(REPO)
        if "tests" in relative.parts[2:-1]:
            continue
        for number, line in _uncommented_sudo(path):
            yield f"{relative}:{number}: {line[:90]}"


def test_every_sudo_is_commented():
    offenders = list(_offenders())
    assert not offenders, (
        "sudo() without a '# sudo: <why>' comment on the line or the "
        f"{WINDOW} lines above:\n" + "\n".join(offenders)
    )


def test_detects_an_uncommented_sudo(tmp_path):
    """The scan flags a bare sudo() and accepts a commented one."""
    path = tmp_path / "model.py"
    path.write_text(
        "def a(self):\n"
        "    return self.sudo().name\n"
        "\n"
        "\n"
        "def b(self):\n"
        "    # sudo: the reader may not see the partner; only its name leaves.\n"
        "    return self.sudo().name\n",
        encoding="utf-8",
    )
    assert list(_uncommented_sudo(path)) == [(2, "return self.sudo().name")]
